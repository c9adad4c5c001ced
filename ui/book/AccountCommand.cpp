// SPDX-License-Identifier: MIT
#include "book/AccountCommand.h"

#include "book/Book.h"

namespace csw {

namespace {
constexpr int fieldEditId = 0x4163;   // QUndoCommand ids of the commands that merge
}

AccountCommand::AccountCommand(BookSession &session, const QString &text,
                               BookSession::Action action, AccountChange done, QString field)
    : BookCommand(session, text), m_action(std::move(action)), m_change(std::move(done)),
      m_field(std::move(field))
{
}

Status AccountCommand::apply()
{
    AccountLifecycle lifecycle(*session().book());
    auto change = m_action(lifecycle, m_change.accountId);
    if (!change)
        return change.error();
    m_change = *change;
    return {};
}

Status AccountCommand::revert()
{
    return AccountLifecycle(*session().book()).revert(m_change);
}

void AccountCommand::announce()
{
    session().notify(m_change);
}

int AccountCommand::id() const
{
    return m_field.isEmpty() ? -1 : fieldEditId;
}

bool AccountCommand::plainEdit() const
{
    // An edit that moved a stage or made tasks or renewals is not folded: its undo must take
    // back exactly those rows, and a redo of the last edit alone would not make them again.
    return !m_field.isEmpty() && !m_change.created && m_change.stageEvents.isEmpty()
        && m_change.renewals.isEmpty() && m_change.tasks.isEmpty();
}

bool AccountCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const AccountCommand *>(other);
    // Only the very next edit of the account: made on the version this one left (a colleague's
    // change between them keeps the two apart, and the undo of each refuses to go over theirs).
    if (!next || next->m_field != m_field || next->m_change.accountId != m_change.accountId
        || next->m_change.before.version != m_change.after.version || !plainEdit() || !next->plainEdit())
        return false;
    // Undo goes back to the account as it was before the first edit, taking back every ARR
    // event the edits recorded; redo makes the last edit, which sets the field to its last value.
    m_change.after = next->m_change.after;
    m_change.arrEvents += next->m_change.arrEvents;
    m_action = next->m_action;
    return true;
}

} // namespace csw
