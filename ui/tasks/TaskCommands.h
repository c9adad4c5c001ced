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

// A task checked off (done on `today`) or reopened; undo puts its status and closing day back.
class SetTaskStatusCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTaskStatusCommand)

public:
    SetTaskStatusCommand(BookSession &session, const Task &task, bool done, const Date &today);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    qint64 m_id, m_accountId;
    bool m_done;
    Date m_today;    // the day it was checked off (or reopened), not the day of a redo
    Date m_closed;   // the day a reopened task had been done on
};

// An activity logged on an account: undo removes it, redo logs it again under the id it had.
class LogActivityCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogActivityCommand)

public:
    LogActivityCommand(BookSession &session, Activity activity);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    Activity m_activity;   // its id once logged
};

} // namespace csw
