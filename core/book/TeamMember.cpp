// SPDX-License-Identifier: MIT
#include "book/TeamMember.h"

namespace csw {

QString TeamMember::key(TeamRole role)
{
    switch (role) {
    case TeamRole::Lead:
        return QStringLiteral("lead");
    case TeamRole::Csm:
        return QStringLiteral("csm");
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<TeamRole> TeamMember::roleFromKey(const QString &key)
{
    for (TeamRole role : {TeamRole::Lead, TeamRole::Csm, TeamRole::Viewer, TeamRole::None})
        if (key.compare(TeamMember::key(role), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

QString TeamMember::roleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Lead:
        return tr("lead");
    case TeamRole::Csm:
        return tr("CSM");
    case TeamRole::Viewer:
        return tr("viewer");
    case TeamRole::None:
        break;
    }
    return tr("not a member");
}

bool TeamMember::maySetAccount(const QString &accountCsm) const
{
    return role == TeamRole::Lead || (role == TeamRole::Csm && !csm.isEmpty() && accountCsm == csm);
}

QString TeamMember::rule() const
{
    switch (role) {
    case TeamRole::Lead:
        return {};
    case TeamRole::Csm:
        return tr("a CSM changes the accounts whose CSM they are (%1) and those accounts' records, "
                  "and the VOC entries they logged; scorecards, playbooks, holidays, settings, "
                  "imports and people are a lead's")
            .arg(csm);
    case TeamRole::Viewer:
        return team.isEmpty()
                   ? tr("a viewer with no team reads the book and changes nothing")
                   : tr("a viewer reads the book and moves the VOC entries handed to their team (%1) "
                        "through the triage statuses; nothing else")
                         .arg(team);
    case TeamRole::None:
        break;
    }
    return tr("the login %1 is not a member of this team book; a lead adds it with 'csw team user "
              "add'")
        .arg(login);
}

QString TeamMember::leadRule() const
{
    if (role == TeamRole::Lead)
        return {};
    return tr("Only a lead does this on a team book (you are: %1)").arg(roleName(role));
}

QString TeamMember::refusal(const QString &book) const
{
    if (role == TeamRole::Lead)
        return tr("the team book %1 refused the change; nothing was changed").arg(book);
    return tr("refused by the team book %1 (login %2, role %3): %4; nothing was changed")
        .arg(book, login, key(role), rule());
}

} // namespace csw
