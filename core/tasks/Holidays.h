// SPDX-License-Identifier: MIT
#pragma once

#include "calendar/JapaneseHolidays.h"
#include "common/Expected.h"

#include <QCoreApplication>

namespace csw {

class Book;

// The book's business calendar: its holidays, editable (Japanese public holidays of the year
// the book was made and the next are there to start with).
class Holidays
{
    Q_DECLARE_TR_FUNCTIONS(Holidays)

public:
    explicit Holidays(Book &book) : m_book(book) {}
    Expected<QList<Holiday>> list() const;
    Status add(const Holiday &holiday);
    Status remove(const Date &day);
    // Makes the holidays exactly `all` in one write (the calendar page's OK).
    Status setAll(const QList<Holiday> &all);
    // Adds Japan's public holidays of `year` that are not there yet; returns how many.
    Expected<int> addJapanese(int year);
    Expected<BusinessCalendar> calendar() const;

private:
    Book &m_book;
};

} // namespace csw
