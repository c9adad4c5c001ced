// SPDX-License-Identifier: MIT
// csw team user add|list|set|remove: the people of a team book and their roles.
#include "Cli.h"
#include "CommandContext.h"

#include "book/Book.h"
#include "team/TeamMembers.h"

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)
};

// The options' values as a change; the role and team checked here, the rest by TeamMembers.
std::optional<TeamMembers::Change> changeFrom(const QCommandLineParser &parser)
{
    TeamMembers::Change change;
    if (parser.isSet(QStringLiteral("role"))) {
        const QString key = parser.value(QStringLiteral("role"));
        change.role = TeamMember::roleFromKey(key);
        if (!change.role || *change.role == TeamRole::None) {
            CommandContext::usage(Tr::tr("--role: '%1' is not one of lead, csm, viewer").arg(key));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("csm")))
        change.csm = parser.value(QStringLiteral("csm")).trimmed();
    if (parser.isSet(QStringLiteral("team")))
        change.team = parser.value(QStringLiteral("team")).trimmed().toLower();
    return change;
}

int list(CommandContext &context, const QCommandLineParser &parser, TeamMembers &people)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    auto listed = people.list();
    if (!listed)
        return CommandContext::fail(listed.error());
    writer->begin({{QStringLiteral("login"), Tr::tr("Login")},
                   {QStringLiteral("role"), Tr::tr("Role")},
                   {QStringLiteral("csm"), Tr::tr("CSM")},
                   {QStringLiteral("team"), Tr::tr("Team")},
                   {QStringLiteral("added_on"), Tr::tr("Added")},
                   {QStringLiteral("owner"), Tr::tr("Owner")},
                   {QStringLiteral("you"), Tr::tr("You")}});
    const QString me = context.book()->member().login;
    for (const TeamMembers::Listed &p : std::as_const(*listed))
        writer->row({p.member.login, TeamMember::key(p.member.role), p.member.csm, p.member.team,
                     p.addedOn, p.owner ? QStringLiteral("yes") : QStringLiteral("no"),
                     p.member.login == me ? QStringLiteral("yes") : QStringLiteral("no")});
    return context.finish(*writer);
}

int user(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString login = args.value(1);
    const bool known = action == u"list" || action == u"add" || action == u"set" || action == u"remove";
    if (!known || args.size() != (action == u"list" ? 1 : 2))
        return CommandContext::usage(Tr::tr("team user add LOGIN --role R | list | set LOGIN "
                                            "[--role R] [--csm NAME] [--team T] | remove LOGIN"));
    Book *book = context.book();
    if (!book)
        return 1;
    TeamMembers people(*book);
    if (action == u"list")
        return list(context, parser, people);
    const auto change = changeFrom(parser);
    if (!change)
        return 2;
    Status done;
    if (action == u"add") {
        if (!change->role)
            return CommandContext::usage(Tr::tr("team user add needs --role lead|csm|viewer"));
        done = people.add({login, *change->role, change->csm.value_or(QString()),
                           change->team.value_or(QString()), false});
    } else if (action == u"set") {
        done = people.set(login, *change);
    } else {
        done = people.remove(login);
    }
    if (!done)
        return CommandContext::fail(done.error());
    if (action == u"add")
        context.print(Tr::tr("Added %1 as %2.").arg(login, TeamMember::key(*change->role)));
    else if (action == u"set")
        context.print(Tr::tr("Changed %1.").arg(login));
    else
        context.print(Tr::tr("Removed %1; their login stays on the server.").arg(login));
    return 0;
}

} // namespace

QList<Command> teamCommands()
{
    return {
        {QStringLiteral("team user"), QStringLiteral("add LOGIN | list | set LOGIN | remove LOGIN"),
         Tr::tr("The people of a team book and their roles (lead, csm, viewer); changed by a lead."),
         1, 2,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("role"), Tr::tr("lead, csm or viewer."), QStringLiteral("ROLE")});
             p.addOption({QStringLiteral("csm"),
                          Tr::tr("A CSM's name as the accounts carry it (needed for csm)."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("team"),
                          Tr::tr("A viewer's team, whose VOC entries they triage: product, "
                                 "marketing or sales."),
                          QStringLiteral("TEAM")});
             p.addOption(CommandContext::formatOption());
         },
         user},
    };
}

} // namespace csw::cli
