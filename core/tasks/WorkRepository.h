// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "tasks/Work.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

namespace csw {

class Book;

// Which tasks a list shows; empty members do not filter.
struct TaskFilter
{
    QString owner;
    std::optional<TaskStatus> status;
    std::optional<Date> dueBefore;   // due on or before
    qint64 accountId = 0;
};

// Reads and writes activities, tasks and success plan objectives, checking what users type.
// Each write is its own transaction (or part of the caller's).
class WorkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(WorkRepository)

public:
    explicit WorkRepository(Book &book) : m_book(book) {}

    Expected<qint64> addActivity(const Activity &activity, const Date &today = Dates::today());
    Expected<QList<Activity>> activities(qint64 accountId) const;
    Status removeActivity(qint64 id);

    Expected<qint64> addTask(const Task &task);
    Expected<Task> task(qint64 id) const;
    Expected<QList<Task>> tasks(const TaskFilter &filter) const;
    // Open -> done or cancelled (dated), or back to open (undo).
    Status setTaskStatus(qint64 id, TaskStatus status, const Date &on = Dates::today());
    Status removeTask(qint64 id);

    // Adds `objective`; one with an id (an undone addition being redone) gets that id back.
    Expected<qint64> addObjective(const PlanObjective &objective);
    Expected<QList<PlanObjective>> objectives(qint64 accountId) const;
    // Writes the objective when it is still at the version it was read at (moving it on by
    // one), else a Stale error naming who changed it and when; the second form names the
    // versions, so that an undo puts back the version it found.
    Status updateObjective(const PlanObjective &objective);
    Status updateObjective(const PlanObjective &objective, int expectedVersion, int newVersion);
    Status removeObjective(qint64 id);

private:
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &values) const;
    Status checkAccount(qint64 accountId) const;
    // Fills each activity's attendees (ids and names) from activity_contact.
    Status readAttendees(qint64 accountId, QList<Activity> &list) const;
    QVariant editor() const;   // the login that makes a change (NULL on a local book)
    Error staleError(const QString &what, qint64 id, const QString &table) const;
    // Inserts one row in its own write (or the caller's) and returns its id.
    Expected<qint64> insertRow(const QString &sql, const QVariantList &values);

    Book &m_book;
};

} // namespace csw
