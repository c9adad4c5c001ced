// SPDX-License-Identifier: MIT
// csw program add|list|attendance|remove: one-to-many programs (webinars, training, user
// meetings) for the accounts a segment or a filter lists, and their attendance (issue 19).
#include "AccountOptions.h"
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/BulkActions.h"
#include "book/Book.h"
#include "programs/Attendance.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCommands)
};

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const auto kind = Programs::kindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return CommandContext::fail(Tr::tr("--kind: '%1' is not one of %2")
                                        .arg(parser.value(QStringLiteral("kind")), Programs::kindKeys().join(u", ")));
    const auto contacts = Programs::inviteFromKey(parser.value(QStringLiteral("contacts")));
    if (!contacts)
        return CommandContext::fail(Tr::tr("--contacts: '%1' is not one of %2")
                                        .arg(parser.value(QStringLiteral("contacts")), Programs::inviteKeys().join(u", ")));
    Book *book = context.book();
    if (!book)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    QList<qint64> invited;
    const bool filtered = anyAccountFilter(parser);
    if (filtered || parser.isSet(QStringLiteral("all"))) {
        auto filter = accountFilter(parser);
        if (!filter || !addSegmentConditions(*book, parser, *filter))
            return 1;
        auto ids = BulkActions(*book).accounts(*filter);
        if (!ids)
            return CommandContext::fail(ids.error());
        invited = *ids;
    }
    Program program;
    program.name = parser.positionalArguments().join(u' ');
    program.kind = *kind;
    program.heldOn = *on;
    program.segment = parser.value(QStringLiteral("segment"));
    const auto id = Programs(*book).add(program, invited, *contacts);
    if (!id)
        return CommandContext::fail(id.error());
    const auto added = Programs(*book).get(*id);
    const auto people = Programs(*book).invitees(*id);
    context.print(Tr::tr("Program %1: %n account(s) invited", nullptr, added ? int(added->invited) : 0).arg(*id)
                  + QLatin1String(", ")
                  + Tr::tr("%n contact(s)", nullptr, people ? int(people->size()) : 0));
    return 0;
}

int invitees(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    if (auto program = Programs(*book).get(*id); !program)
        return CommandContext::fail(program.error());
    const auto people = Programs(*book).invitees(*id);
    if (!people)
        return CommandContext::fail(people.error());
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    writer->begin({{QStringLiteral("name"), Tr::tr("Name")},
                   {QStringLiteral("email"), Tr::tr("Email")},
                   {QStringLiteral("company"), Tr::tr("Company")},
                   {QStringLiteral("contact_id"), Tr::tr("Contact"), ColumnType::Number},
                   {QStringLiteral("account_id"), Tr::tr("Account"), ColumnType::Number}});
    for (const Invitee &i : *people)
        writer->row({i.name, i.email, i.accountName, QString::number(i.contactId), QString::number(i.accountId)});
    return context.finish(*writer);
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto programs = Programs(*book).list();
    if (!programs)
        return CommandContext::fail(programs.error());
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("name"), Tr::tr("Name")},
                   {QStringLiteral("kind"), Tr::tr("Kind")},
                   {QStringLiteral("held_on"), Tr::tr("Held on")},
                   {QStringLiteral("segment"), Tr::tr("Segment")},
                   {QStringLiteral("invited"), Tr::tr("Invited"), ColumnType::Number},
                   {QStringLiteral("attended"), Tr::tr("Attended"), ColumnType::Number}});
    for (const Program &p : *programs)
        writer->row({QString::number(p.id), p.name, Programs::key(p.kind), Dates::toIso(p.heldOn), p.segment,
                     QString::number(p.invited), QString::number(p.attended)});
    return context.finish(*writer);
}

// Each row that did not match, named with its reason, on standard error.
void sayUnmatched(const QString &file, const QList<Attendee> &unmatched)
{
    for (const Attendee &a : unmatched)
        fprintf(stderr, "csw: %s\n",
                qPrintable(Tr::tr("%1, row %2: %3 %4 %5: %6")
                               .arg(file)
                               .arg(a.row)
                               .arg(a.name, a.email.isEmpty() ? QString() : QStringLiteral("<%1>").arg(a.email),
                                    a.company, a.how)));
}

