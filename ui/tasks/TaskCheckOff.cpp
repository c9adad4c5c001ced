// SPDX-License-Identifier: MIT
#include "tasks/TaskCheckOff.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "tasks/WorkRepository.h"

namespace csw {

Status TaskCheckOff::setDone(BookSession &session, const Task &task, bool done)
{
    const qint64 id = task.id;
    const Date today = Dates::today();   // fixed now, so that redo records the same day
    const Date closed = task.closedOn.value_or(today);
    const auto set = [id](TaskStatus status, Date on) {
        return [id, status, on](Book &book) { return WorkRepository(book).setTaskStatus(id, status, on); };
    };
    if (done)
        return session.performWork(tr("Check off “%1”").arg(WorkNames::shownTitle(task)), task.accountId,
                                   set(TaskStatus::Done, today), set(TaskStatus::Open, today));
    return session.performWork(tr("Reopen “%1”").arg(WorkNames::shownTitle(task)), task.accountId, set(TaskStatus::Open, today),
                               set(TaskStatus::Done, closed));
}

} // namespace csw
