// SPDX-License-Identifier: MIT
// What My Day lists, read with a few indexed, limited queries: open tasks due by a day, the
// renewals coming up, and the onboarding accounts still without a quick win.
#pragma once

#include "accounts/Segments.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

class Book;

// An open task with the name of its account.
struct TaskRow
{
    Task task;
    QString accountName;
};

// An account as My Day lists it: renewing soon, or in onboarding since `since`.
struct AccountRow
{
    qint64 id = 0;
    QString name;
    QString csm;
    Minor arr = 0;
    Date on;   // the renewal date, the day the account entered onboarding, or a person left
    QString note;   // why it is listed, when the list has several reasons
};

// Read-only queries for My Day; every list is ordered and cut at `limit` rows. An empty
// `csm` lists everyone's; a set one keeps the tasks it owns and the accounts it manages. A
// segment keeps the tasks and accounts of its accounts only.
class MyDayQueries final
{
    Q_DECLARE_TR_FUNCTIONS(MyDayQueries)

public:
    explicit MyDayQueries(Book &book, QList<SegmentCondition> segment = {})
        : m_book(book), m_segment(std::move(segment))
    {
    }

    // Open tasks due from `from` (none: any day) to `to`, inclusive, earliest first.
    Expected<QList<TaskRow>> openTasks(const QString &csm, const std::optional<Date> &from, const Date &to,
                                       int limit) const;
    // Accounts not churned whose renewal falls from `today` to `today + days`, soonest first.
    Expected<QList<AccountRow>> renewals(const QString &csm, const Date &today, int days, int limit) const;
    // Accounts in onboarding that entered it `days` or more days before `today` and have no
    // achieved quick-win objective, longest waiting first.
    Expected<QList<AccountRow>> onboardingWithoutQuickWin(const QString &csm, const Date &today, int days,
                                                          int limit) const;
    // Accounts to follow up on their people: those not churned whose champion or decision maker
    // left the company from `today - days` to today (latest first; the note names them and
    // their role), then onboarding accounts whose hand-off from sales lacks what a complete one
    // has (longest in onboarding first).
    Expected<QList<AccountRow>> peopleToFollow(const QString &csm, const Date &today, int days, int limit) const;

private:
    // " AND `idColumn` IN (the segment's accounts)", or nothing without a segment.
    QString inSegment(const QString &idColumn, QVariantList &values) const;

    Book &m_book;
    QList<SegmentCondition> m_segment;
};

} // namespace csw
