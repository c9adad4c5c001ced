// SPDX-License-Identifier: MIT
#include "book/BookCommand.h"

#include "book/BookSession.h"

namespace csw {

BookCommand::BookCommand(BookSession &session, const QString &text)
    : QUndoCommand(text), m_session(session)
{
}

Status BookCommand::run()
{
    Status done = apply();
    if (done)
        announce();
    return done;
}

void BookCommand::redo()
{
    if (std::exchange(m_alreadyDone, false))
        return;
    step(apply());
}

void BookCommand::undo()
{
    step(revert());
}

void BookCommand::step(Status done)
{
    if (!done) {
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(done.error().message);
        return;
    }
    announce();
}

} // namespace csw
