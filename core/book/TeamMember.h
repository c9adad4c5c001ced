// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csw {

// What a person may do on a team book (RowSecurity holds the server to it). On a local book
// its one user is a lead.
enum class TeamRole { Lead, Csm, Viewer, None };

// The login a book is open with, as the team book knows it.
struct TeamMember
{
    Q_DECLARE_TR_FUNCTIONS(TeamMember)

public:
    QString login;
    TeamRole role = TeamRole::Lead;
    QString csm;    // a CSM's name as the accounts carry it
    QString team;   // a viewer's team: product, marketing, sales (empty: reads only)
    bool ownsBook = true;   // owns the tables (or is a superuser): no row rules apply, COPY works

    static QString key(TeamRole role);   // lead, csm, viewer, none
    static std::optional<TeamRole> roleFromKey(const QString &key);
    static QString roleName(TeamRole role);   // translated

    // Whether this member may change the records of an account whose CSM is `accountCsm`.
    bool maySetAccount(const QString &accountCsm) const;
    // Whether this member may make changes that are a lead's alone (scorecards, playbooks,
    // holidays, imports, users, rescoring the book).
    bool isLead() const { return role == TeamRole::Lead; }
    // The reason, for a person, that a change of theirs was refused on the team book `book`:
    // their role and its rule.
    QString refusal(const QString &book) const;
    // The rule of this member's role, in words (a tooltip, a refusal); empty for a lead.
    QString rule() const;
    QString leadRule() const;
};

} // namespace csw
