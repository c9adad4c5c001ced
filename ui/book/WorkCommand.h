// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "book/BookSession.h"

namespace csw {

// One undoable change to an account's work (a task checked off, an activity logged, an
// objective added or edited): redo and undo each run one function, each its own transaction.
// Pushed by BookSession::performWork after the first run.
class WorkCommand final : public BookCommand
{
public:
    WorkCommand(BookSession &session, const QString &text, qint64 accountId, BookSession::WorkStep redo,
                BookSession::WorkStep undo, int touches = BookSession::TouchesWork);

private:
    Status apply() override { return m_redo(*session().book()); }
    Status revert() override { return m_undo(*session().book()); }
    void announce() override;

    qint64 m_accountId;
    BookSession::WorkStep m_redo;
    BookSession::WorkStep m_undo;
    int m_touches;
};

} // namespace csw
