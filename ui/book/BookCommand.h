// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QUndoCommand>

namespace csw {

class BookSession;

// What every undoable change to the open book shares. A command is made once its change has
// run (the session runs it first, to learn whether the book takes it), so the first redo, which
// QUndoStack::push calls, does nothing. Each later step is one transaction; a step the book
// refuses (someone else changed the rows since, the server went away) leaves the book as it was,
// marks the command obsolete so the stack drops it, and tells the user through the session.
// A step that succeeds tells the views what changed (announce).
//
// Subclasses say what they change in their members (the rows' ids, their values before and
// after) and never read the clock or today's date in apply/revert: a redo records the same days
// as the first run.
class BookCommand : public QUndoCommand
{
public:
    // Runs the change for the first time and, when the book takes it, tells the views:
    // BookSession::run, before it pushes the command.
    Status run();
    void redo() final;
    void undo() final;

protected:
    BookCommand(BookSession &session, const QString &text);
    BookSession &session() const { return m_session; }

    virtual Status apply() = 0;    // makes the change again (redo)
    virtual Status revert() = 0;   // takes it back (undo)
    virtual void announce() = 0;   // tells the views what changed, after either

private:
    void step(Status done);

    BookSession &m_session;
    bool m_alreadyDone = true;   // the session ran the change before pushing the command
};

} // namespace csw
