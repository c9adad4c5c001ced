// SPDX-License-Identifier: MIT
#include "team/TeamMembers.h"
#include "book/SqlValues.h"

#include "book/Book.h"
#include "health/HealthRepository.h"

#include <QSqlError>
#include <QVariant>

namespace csw {

namespace {

QString quotedName(const QString &login)
{
    return QLatin1Char('"') + QString(login).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}


} // namespace

Status TeamMembers::checkLead() const
{
    if (m_book.engine() != BookEngine::Postgres)
        return Error{tr("%1 is a local book with one user (you, a lead); people and roles are for "
                        "team books")
                         .arg(m_book.path())};
    if (!m_book.member().isLead())
        return Error{tr("people and roles are changed by a lead of the team book %1 (you, %2, are "
                        "%3)")
                         .arg(m_book.path(), m_book.member().login,
                              TeamMember::roleName(m_book.member().role)),
                     ErrorKind::Permission};
    return {};
}

Status TeamMembers::checkMember(const TeamMember &member)
{
    if (member.login.trimmed().isEmpty())
        return Error{tr("a person needs a login")};
    if (member.role == TeamRole::None)
        return Error{tr("a person's role is lead, csm or viewer")};
    if (member.role == TeamRole::Csm && member.csm.trimmed().isEmpty())
        return Error{tr("a CSM needs the name the accounts carry as their CSM (--csm NAME)")};
    if (!member.team.isEmpty() && member.team != u"product" && member.team != u"marketing"
        && member.team != u"sales")
        return Error{tr("the team '%1' is not one of product, marketing, sales").arg(member.team)};
    return {};
}

Expected<QList<TeamMembers::Listed>> TeamMembers::list() const
{
    if (m_book.engine() != BookEngine::Postgres)
        return QList<Listed>{{m_book.member(), {}, true}};
    auto rows = m_book.query(QStringLiteral(
        "SELECT r.rolname, 'lead', NULL, NULL, NULL, true FROM pg_class c JOIN pg_roles r ON "
        "r.oid = c.relowner WHERE c.oid = to_regclass('csw_book') UNION ALL "
        "SELECT login, role, csm, team, added_on, false FROM team_member ORDER BY 6 DESC, 1"));
    if (!rows)
        return rows.error();
    QList<Listed> out;
    while (rows->next()) {
        Listed listed;
        listed.member.login = rows->value(0).toString();
        listed.member.role = TeamMember::roleFromKey(rows->value(1).toString()).value_or(TeamRole::None);
        listed.member.csm = rows->value(2).toString();
        listed.member.team = rows->value(3).toString();
        listed.addedOn = rows->value(4).toString();
        listed.owner = rows->value(5).toBool();
        listed.member.ownsBook = listed.owner;
        out << listed;
    }
    return out;
}

Status TeamMembers::ensureLogin(const QString &login) const
{
    auto role = m_book.query(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                             {login});
    if (!role)
        return role.error();
    if (role->next()) {
        if (!role->value(0).toBool())
            return Error{tr("%1 is a role on the server but not a login; give it LOGIN first "
                            "(ALTER ROLE %2 LOGIN)")
                             .arg(login, quotedName(login))};
        return {};
    }
    // No such login yet: made here when this lead may make logins, without a password (the
    // team's IT sets one, or the server trusts its own way of knowing people).
    auto made = m_book.query(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quotedName(login)));
    if (!made)
        return Error{tr("there is no login %1 on the server, and yours may not create one: ask "
                        "the team's IT to run CREATE ROLE %2 LOGIN PASSWORD '…', then add it "
                        "again")
                         .arg(login, quotedName(login)),
                     made.error().kind};
    return {};
}

Status TeamMembers::add(const TeamMember &member, const Date &today)
{
    if (auto ok = checkLead(); !ok)
        return ok;
    if (auto ok = checkMember(member); !ok)
        return ok;
    auto people = list();
    if (!people)
        return people.error();
    for (const Listed &listed : std::as_const(*people)) {
        if (listed.member.login != member.login)
            continue;
        if (listed.owner)
            return Error{tr("%1 owns the team book and is a lead already").arg(member.login),
                         ErrorKind::Conflict};
        return Error{tr("%1 is a member already (%2); change the role with 'csw team user set'")
                         .arg(member.login, TeamMember::key(listed.member.role)),
                     ErrorKind::Conflict};
    }
    return m_book.write([&]() -> Status {
        if (auto ok = ensureLogin(member.login); !ok)
            return ok;
        auto added = m_book.query(
            QStringLiteral("INSERT INTO team_member (login, role, csm, team, added_on) VALUES (?, ?, ?, ?, ?)"),
            {member.login, TeamMember::key(member.role),
             SqlValues::text(member.role == TeamRole::Csm ? member.csm.trimmed() : QString()),
             SqlValues::text(member.team), Dates::toIso(today)});
        if (!added)
            return added.error();
        // Scores name the scorecard they were computed under, which is stored at its first use;
        // storing a scorecard is a lead's, so the lead stores the standard one now.
        HealthRepository health(m_book);
        auto standard = health.activeScorecard(std::nullopt);
        if (!standard)
            return standard.error();
        if (auto stored = health.ensureStored(*standard); !stored)
            return stored.error();
        return {};
    });
}

Status TeamMembers::set(const QString &login, const Change &change)
{
    if (auto ok = checkLead(); !ok)
        return ok;
    auto people = list();
    if (!people)
        return people.error();
    for (const Listed &listed : std::as_const(*people)) {
        if (listed.member.login != login)
            continue;
        if (listed.owner)
            return Error{tr("%1 owns the team book: always a lead").arg(login)};
        TeamMember wanted = listed.member;
        wanted.role = change.role.value_or(wanted.role);
        wanted.csm = change.csm.value_or(wanted.csm);
        wanted.team = change.team.value_or(wanted.team);
        if (auto ok = checkMember(wanted); !ok)
            return ok;
        return m_book.write([&]() -> Status {
            auto changed = m_book.query(
                QStringLiteral("UPDATE team_member SET role = ?, csm = ?, team = ? WHERE login = ?"),
                {TeamMember::key(wanted.role),
                 SqlValues::text(wanted.role == TeamRole::Csm ? wanted.csm.trimmed() : QString()),
                 SqlValues::text(wanted.team), login});
            return changed ? Status() : Status(changed.error());
        });
    }
    return Error{tr("%1 is not a member of the team book %2").arg(login, m_book.path())};
}

Status TeamMembers::remove(const QString &login)
{
    if (auto ok = checkLead(); !ok)
        return ok;
    auto found = m_book.query(
        QStringLiteral("SELECT m.csm, (SELECT count(*) FROM account a WHERE a.csm = m.csm AND "
                       "m.role = 'csm') FROM team_member m WHERE m.login = ?"),
        {login});
    if (!found)
        return found.error();
    if (!found->next())
        return Error{tr("%1 is not a member of the team book %2").arg(login, m_book.path())};
    if (const qint64 owned = found->value(1).toLongLong(); owned > 0)
        return Error{tr("%1 is the CSM of %2 accounts (as %3); reassign them first, e.g. 'csw "
                        "account set ID csm=NAME'")
                         .arg(login)
                         .arg(owned)
                         .arg(found->value(0).toString()),
                     ErrorKind::Conflict};
    return m_book.write([&]() -> Status {
        auto removed = m_book.query(QStringLiteral("DELETE FROM team_member WHERE login = ?"), {login});
        return removed ? Status() : Status(removed.error());
    });
}

} // namespace csw
