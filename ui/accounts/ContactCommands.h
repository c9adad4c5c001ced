// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"
#include "accounts/PeopleCommand.h"

#include <QCoreApplication>

namespace csw {

// Adding a contact: undo removes them (the primary contact before them is primary again), redo
// adds them back under the id they had.
class AddContactCommand final : public PeopleCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddContactCommand)

public:
    // `previousPrimary`: the account's primary contact before (0: none), primary again on undo
    // when the new one took it.
    AddContactCommand(BookSession &session, Contact contact, qint64 previousPrimary, const Date &on);

private:
    Status change(Book &book) override;
    Status takeBack(Book &book) override;

    Contact m_contact;   // its id once added
    qint64 m_previousPrimary;
};

// A contact's edit, as its values before and after; undo writes the values (and version) before.
class EditContactCommand final : public PeopleCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditContactCommand)

public:
    EditContactCommand(BookSession &session, Contact before, Contact after, qint64 previousPrimary, const Date &on);

private:
    Status change(Book &book) override;
    Status takeBack(Book &book) override;

    Contact m_before, m_after;
    qint64 m_previousPrimary;
};

// Removing a contact: the hand-off loses them as decision maker or champion; undo lists them
// again under their id and names them in the hand-off again.
class RemoveContactCommand final : public PeopleCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveContactCommand)

public:
    RemoveContactCommand(BookSession &session, Contact gone, bool decides, bool champions, const Date &on);

private:
    Status change(Book &book) override;
    Status takeBack(Book &book) override;

    Contact m_gone;
    bool m_decides, m_champions;   // named in the account's hand-off before
};

} // namespace csw
