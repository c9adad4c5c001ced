// SPDX-License-Identifier: MIT
// csw activity add|list, csw task add|list|done|cancel|remind, csw holiday list|add|remove
// (the playbooks: PlaybookCommands.cpp).
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/AccountRepository.h"
#include "accounts/Contacts.h"
#include "tasks/Holidays.h"
#include "tasks/RenewalReminders.h"
#include "tasks/WorkRepository.h"

#include <QRegularExpression>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkCommands)
};

int addActivity(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    const auto kind = WorkNames::activityKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return CommandContext::fail(Tr::tr("--kind: '%1' is not one of %2")
                                        .arg(parser.value(QStringLiteral("kind")),
                                             WorkNames::activityKindKeys().join(QStringLiteral(", "))));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    Activity a;
    a.accountId = *id;
    a.kind = *kind;
    a.occurredOn = *date;
    a.text = parser.value(QStringLiteral("text"));
    a.author = parser.value(QStringLiteral("author"));
    if (parser.isSet(QStringLiteral("voc"))) {
        bool ok = false;
        a.vocId = parser.value(QStringLiteral("voc")).toLongLong(&ok);
        if (!ok)
            return CommandContext::fail(Tr::tr("--voc: '%1' is not a VOC entry id").arg(parser.value(QStringLiteral("voc"))));
    }
    // Who took part: the account's contacts, by id or name; one that is none of them is refused.
    for (const QString &who : parser.value(QStringLiteral("with")).split(QRegularExpression(QStringLiteral("[,、，]")),
                                                                         Qt::SkipEmptyParts)) {
        const auto contact = Contacts(*book).find({a.accountId}, who);
        if (!contact)
            return CommandContext::fail(contact.error());
        if (!*contact)
            return CommandContext::fail(Tr::tr("--with: '%1' is none of account %2's contacts (see csw contact list)")
                                            .arg(who.trimmed())
                                            .arg(a.accountId));
        a.attendees << (*contact)->id;
    }
    const auto added = WorkRepository(*book).addActivity(a);
    if (!added)
        return CommandContext::fail(added.error());
    context.print(QString::number(*added));
    return 0;
}

int listActivities(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    if (auto account = AccountRepository(*book).get(*id); !account)
        return CommandContext::fail(account.error());
    auto list = WorkRepository(*book).activities(*id);
    if (!list)
        return CommandContext::fail(list.error());
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("date"), Tr::tr("Date")},
                   {QStringLiteral("kind"), Tr::tr("Kind")},
                   {QStringLiteral("author"), Tr::tr("Author")},
                   {QStringLiteral("text"), Tr::tr("Text")},
                   {QStringLiteral("voc_id"), Tr::tr("VOC"), ColumnType::Number},
                   {QStringLiteral("attendees"), Tr::tr("With")}});
    for (const Activity &a : std::as_const(*list))
        writer->row({QString::number(a.id), Dates::toIso(a.occurredOn), WorkNames::key(a.kind), a.author, a.text,
                     a.vocId ? QString::number(*a.vocId) : QString(), a.attendeeNames.join(QStringLiteral("; "))});
    return context.finish(*writer);
}

