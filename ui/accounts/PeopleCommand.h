// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "common/Dates.h"
#include "health/HealthService.h"

#include <optional>

namespace csw {

// A change to an account's contacts or hand-off as one undoable step with the health measures
// it moves (PeopleMeasures: champion, hand-off complete), recorded with it and put back by its
// undo. The day is the one the command was made on: undo and redo never read the clock.
// Subclasses say what they change (change) and how it is taken back (takeBack); each step and
// the measures it moves are one transaction.
class PeopleCommand : public BookCommand
{
protected:
    PeopleCommand(BookSession &session, const QString &text, qint64 accountId, const Date &on);

    virtual Status change(Book &book) = 0;
    virtual Status takeBack(Book &book) = 0;

private:
    Status apply() final;
    Status revert() final;
    void announce() final;

    qint64 m_accountId;
    Date m_on;
    std::optional<HealthUpdate> m_fed;   // the measures the last step moved, with what they replaced
};

} // namespace csw
