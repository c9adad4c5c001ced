// SPDX-License-Identifier: MIT
#pragma once

#include "book/TeamMember.h"
#include "common/Dates.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace csw {

class Book;

// The people of a team book and their roles (`csw team user`), changed by a lead. Each person
// has a login of their own on the server; adding one that does not exist yet creates it when
// the lead's login may create logins. The login that owns the book is a lead and is listed
// first. A local book has one user and no people to manage. (In core/team, above the book and
// health: adding a person stores the standard scorecard, which only a lead may.)
class TeamMembers final
{
    Q_DECLARE_TR_FUNCTIONS(TeamMembers)

public:
    struct Listed
    {
        TeamMember member;
        QString addedOn;   // empty for the owner
        bool owner = false;
    };
    // What `set` changes; unset members stay as they are.
    struct Change
    {
        std::optional<TeamRole> role;
        std::optional<QString> csm;
        std::optional<QString> team;
    };

    explicit TeamMembers(Book &book) : m_book(book) {}

    Expected<QList<Listed>> list() const;
    Status add(const TeamMember &member, const Date &today = Dates::today());
    Status set(const QString &login, const Change &change);
    // Refused while the person is the CSM of accounts: they are reassigned first.
    Status remove(const QString &login);

private:
    Status checkLead() const;
    static Status checkMember(const TeamMember &member);
    Status ensureLogin(const QString &login) const;

    Book &m_book;
};

} // namespace csw
