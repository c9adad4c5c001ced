// SPDX-License-Identifier: MIT
#include "accounts/ContactCommands.h"

#include "accounts/Handoff.h"
#include "book/Book.h"

namespace csw {

namespace {

// Makes contact `id` the account's primary contact again (0: there was none).
Status restorePrimary(Book &book, qint64 id)
{
    if (id == 0)
        return {};
    auto other = Contacts(book).get(id);
    if (!other)
        return other.error();
    other->primary = true;
    return Contacts(book).update(*other);
}

} // namespace

AddContactCommand::AddContactCommand(BookSession &session, Contact contact, qint64 previousPrimary, const Date &on)
    : PeopleCommand(session, tr("Add contact %1").arg(contact.name), contact.accountId, on),
      m_contact(std::move(contact)), m_previousPrimary(previousPrimary)
{
}

Status AddContactCommand::change(Book &book)
{
    // Added, then made primary: the account's primary contact moves to them.
    Contact c = m_contact;
    c.primary = false;
    auto id = Contacts(book).add(c);
    if (!id)
        return id.error();
    m_contact.id = *id;   // redo brings it back under the same id
    if (!m_contact.primary)
        return {};
    c.id = *id;
    c.primary = true;
    return Contacts(book).update(c);
}

Status AddContactCommand::takeBack(Book &book)
{
    if (auto ok = Contacts(book).remove(m_contact.id); !ok)
        return ok.error();
    return m_contact.primary ? restorePrimary(book, m_previousPrimary) : Status();
}

EditContactCommand::EditContactCommand(BookSession &session, Contact before, Contact after, qint64 previousPrimary,
                                       const Date &on)
    : PeopleCommand(session, tr("Edit contact %1").arg(after.name), after.accountId, on), m_before(std::move(before)),
      m_after(std::move(after)), m_previousPrimary(previousPrimary)
{
}

Status EditContactCommand::change(Book &book)
{
    return Contacts(book).update(m_after);
}

Status EditContactCommand::takeBack(Book &book)
{
    // As it was, its version too (the edit moved it on by one).
    if (auto ok = Contacts(book).update(m_before, m_before.version + 1, m_before.version); !ok)
        return ok;
    return m_after.primary && !m_before.primary ? restorePrimary(book, m_previousPrimary) : Status();
}

RemoveContactCommand::RemoveContactCommand(BookSession &session, Contact gone, bool decides, bool champions,
                                           const Date &on)
    : PeopleCommand(session, tr("Remove contact %1").arg(gone.name), gone.accountId, on), m_gone(std::move(gone)),
      m_decides(decides), m_champions(champions)
{
}

Status RemoveContactCommand::change(Book &book)
{
    const auto removed = Contacts(book).remove(m_gone.id);
    return removed ? Status() : Status(removed.error());
}

Status RemoveContactCommand::takeBack(Book &book)
{
    if (auto back = Contacts(book).restore(m_gone); !back)   // listed again, under its id
        return back;
    if (!m_decides && !m_champions)
        return {};
    auto h = Handoffs(book).of(m_gone.accountId);
    if (!h)
        return h.error();
    if (m_decides)
        h->decisionMakerId = m_gone.id;
    if (m_champions)
        h->championId = m_gone.id;
    return Handoffs(book).save(*h);
}

} // namespace csw