int addTask(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    const auto due = CommandContext::parseDate(parser.value(QStringLiteral("due")));
    if (!due)
        return CommandContext::fail(Tr::tr("--due: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(QStringLiteral("due"))));
    Book *book = context.book();
    if (!book)
        return 1;
    auto account = AccountRepository(*book).get(*id);
    if (!account)
        return CommandContext::fail(account.error());
    Task t;
    t.accountId = *id;
    t.title = parser.value(QStringLiteral("title"));
    t.owner = parser.isSet(QStringLiteral("owner")) ? parser.value(QStringLiteral("owner")) : account->csm;
    t.dueOn = *due;
    t.createdOn = Dates::today();
    const auto added = WorkRepository(*book).addTask(t);
    if (!added)
        return CommandContext::fail(added.error());
    context.print(QString::number(*added));
    return 0;
}

int listTasks(CommandContext &context, const QCommandLineParser &parser)
{
    TaskFilter filter;
    filter.owner = parser.value(QStringLiteral("owner"));
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = WorkNames::taskStatusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status)
            return CommandContext::fail(Tr::tr("--status: '%1' is not open, done or cancelled")
                                            .arg(parser.value(QStringLiteral("status"))));
    }
    if (parser.isSet(QStringLiteral("due-before"))) {
        filter.dueBefore = CommandContext::parseDate(parser.value(QStringLiteral("due-before")));
        if (!filter.dueBefore)
            return CommandContext::fail(Tr::tr("--due-before: '%1' is not a date (YYYY-MM-DD)")
                                            .arg(parser.value(QStringLiteral("due-before"))));
    }
    if (parser.isSet(QStringLiteral("account"))) {
        const auto id = CommandContext::parseId(parser.value(QStringLiteral("account")));
        if (!id)
            return 1;
        filter.accountId = *id;
    }
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto list = WorkRepository(*book).tasks(filter);
    if (!list)
        return CommandContext::fail(list.error());
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("account_id"), Tr::tr("Account"), ColumnType::Number},
                   {QStringLiteral("due_on"), Tr::tr("Due")},
                   {QStringLiteral("status"), Tr::tr("Status")},
                   {QStringLiteral("owner"), Tr::tr("Owner")},
                   {QStringLiteral("title"), Tr::tr("Title")},
                   {QStringLiteral("origin"), Tr::tr("Origin")},
                   {QStringLiteral("closed_on"), Tr::tr("Closed")},
                   {QStringLiteral("closed_by"), Tr::tr("Closed by")}});
    for (const Task &t : std::as_const(*list))
        writer->row({QString::number(t.id), QString::number(t.accountId), Dates::toIso(t.dueOn),
                     WorkNames::key(t.status), t.owner, WorkNames::shownTitle(t), t.origin,
                     t.closedOn ? Dates::toIso(*t.closedOn) : QString(),
                     t.closedOn ? t.changedBy : QString()});
    return context.finish(*writer);
}

int closeTask(CommandContext &context, const QCommandLineParser &parser, TaskStatus status)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return CommandContext::fail(Tr::tr("'%1' is not a task id").arg(parser.positionalArguments().constFirst()));
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const Status done = WorkRepository(*book).setTaskStatus(id, status, *on);
    return done ? 0 : CommandContext::fail(done.error());
}

int remind(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    RenewalReminders reminders(*book);
    if (parser.isSet(QStringLiteral("lead"))) {
        QList<int> days;
        for (const QString &part : parser.value(QStringLiteral("lead")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            days << part.trimmed().toInt(&ok);
            if (!ok)
                return CommandContext::fail(Tr::tr("--lead: '%1' is not a number of days").arg(part));
        }
        if (auto ok = reminders.setLeadDays(days); !ok)
            return CommandContext::fail(ok.error());
    }
    const auto made = reminders.run();
    if (!made)
        return CommandContext::fail(made.error());
    context.print(Tr::tr("Renewal reminders made: %1").arg(*made));
    return 0;
}

int holidays(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    Book *book = context.book();
    if (!book)
        return 1;
    Holidays calendar(*book);
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        const auto day = CommandContext::parseDate(args.value(1));
        if (!day)
            return CommandContext::usage(Tr::tr("holiday %1 DATE [NAME]: '%2' is not a date").arg(action, args.value(1)));
        const Status done = action == QLatin1String("add") ? calendar.add({*day, args.value(2)}) : calendar.remove(*day);
        return done ? 0 : CommandContext::fail(done.error());
    }
    if (action == QLatin1String("japan")) {
        const auto added = calendar.addJapanese(args.value(1).toInt());
        if (!added)
            return CommandContext::fail(added.error());
        context.print(Tr::tr("Holidays added: %1").arg(*added));
        return 0;
    }
    if (action != QLatin1String("list"))
        return CommandContext::usage(Tr::tr("holiday list|add|remove|japan"));
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    auto list = calendar.list();
    if (!list)
        return CommandContext::fail(list.error());
    writer->begin({{QStringLiteral("day"), Tr::tr("Day")}, {QStringLiteral("name"), Tr::tr("Name")}});
    for (const Holiday &h : std::as_const(*list))
        writer->row({Dates::toIso(h.day), h.name});
    return context.finish(*writer);
}

