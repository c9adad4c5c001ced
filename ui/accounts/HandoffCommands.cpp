// SPDX-License-Identifier: MIT
#include "accounts/HandoffCommands.h"

#include "book/Book.h"
#include "book/BookSession.h"

namespace csw {

EditHandoffCommand::EditHandoffCommand(BookSession &session, Handoff before, Handoff after, const Date &on)
    : PeopleCommand(session, tr("Edit hand-off"), after.accountId, on), m_before(std::move(before)),
      m_after(std::move(after))
{
}

Status EditHandoffCommand::change(Book &book)
{
    return Handoffs(book).save(m_after);
}

Status EditHandoffCommand::takeBack(Book &book)
{
    return m_before.version == 0 ? Handoffs(book).remove(m_before.accountId, 1)
                                 : Handoffs(book).save(m_before, m_before.version + 1, m_before.version);
}

MakeObjectivesCommand::MakeObjectivesCommand(BookSession &session, qint64 accountId)
    : BookCommand(session, tr("Make plan objectives from the hand-off")), m_accountId(accountId)
{
}

Status MakeObjectivesCommand::apply()
{
    auto ids = Handoffs(*session().book()).makeObjectives(m_accountId, m_made);   // a redo: the same ids
    if (!ids)
        return ids.error();
    m_made = *ids;
    return {};
}

Status MakeObjectivesCommand::revert()
{
    return Handoffs(*session().book()).removeObjectives(m_made);
}

void MakeObjectivesCommand::announce()
{
    session().notifyWork(m_accountId);
}

} // namespace csw
