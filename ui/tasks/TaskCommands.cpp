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

} // namespace csw
