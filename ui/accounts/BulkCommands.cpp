// SPDX-License-Identifier: MIT
#include "accounts/BulkCommands.h"

#include "book/BookSession.h"

namespace csw {

BulkCommand::BulkCommand(BookSession &session, const QString &text, QList<qint64> ids)
    : BookCommand(session, text), m_ids(std::move(ids))
{
}

Status BulkCommand::apply()
{
    BulkActions bulk(*session().book());
    auto result = change(bulk, m_ids, m_done.tasks + m_done.activities);
    if (!result)
        return result.error();
    m_done = *result;
    return {};
}

Status BulkCommand::revert()
{
    return BulkActions(*session().book()).undo(m_done);
}

void BulkCommand::announce()
{
    session().notifyViews(0, BookSession::WorkViews | BookSession::AccountViews);
}

AssignCsmCommand::AssignCsmCommand(BookSession &session, const QString &text, QList<qint64> ids, QString csm,
                                   const Date &on)
    : BulkCommand(session, text, std::move(ids)), m_csm(std::move(csm)), m_on(on)
{
}

Expected<BulkResult> AssignCsmCommand::change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &)
{
    return bulk.assignCsm(ids, m_csm, m_on);
}

SetTouchCommand::SetTouchCommand(BookSession &session, const QString &text, QList<qint64> ids, Touch touch,
                                 const Date &on)
    : BulkCommand(session, text, std::move(ids)), m_touch(touch), m_on(on)
{
}

Expected<BulkResult> SetTouchCommand::change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &)
{
    return bulk.setTouch(ids, m_touch, m_on);
}

MoveStageCommand::MoveStageCommand(BookSession &session, const QString &text, QList<qint64> ids, Stage stage,
                                   const Date &on)
    : BulkCommand(session, text, std::move(ids)), m_stage(stage), m_on(on)
{
}

Expected<BulkResult> MoveStageCommand::change(BulkActions &bulk, const QList<qint64> &ids, const QList<qint64> &)
{
    return bulk.moveStage(ids, m_stage, m_on);
}

AddTaskToEachCommand::AddTaskToEachCommand(BookSession &session, const QString &text, QList<qint64> ids, Task task)
    : BulkCommand(session, text, std::move(ids)), m_task(std::move(task))
{
}

Expected<BulkResult> AddTaskToEachCommand::change(BulkActions &bulk, const QList<qint64> &ids,
                                                  const QList<qint64> &reuse)
{
    return bulk.addTask(ids, m_task, reuse);
}

LogActivityOnEachCommand::LogActivityOnEachCommand(BookSession &session, const QString &text, QList<qint64> ids,
                                                   Activity activity)
    : BulkCommand(session, text, std::move(ids)), m_activity(std::move(activity))
{
}

Expected<BulkResult> LogActivityOnEachCommand::change(BulkActions &bulk, const QList<qint64> &ids,
                                                      const QList<qint64> &reuse)
{
    return bulk.logActivity(ids, m_activity, reuse);
}

} // namespace csw
