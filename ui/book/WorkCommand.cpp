// SPDX-License-Identifier: MIT
#include "book/WorkCommand.h"

#include "book/Book.h"

namespace csw {

WorkCommand::WorkCommand(BookSession &session, const QString &text, qint64 accountId,
                         BookSession::WorkStep redo, BookSession::WorkStep undo, int touches)
    : QUndoCommand(text), m_session(session), m_accountId(accountId), m_redo(std::move(redo)),
      m_undo(std::move(undo)), m_touches(touches)
{
}

void WorkCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    step(m_redo);
}

void WorkCommand::undo()
{
    step(m_undo);
}

void WorkCommand::step(const BookSession::WorkStep &work)
{
    const Status done = work(*m_session.book());
    if (!done) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(done.error().message);
        return;
    }
    m_session.notifyTouched(m_accountId, m_touches);
}

} // namespace csw