int attendance(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = CommandContext::parseId(args.value(0));
    if (!id)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    if (auto program = Programs(*book).get(*id); !program)
        return CommandContext::fail(program.error());
    const auto table = CsvReader::readFile(args.value(1));
    if (!table)
        return CommandContext::fail(table.error());
    const auto matched = Attendance::match(*book, *table);
    if (!matched)
        return CommandContext::fail(matched.error());
    sayUnmatched(args.value(1), matched->unmatched);
    if (!matched->unmatched.isEmpty() && !parser.isSet(QStringLiteral("yes")))
        return CommandContext::fail(Tr::tr("%n row(s) matched no account: nothing was recorded; --yes records the %1 "
                                           "that matched",
                                           nullptr, int(matched->unmatched.size()))
                                        .arg(matched->matched.size()));
    const auto recorded = Programs(*book).recordAttendance(*id, matched->matched, book->member().login,
                                                           parser.value(QStringLiteral("measure")));
    if (!recorded)
        return CommandContext::fail(recorded.error());
    context.print(Tr::tr("%n attendee(s) recorded; an activity logged on %1 account(s)", nullptr,
                         int(recorded->attendees.size()))
                      .arg(recorded->activities.size()));
    return 0;
}

int remove(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const Status removed = Programs(*book).remove(*id);
    return removed ? 0 : CommandContext::fail(removed.error());
}

} // namespace

QList<Command> programCommands()
{
    return {
        {QStringLiteral("program add"), QStringLiteral("NAME"),
         Tr::tr("Add a program (a webinar, training or user meeting) and invite the accounts a segment or filter lists "
                "(--segment, --where, --csm, --touch, … or --all); prints its id."),
         1, -1,
         [](QCommandLineParser &p) {
             addAccountFilterOptions(p);
             p.addOption({QStringLiteral("all"), Tr::tr("Invite every account.")});
             p.addOption({QStringLiteral("kind"), Tr::tr("What it is."), QStringLiteral("webinar|training|user-meeting"),
                          QStringLiteral("webinar")});
             p.addOption({QStringLiteral("date"), Tr::tr("The day it is held (default today)."), QStringLiteral("DATE")});
             p.addOption({QStringLiteral("contacts"),
                          Tr::tr("Which of each account's contacts are invited: its primary contact, all still there, "
                                 "or none."),
                          QStringLiteral("primary|all|none"), QStringLiteral("primary")});
         },
         add},
        {QStringLiteral("program invitees"), QStringLiteral("ID"),
         Tr::tr("The contacts a program invites (name, email, company): the list for the webinar tool's invitations "
                "(--format csv)."),
         1, 1, [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, invitees},
        {QStringLiteral("program list"), {}, Tr::tr("The programs, newest first, with how many were invited and attended."),
         0, 0, [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, list},
        {QStringLiteral("program attendance"), QStringLiteral("ID FILE"),
         Tr::tr("Record who attended from a webinar tool's attendee export (name, email, company): each row matched to "
                "an account by a contact's email, the email's domain or the company; each account gets an activity. "
                "Rows that match nothing are listed and nothing is recorded, unless --yes records the rest."),
         2, 2,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("yes"), Tr::tr("Record the rows that matched.")});
             p.addOption({QStringLiteral("measure"),
                          Tr::tr("Record each account's programs attended in the 90 days to the program's day as this "
                                 "health measure (one of the scorecard's)."),
                          QStringLiteral("KEY")});
         },
         attendance},
        {QStringLiteral("program remove"), QStringLiteral("ID"),
         Tr::tr("Remove a program (the activities logged stay on the accounts)."), 1, 1, [](QCommandLineParser &) {},
         remove},
    };
}

} // namespace csw::cli
