// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookSession.h"
#include "common/Dates.h"

namespace csw {

// A change to an account's contacts or hand-off as one undoable step with the health measures
// it moves (PeopleMeasures: champion, hand-off complete), recorded with it and put back by its
// undo. The day is the one the command was made on: undo and redo never read the clock.
struct PeopleStep
{
    BookSession::WorkStep redo;
    BookSession::WorkStep undo;

    static PeopleStep of(qint64 accountId, const Date &on, BookSession::WorkStep redo, BookSession::WorkStep undo);
    static constexpr int Touches = BookSession::TouchesWork | BookSession::TouchesHealth;
};

} // namespace csw
