// SPDX-License-Identifier: MIT
#include "tasks/WorkRepository.h"
#include "book/SqlValues.h"

#include "common/EditConflict.h"
#include <QDateTime>

#include "accounts/AccountRepository.h"
#include "accounts/Contacts.h"
#include "book/Book.h"

#include <QHash>
#include <QVariant>

namespace csw {

namespace {

std::optional<Date> dateFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : Dates::parseIso(v.toString());
}

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.accountId = q.value(1).toLongLong();
    t.title = q.value(2).toString();
    t.owner = q.value(3).toString();
    t.dueOn = dateFrom(q.value(4)).value_or(Date());
    t.status = WorkNames::taskStatusFromKey(q.value(5).toString()).value_or(TaskStatus::Open);
    t.createdOn = dateFrom(q.value(6)).value_or(Date());
    t.closedOn = dateFrom(q.value(7));
    t.origin = q.value(8).toString();
    t.originKey = q.value(9).toString();
    t.version = q.value(10).toInt();
    t.changedBy = q.value(11).toString();
    return t;
}

const QString taskColumns = QStringLiteral(
    "id, account_id, title, owner, due_on, status, created_on, closed_on, origin, origin_key, "
    "row_version, changed_by");

} // namespace

Expected<QSqlQuery> WorkRepository::run(const QString &sql, const QVariantList &values) const
{
    return m_book.query(sql, values);
}

