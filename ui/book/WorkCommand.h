// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookSession.h"

#include <QUndoCommand>

namespace csw {

// One undoable change to an account's work (a task checked off, an activity logged, an
// objective added or edited): redo and undo each run one function, each its own transaction.
// Pushed by BookSession::performWork after the first run.
class WorkCommand final : public QUndoCommand
{
public:
    WorkCommand(BookSession &session, const QString &text, qint64 accountId, BookSession::WorkStep redo,
                BookSession::WorkStep undo, int touches = BookSession::TouchesWork);

    void undo() override;
    void redo() override;

private:
    void step(const BookSession::WorkStep &work);

    BookSession &m_session;
    qint64 m_accountId;
    BookSession::WorkStep m_redo;
    BookSession::WorkStep m_undo;
    int m_touches;
    bool m_alreadyDone = true;   // performWork() ran the change before pushing the command
};

} // namespace csw
