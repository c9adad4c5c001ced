// SPDX-License-Identifier: MIT
#pragma once

#include "calendar/JapaneseHolidays.h"
#include "common/Expected.h"

#include <QCoreApplication>

namespace csw {

class Book;

// The book's business calendar: its holidays, editable. The holiday table speaks for the years
// up to the last one it was written for (book_meta holidays_through; a book from before that
// key, up to its last holiday's year); a later year, up to next year, has Japan's public
// holidays until someone edits the calendar, which writes them in first. A book made in 2026
// and used in 2028 skips 2028's holidays, and nothing is written to a book only read.
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
    // The holiday table and the last year it speaks for.
    struct Stored
    {
        QList<Holiday> holidays;   // by day
        int through = 0;
        bool keyed = false;        // through is the book's key, not its last holiday's year
    };
    Expected<Stored> stored() const;
    // Writes `holidays` (a name each, "Holiday" when none), over any on the same day.
    Status put(const QList<Holiday> &holidays);
    // The years after `through` that have Japan's public holidays by default.
    static QList<int> defaultYears(int through);
    // The table's holidays with the default years' added.
    static QList<Holiday> withDefaults(Stored table);
    // Writes the default years' holidays into the table before an edit (in its transaction).
    Status writeDefaults();
    Status writeDefaults(const Stored &table);
    // Adds Japan's public holidays of `years`, leaving a day already there as it is.
    Status putJapanese(const QList<int> &years);

    Book &m_book;
};

} // namespace csw
