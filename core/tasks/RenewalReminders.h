// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Renewal reminders: for every active account with a renewal date, one task per lead time
// (90/60/30 days before by default) once that window opens, never twice. A reminder is due on
// the day its window opened: one whose day has passed (a book opened for the first time, or
// after a long break) is overdue, not due today.
class RenewalReminders
{
    Q_DECLARE_TR_FUNCTIONS(RenewalReminders)

public:
    explicit RenewalReminders(Book &book) : m_book(book) {}
    Expected<QList<int>> leadDays() const;
    Status setLeadDays(const QList<int> &days);
    // How many reminders run(today) would make, without making them.
    Expected<int> due(const Date &today = Dates::today()) const;
    // Makes the reminders due by `today`; returns how many were made.
    Expected<int> run(const Date &today = Dates::today());

private:
    // The reminder tasks due by `today` that are not made yet, for the accounts the person may
    // change (on a team book a CSM their own, a viewer none).
    Expected<QList<Task>> plan(const Date &today) const;

    Book &m_book;
};

} // namespace csw