Expected<qint64> WorkRepository::insertRow(const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        auto q = m_book.prepare(sql);
        if (!q)
            return q.error();
        for (const QVariant &v : values)
            q->addBindValue(v);
        auto inserted = m_book.insert(*q);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status WorkRepository::checkAccount(qint64 accountId) const
{
    auto account = AccountRepository(m_book).get(accountId);
    return account ? Status() : Status(account.error());
}

Expected<qint64> WorkRepository::addActivity(const Activity &a, const Date &today)
{
    if (a.text.trimmed().isEmpty())
        return Error{tr("an activity needs a text"), ErrorKind::Invalid};
    if (a.occurredOn.is_special())
        return Error{tr("an activity needs a date"), ErrorKind::Invalid};
    if (a.occurredOn > today)
        return Error{tr("the date %1 is in the future").arg(Dates::toIso(a.occurredOn)), ErrorKind::Invalid};
    if (auto ok = checkAccount(a.accountId); !ok)
        return ok.error();
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        auto inserted = insertRow(QStringLiteral("INSERT INTO activity (id, account_id, kind, occurred_on, author, "
                                                 "text, voc_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {a.id > 0 ? QVariant(a.id) : QVariant(QMetaType::fromType<qint64>()),
                                   QVariant(a.accountId), QVariant(WorkNames::key(a.kind)),
                                   QVariant(Dates::toIso(a.occurredOn)), SqlValues::text(a.author),
                                   QVariant(a.text.trimmed()),
                                   a.vocId ? QVariant(*a.vocId) : QVariant(QMetaType::fromType<qint64>())});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (qint64 contactId : a.attendees) {   // who took part: the account's own people
            if (auto contact = Contacts(m_book).ofAccounts(contactId, {a.accountId}); !contact)
                return contact.error();
            auto linked = run(QStringLiteral("INSERT INTO activity_contact (activity_id, contact_id, account_id) "
                                             "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                              {id, contactId, a.accountId});
            if (!linked)
                return linked.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Expected<QList<Activity>> WorkRepository::activities(qint64 accountId) const
{
    auto q = run(QStringLiteral("SELECT id, account_id, kind, occurred_on, author, text, voc_id FROM activity "
                                "WHERE account_id = ? ORDER BY occurred_on DESC, id DESC"),
                 {accountId});
    if (!q)
        return q.error();
    QList<Activity> list;
    while (q->next()) {
        Activity a;
        a.id = q->value(0).toLongLong();
        a.accountId = q->value(1).toLongLong();
        a.kind = WorkNames::activityKindFromKey(q->value(2).toString()).value_or(ActivityKind::Note);
        a.occurredOn = dateFrom(q->value(3)).value_or(Date());
        a.author = q->value(4).toString();
        a.text = q->value(5).toString();
        if (!q->value(6).isNull())
            a.vocId = q->value(6).toLongLong();
        list << a;
    }
    if (auto ok = readAttendees(accountId, list); !ok)
        return ok.error();
    return list;
}

Status WorkRepository::readAttendees(qint64 accountId, QList<Activity> &list) const
{
    auto q = run(QStringLiteral("SELECT ac.activity_id, c.id, c.name, c.removed_on FROM activity_contact ac "
                                "JOIN contact c ON c.id = ac.contact_id WHERE ac.account_id = ? "
                                "ORDER BY ac.activity_id, COALESCE(c.kana, c.name), c.id"),
                 {accountId});
    if (!q)
        return q.error();
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < list.size(); ++i)
        at.insert(list[i].id, i);
    while (q->next()) {
        const auto found = at.constFind(q->value(0).toLongLong());
        if (found == at.cend())
            continue;
        Activity &a = list[*found];
        a.attendees << q->value(1).toLongLong();
        a.attendeeNames << Contacts::shownName(q->value(2).toString(), !q->value(3).isNull());
    }
    return {};
}

Status WorkRepository::removeActivity(qint64 id)
{
    return m_book.write([&]() -> Status {
        auto q = run(QStringLiteral("DELETE FROM activity WHERE id = ?"), {id});
        return q ? Status() : Status(q.error());
    });
}

Expected<qint64> WorkRepository::addTask(const Task &t)
{
    if (t.title.trimmed().isEmpty())
        return Error{tr("a task needs a title"), ErrorKind::Invalid};
    if (t.dueOn.is_special())
        return Error{tr("a task needs a due date"), ErrorKind::Invalid};
    if (auto ok = checkAccount(t.accountId); !ok)
        return ok.error();
    return insertRow(QStringLiteral("INSERT INTO task (id, account_id, title, owner, due_on, status, "
                                               "created_on, closed_on, origin, origin_key) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {t.id > 0 ? QVariant(t.id) : QVariant(QMetaType::fromType<qint64>()),
                                  QVariant(t.accountId), QVariant(t.title.trimmed()), SqlValues::text(t.owner),
                                  QVariant(Dates::toIso(t.dueOn)), QVariant(WorkNames::key(t.status)),
                                  QVariant(Dates::toIso(t.createdOn.is_special() ? Dates::today() : t.createdOn)),
                                  SqlValues::date(t.closedOn), QVariant(t.origin), SqlValues::text(t.originKey)});
}

Expected<Task> WorkRepository::task(qint64 id) const
{
    auto q = run(QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM task WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no task %1 in this book").arg(id), ErrorKind::NotFound};
    return taskFrom(*q);
}

Expected<QList<Task>> WorkRepository::tasks(const TaskFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (!f.owner.isEmpty()) {
        where << QStringLiteral("owner = ?");
        values << f.owner;
    }
    if (f.status) {
        where << QStringLiteral("status = ?");
        values << WorkNames::key(*f.status);
    }
    if (f.dueBefore) {
        where << QStringLiteral("due_on <= ?");
        values << Dates::toIso(*f.dueBefore);
    }
    if (f.accountId > 0) {
        where << QStringLiteral("account_id = ?");
        values << f.accountId;
    }
    auto q = run(QStringLiteral("SELECT ") + taskColumns + QStringLiteral(" FROM task")
                     + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                     + QStringLiteral(" ORDER BY due_on, id"),
                 values);
    if (!q)
        return q.error();
    QList<Task> list;
    while (q->next())
        list << taskFrom(*q);
    return list;
}

Status WorkRepository::setTaskStatus(qint64 id, TaskStatus status, const Date &on)
{
    auto current = task(id);
    if (!current)
        return current.error();
    if (current->status == status)
        return {};
    if (current->status != TaskStatus::Open && status != TaskStatus::Open)
        return Error{tr("task %1 is %2 already").arg(id).arg(WorkNames::key(current->status)),
                     ErrorKind::Invalid};
    return m_book.write([&]() -> Status {
        // Written only over the task as read: someone who closed or reopened it meanwhile wins.
        auto q = run(QStringLiteral("UPDATE task SET status = ?, closed_on = ?, row_version = row_version + 1, "
                                    "changed_by = ?, changed_at = ? WHERE id = ? AND row_version = ?"),
                     {WorkNames::key(status),
                      status == TaskStatus::Open ? QVariant(QMetaType::fromType<QString>()) : QVariant(Dates::toIso(on)),
                      editor(), QDateTime::currentDateTime().toString(Qt::ISODate), id, current->version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return {};
        return staleError(tr("task %1"), id, QStringLiteral("task"));
    });
}

Status WorkRepository::removeTask(qint64 id)
{
    return m_book.write([&]() -> Status {
        auto q = run(QStringLiteral("DELETE FROM task WHERE id = ?"), {id});
        return q ? Status() : Status(q.error());
    });
}

Expected<qint64> WorkRepository::addObjective(const PlanObjective &o)
{
    if (o.title.trimmed().isEmpty())
        return Error{tr("an objective needs a title"), ErrorKind::Invalid};
    if (o.targetValue == o.startValue)
        return Error{tr("an objective's target must differ from its start"), ErrorKind::Invalid};
    if (auto ok = checkAccount(o.accountId); !ok)
        return ok.error();
    // An objective with an id (an undone addition redone) gets that id back.
    return insertRow(QStringLiteral("INSERT INTO plan_objective (id, account_id, title, start_value, "
                                               "current_value, target_value, due_on, quick_win, achieved_on) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {o.id > 0 ? QVariant(o.id) : QVariant(QMetaType::fromType<qint64>()),
                      QVariant(o.accountId), QVariant(o.title.trimmed()), QVariant(o.startValue),
                                  QVariant(o.currentValue), QVariant(o.targetValue), SqlValues::date(o.dueOn),
                                  QVariant(o.quickWin ? 1 : 0), SqlValues::date(o.achievedOn)});
}

Expected<QList<PlanObjective>> WorkRepository::objectives(qint64 accountId) const
{
    auto q = run(QStringLiteral("SELECT id, account_id, title, start_value, current_value, target_value, due_on, "
                                "quick_win, achieved_on, row_version FROM plan_objective WHERE account_id = ? "
                                "ORDER BY quick_win DESC, due_on, id"),
                 {accountId});
    if (!q)
        return q.error();
    QList<PlanObjective> list;
    while (q->next()) {
        PlanObjective o;
        o.id = q->value(0).toLongLong();
        o.accountId = q->value(1).toLongLong();
        o.title = q->value(2).toString();
        o.startValue = q->value(3).toDouble();
        o.currentValue = q->value(4).toDouble();
        o.targetValue = q->value(5).toDouble();
        o.dueOn = dateFrom(q->value(6));
        o.quickWin = q->value(7).toInt() != 0;
        o.version = q->value(9).toInt();
        o.achievedOn = dateFrom(q->value(8));
        list << o;
    }
    return list;
}

Status WorkRepository::updateObjective(const PlanObjective &o)
{
    return updateObjective(o, o.version, o.version + 1);
}

Status WorkRepository::updateObjective(const PlanObjective &o, int expectedVersion, int newVersion)
{
    if (o.title.trimmed().isEmpty())
        return Error{tr("an objective needs a title"), ErrorKind::Invalid};
    if (o.targetValue == o.startValue)
        return Error{tr("an objective's target must differ from its start"), ErrorKind::Invalid};
    return m_book.write([&]() -> Status {
        // Based on the objective as the person saw it (its version): not over someone else's edit.
        auto q = run(QStringLiteral("UPDATE plan_objective SET title = ?, start_value = ?, current_value = ?, "
                                    "target_value = ?, due_on = ?, quick_win = ?, achieved_on = ?, "
                                    "row_version = ?, changed_by = ?, changed_at = ? "
                                    "WHERE id = ? AND row_version = ?"),
                     {o.title.trimmed(), o.startValue, o.currentValue, o.targetValue, SqlValues::date(o.dueOn),
                      o.quickWin ? 1 : 0, SqlValues::date(o.achievedOn), newVersion, editor(),
                      QDateTime::currentDateTime().toString(Qt::ISODate), o.id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return {};
        return staleError(tr("objective %1"), o.id, QStringLiteral("plan_objective"));
    });
}

QVariant WorkRepository::editor() const
{
    const QString login = m_book.member().login;
    return login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login);
}

Error WorkRepository::staleError(const QString &what, qint64 id, const QString &table) const
{
    auto q = run(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();   // the book could not be read: not a row that is gone
    if (!q->next())
        return Error{tr("%1 is no longer in this book").arg(what.arg(id)), ErrorKind::NotFound};
    return EditConflict::error(what.arg(id), q->value(0).toString(), q->value(1).toString());
}

Status WorkRepository::removeObjective(qint64 id)
{
    return m_book.write([&]() -> Status {
        auto q = run(QStringLiteral("DELETE FROM plan_objective WHERE id = ?"), {id});
        return q ? Status() : Status(q.error());
    });
}

} // namespace csw
