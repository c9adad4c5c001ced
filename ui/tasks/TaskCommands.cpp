// SPDX-License-Identifier: MIT
#include "tasks/TaskCommands.h"

#include "book/BookSession.h"
#include "tasks/WorkRepository.h"

namespace csw {

AddTaskCommand::AddTaskCommand(BookSession &session, Task task)
    : BookCommand(session, tr("Add task “%1”").arg(task.title)), m_task(std::move(task))
{
}

Status AddTaskCommand::apply()
{
    auto id = WorkRepository(*session().book()).addTask(m_task);
    if (!id)
        return id.error();
    m_task.id = *id;
    return {};
}

Status AddTaskCommand::revert()
{
    return WorkRepository(*session().book()).removeTask(m_task.id);
}

void AddTaskCommand::announce()
{
    session().notifyWork(m_task.accountId);
}

SetTaskStatusCommand::SetTaskStatusCommand(BookSession &session, const Task &task, bool done, const Date &today)
    : BookCommand(session, (done ? tr("Check off “%1”") : tr("Reopen “%1”")).arg(WorkNames::shownTitle(task))),
      m_id(task.id), m_accountId(task.accountId), m_done(done), m_today(today), m_closed(task.closedOn.value_or(today))
{
}

Status SetTaskStatusCommand::apply()
{
    return WorkRepository(*session().book()).setTaskStatus(m_id, m_done ? TaskStatus::Done : TaskStatus::Open, m_today);
}

Status SetTaskStatusCommand::revert()
{
    WorkRepository tasks(*session().book());
    return m_done ? tasks.setTaskStatus(m_id, TaskStatus::Open, m_today) : tasks.setTaskStatus(m_id, TaskStatus::Done, m_closed);
}

void SetTaskStatusCommand::announce()
{
    session().notifyWork(m_accountId);
}

LogActivityCommand::LogActivityCommand(BookSession &session, Activity activity)
    : BookCommand(session, tr("Log activity")), m_activity(std::move(activity))
{
}

Status LogActivityCommand::apply()
{
    auto id = WorkRepository(*session().book()).addActivity(m_activity);
    if (!id)
        return id.error();
    m_activity.id = *id;   // redo brings it back under the same id
    return {};
}

Status LogActivityCommand::revert()
{
    return WorkRepository(*session().book()).removeActivity(m_activity.id);
}

void LogActivityCommand::announce()
{
    session().notifyWork(m_activity.accountId);
}

} // namespace csw
