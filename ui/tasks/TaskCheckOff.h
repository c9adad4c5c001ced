// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

class BookSession;

// Checking a task off (done) or back (open) as one undoable command on the session's stack.
class TaskCheckOff
{
    Q_DECLARE_TR_FUNCTIONS(TaskCheckOff)

public:
    // Marks `task` done today, or open again when `done` is false; a failure is returned for
    // the caller to show, and the book is unchanged then.
    static Status setDone(BookSession &session, const Task &task, bool done);
};

} // namespace csw
