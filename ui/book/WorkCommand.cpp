// SPDX-License-Identifier: MIT
#include "book/WorkCommand.h"

#include "book/Book.h"

namespace csw {

WorkCommand::WorkCommand(BookSession &session, const QString &text, qint64 accountId,
                         BookSession::WorkStep redo, BookSession::WorkStep undo, int touches)
    : BookCommand(session, text), m_accountId(accountId), m_redo(std::move(redo)),
      m_undo(std::move(undo)), m_touches(touches)
{
}

void WorkCommand::announce()
{
    session().notifyTouched(m_accountId, m_touches);
}

} // namespace csw
