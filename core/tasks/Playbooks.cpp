// SPDX-License-Identifier: MIT
#include "tasks/Playbooks.h"

#include "tasks/Holidays.h"

#include "book/Book.h"
#include "accounts/AccountRepository.h"
#include "book/SqlValues.h"
#include "tasks/WorkRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

namespace {

QVariant touchOrNull(const std::optional<Touch> &touch)
{
    return touch ? QVariant(Stages::key(*touch)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Expected<QList<PlaybookStep>> Playbooks::stepsFor(Stage stage, Touch touch) const
{
    auto own = steps(stage, touch);
    if (!own || !own->isEmpty())
        return own;
    return steps(stage);
}

Expected<QList<PlaybookStep>> Playbooks::steps(Stage stage, const std::optional<Touch> &touch) const
{
    auto q = m_book.prepare(QStringLiteral("SELECT title, owner, due_days FROM playbook_task WHERE stage = ? AND "
                                           "coalesce(touch, '') = coalesce(CAST(? AS TEXT), '') ORDER BY position, id"));
    if (!q)
        return q.error();
    q->addBindValue(Stages::key(stage));
    q->addBindValue(touchOrNull(touch));
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QList<PlaybookStep> list;
    while (q->next())
        list << PlaybookStep{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    return list;
}

Status Playbooks::setSteps(Stage stage, const QList<PlaybookStep> &steps, const std::optional<Touch> &touch)
{
    if (stage == Stage::Churned)
        return Error{tr("churned accounts have no playbook")};
    for (const PlaybookStep &s : steps) {
        if (s.title.trimmed().isEmpty())
            return Error{tr("every playbook task needs a title")};
        if (s.dueBusinessDays < 0 || s.dueBusinessDays > 365)
            return Error{tr("'%1': due in 0 to 365 business days").arg(s.title)};
    }
    return m_book.write([&]() -> Status {
        auto del = m_book.prepare(QStringLiteral("DELETE FROM playbook_task WHERE stage = ? AND "
                                                 "coalesce(touch, '') = coalesce(CAST(? AS TEXT), '')"));
        if (!del)
            return del.error();
        del->addBindValue(Stages::key(stage));
        del->addBindValue(touchOrNull(touch));
        if (auto ok = m_book.exec(*del); !ok)
            return ok;
        auto ins = m_book.prepare(QStringLiteral("INSERT INTO playbook_task (stage, position, title, owner, due_days, "
                                                 "touch) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            ins->addBindValue(Stages::key(stage));
            ins->addBindValue(int(i));
            ins->addBindValue(steps[i].title.trimmed());
            ins->addBindValue(steps[i].owner.trimmed().isEmpty() ? QStringLiteral("csm") : steps[i].owner.trimmed());
            ins->addBindValue(steps[i].dueBusinessDays);
            ins->addBindValue(touchOrNull(touch));
            if (auto ok = m_book.exec(*ins); !ok)
                return ok;
        }
        return {};
    });
}

Expected<QList<qint64>> Playbooks::instantiate(const Account &account, Stage stage, const Date &entered)
{
    auto list = stepsFor(stage, account.touch);
    if (!list)
        return list.error();
    auto calendar = Holidays(m_book).calendar();
    if (!calendar)
        return calendar.error();
    QList<qint64> ids;
    WorkRepository work(m_book);
    for (const PlaybookStep &s : std::as_const(*list)) {
        Task t;
        t.accountId = account.id;
        t.title = s.title;
        t.owner = s.owner == QLatin1String("csm") ? account.csm : s.owner;
        t.dueOn = calendar->addBusinessDays(entered, s.dueBusinessDays);
        t.createdOn = entered;
        t.origin = QStringLiteral("playbook:") + Stages::key(stage);
        auto id = work.addTask(t);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

Status Playbooks::reschedule(qint64 accountId, Stage stage, const std::optional<Date> &was,
                             const std::optional<Date> &from)
{
    auto account = AccountRepository(m_book).get(accountId);
    if (!account)
        return account.error();
    auto list = stepsFor(stage, account->touch);
    if (!list)
        return list.error();
    auto calendar = Holidays(m_book).calendar();
    if (!calendar)
        return calendar.error();
    return m_book.write([&]() -> Status {
        auto open = m_book.query(QStringLiteral("SELECT id, title, created_on, due_on FROM task WHERE account_id = ? "
                                                "AND origin = ? AND status = 'open'"),
                                 QVariantList{accountId, QString(QStringLiteral("playbook:") + Stages::key(stage))});
        if (!open)
            return open.error();
        QList<std::pair<qint64, QString>> moves;   // task, its new due date
        while (open->next()) {
            const QString title = open->value(1).toString();
            const auto step = std::find_if(list->cbegin(), list->cend(),
                                           [&](const PlaybookStep &s) { return s.title == title; });
            const auto made = Dates::parseIso(open->value(2).toString());
            if (step == list->cend() || !made)
                continue;
            // A task someone gave another date keeps it: only those still where the step put them move.
            const QString scheduled = Dates::toIso(calendar->addBusinessDays(was ? *was : *made, step->dueBusinessDays));
            const QString due = Dates::toIso(calendar->addBusinessDays(from ? *from : *made, step->dueBusinessDays));
            if (open->value(3).toString() == scheduled && due != scheduled)
                moves.append(std::make_pair(open->value(0).toLongLong(), due));
        }
        open->finish();
        for (const auto &[id, due] : std::as_const(moves)) {
            auto moved = m_book.query(QStringLiteral("UPDATE task SET due_on = ?, row_version = row_version + 1, "
                                                     "changed_by = ?, changed_at = ? WHERE id = ?"),
                                      QVariantList{due, SqlValues::trimmedText(m_book.member().login),
                                                   QDateTime::currentDateTime().toString(Qt::ISODate), id});
            if (!moved)
                return moved.error();
        }
        return {};
    });
}

} // namespace csw
