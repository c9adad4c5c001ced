// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

// Adding a task to an account: undo removes it, redo adds it back with the id it had (its
// check-off, a later step on the stack, still finds it).
class AddTaskCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTaskCommand)

public:
    // `task` as it is to be added: its account, and the day it was made (not read again on redo).
    AddTaskCommand(BookSession &session, Task task);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    Task m_task;   // its id once added
};

} // namespace csw