QCommandLineOption dateOption(const QString &what)
{
    return {QStringLiteral("date"), what, QStringLiteral("DATE")};
}

} // namespace

QList<Command> workCommands()
{
    const auto format = [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); };
    return {
        {QStringLiteral("activity add"), QStringLiteral("ID"),
         Tr::tr("Log a call, meeting, email, note or QBR on an account's timeline; prints its id."), 1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("kind"), Tr::tr("What it was."), QStringLiteral("call|meeting|email|note|qbr")});
             p.addOption({QStringLiteral("text"), Tr::tr("What happened."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("author"), Tr::tr("Who logs it."), QStringLiteral("NAME")});
             p.addOption({QStringLiteral("voc"), Tr::tr("A VOC entry it relates to."), QStringLiteral("VOC_ID")});
             p.addOption({QStringLiteral("with"), Tr::tr("Who took part: the account's contacts, by id or name."),
                          QStringLiteral("CONTACT,...")});
             p.addOption(dateOption(Tr::tr("When (default today).")));
         },
         addActivity},
        {QStringLiteral("activity list"), QStringLiteral("ID"), Tr::tr("An account's activities, newest first."), 1, 1,
         format, listActivities},
        {QStringLiteral("task add"), QStringLiteral("ID"), Tr::tr("Add a task on an account; prints the task id."), 1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("title"), Tr::tr("What to do."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("due"), Tr::tr("When it is due."), QStringLiteral("DATE")});
             p.addOption({QStringLiteral("owner"), Tr::tr("Who does it (default the account's CSM)."), QStringLiteral("CSM")});
         },
         addTask},
        {QStringLiteral("task list"), QString(), Tr::tr("Tasks by due date."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("owner"), Tr::tr("Only this owner's tasks."), QStringLiteral("CSM")});
             p.addOption({QStringLiteral("due-before"), Tr::tr("Only tasks due on or before."), QStringLiteral("DATE")});
             p.addOption({QStringLiteral("status"), Tr::tr("Only tasks in this status."), QStringLiteral("open|done|cancelled")});
             p.addOption({QStringLiteral("account"), Tr::tr("Only this account's tasks."), QStringLiteral("ID")});
             p.addOption(CommandContext::formatOption());
         },
         listTasks},
        {QStringLiteral("task done"), QStringLiteral("TASK_ID"), Tr::tr("Check a task off."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(dateOption(Tr::tr("When (default today)."))); },
         [](CommandContext &c, const QCommandLineParser &p) { return closeTask(c, p, TaskStatus::Done); }},
        {QStringLiteral("task cancel"), QStringLiteral("TASK_ID"), Tr::tr("Cancel a task."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(dateOption(Tr::tr("When (default today)."))); },
         [](CommandContext &c, const QCommandLineParser &p) { return closeTask(c, p, TaskStatus::Cancelled); }},
        {QStringLiteral("task reopen"), QStringLiteral("TASK_ID"), Tr::tr("Open a done or cancelled task again."), 1, 1,
         {}, [](CommandContext &c, const QCommandLineParser &p) { return closeTask(c, p, TaskStatus::Open); }},
        {QStringLiteral("task remind"), QString(),
         Tr::tr("Make the renewal reminder tasks that are due (once per account and window)."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("lead"), Tr::tr("Set the reminder windows, days before renewal (default 90,60,30)."),
                          QStringLiteral("DAYS,...")});
         },
         remind},
        {QStringLiteral("holiday"), QStringLiteral("[list|add DATE [NAME]|remove DATE|japan YEAR]"),
         Tr::tr("The holidays business days skip."), 0, 3, format, holidays},
    };
}

} // namespace csw::cli
