// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookSession.h"

#include <QUndoCommand>

namespace csw {

// One undoable account action: redo runs the action (one transaction), undo reverts exactly
// what it changed (one transaction). Pushed by BookSession::perform after the first run.
class AccountCommand final : public QUndoCommand
{
public:
    AccountCommand(BookSession &session, const QString &text, BookSession::Action action,
                   AccountChange done);

    void undo() override;
    void redo() override;

private:
    BookSession &m_session;
    BookSession::Action m_action;
    AccountChange m_change;
    bool m_alreadyDone = true;   // perform() ran the action before pushing the command
};

} // namespace csw
