// SPDX-License-Identifier: MIT
#include "tasks/ObjectiveCommands.h"

#include "book/BookSession.h"
#include "tasks/WorkRepository.h"

namespace csw {

namespace {
constexpr int objectiveEditId = 0x4f62;   // QUndoCommand::id of the edits that merge
}

AddObjectiveCommand::AddObjectiveCommand(BookSession &session, PlanObjective objective)
    : BookCommand(session, tr("Add objective “%1”").arg(objective.title)), m_objective(std::move(objective))
{
}

Status AddObjectiveCommand::apply()
{
    auto added = WorkRepository(*session().book()).addObjective(m_objective);
    if (!added)
        return added.error();
    m_objective.id = *added;
    return {};
}

Status AddObjectiveCommand::revert()
{
    return WorkRepository(*session().book()).removeObjective(m_objective.id);
}

void AddObjectiveCommand::announce()
{
    session().notifyWork(m_objective.accountId);
}

EditObjectiveCommand::EditObjectiveCommand(BookSession &session, PlanObjective before, PlanObjective after)
    : BookCommand(session, tr("Edit objective “%1”").arg(after.title)), m_before(std::move(before)),
      m_after(std::move(after)), m_afterVersion(m_before.version + 1)
{
}

Status EditObjectiveCommand::apply()
{
    return WorkRepository(*session().book()).updateObjective(m_after, m_before.version, m_afterVersion);
}

Status EditObjectiveCommand::revert()
{
    // Refused when someone else edited it since.
    return WorkRepository(*session().book()).updateObjective(m_before, m_afterVersion, m_before.version);
}

void EditObjectiveCommand::announce()
{
    session().notifyWork(m_after.accountId);
}

int EditObjectiveCommand::id() const
{
    return objectiveEditId;
}

bool EditObjectiveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditObjectiveCommand *>(other);
    // Only the very next edit of this objective: made on the version this one left.
    if (!next || next->m_after.id != m_after.id || next->m_before.version != m_afterVersion)
        return false;
    m_after = next->m_after;
    m_afterVersion = next->m_afterVersion;
    setText(next->text());
    return true;
}

} // namespace csw
