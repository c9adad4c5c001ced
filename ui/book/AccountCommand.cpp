// SPDX-License-Identifier: MIT
#include "book/AccountCommand.h"

#include "book/Book.h"

namespace csw {

AccountCommand::AccountCommand(BookSession &session, const QString &text,
                               BookSession::Action action, AccountChange done)
    : QUndoCommand(text), m_session(session), m_action(std::move(action)), m_change(std::move(done))
{
}

void AccountCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    AccountLifecycle lifecycle(*m_session.book());
    auto change = m_action(lifecycle, m_change.accountId);
    if (!change) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(change.error().message);
        return;
    }
    m_change = *change;
    m_session.notify(m_change);
}

void AccountCommand::undo()
{
    const Status reverted = AccountLifecycle(*m_session.book()).revert(m_change);
    if (!reverted) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(reverted.error().message);
        return;
    }
    m_session.notify(m_change);
}

} // namespace csw
