// SPDX-License-Identifier: MIT
// csw bulk csm|touch|stage|task|activity: one action on the accounts a filter, a segment or
// conditions list, one transaction (issue 19).
#include "AccountOptions.h"
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/BulkActions.h"
#include "book/Book.h"
#include "stages/Stage.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommands)
};

// The accounts the options list. Nullopt after saying why.
std::optional<QList<qint64>> listed(CommandContext &context, Book &book, const QCommandLineParser &parser)
{
    auto filter = accountFilter(parser);
    if (!filter || !addSegmentConditions(book, parser, *filter))
        return std::nullopt;
    auto ids = BulkActions(book).accounts(*filter);
    if (!ids) {
        CommandContext::fail(ids.error());
        return std::nullopt;
    }
    (void)context;
    return *ids;
}

int done(CommandContext &context, const Expected<BulkResult> &result)
{
    if (!result)
        return CommandContext::fail(result.error());
    context.print(Tr::tr("%n account(s) changed", nullptr, int(result->accounts)));
    return 0;
}

int bulk(CommandContext &context, const QCommandLineParser &parser, const QString &action)
{
    const bool filtered = anyAccountFilter(parser);
    if (!filtered && !parser.isSet(QStringLiteral("all")))
        return CommandContext::usage(Tr::tr("say which accounts: --segment, --where, --csm, --stage, --touch, "
                                            "--health, --search, or --all for every account"));
    Book *book = context.book();
    if (!book)
        return 1;
    const auto ids = listed(context, *book, parser);
    if (!ids)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    const QString value = parser.positionalArguments().value(0);
    BulkActions actions(*book);
    if (action == u"csm")
        return done(context, actions.assignCsm(*ids, value, *on));
    if (action == u"touch") {
        const auto touch = Stages::touchFromKey(value);
        if (!touch)
            return CommandContext::fail(Tr::tr("'%1' is not a touch model (%2)").arg(value, Stages::touchKeys().join(u", ")));
        return done(context, actions.setTouch(*ids, *touch, *on));
    }
    if (action == u"stage") {
        const auto stage = Stages::fromKey(value);
        if (!stage || *stage == Stage::Churned)
            return CommandContext::fail(Tr::tr("'%1' is not a stage to move to (%2; a churn is recorded one by one)")
                                            .arg(value, QStringList(Stages::keys().mid(0, 4)).join(u", ")));
        return done(context, actions.moveStage(*ids, *stage, *on, parser.value(QStringLiteral("note"))));
    }
    if (action == u"task") {
        Task task;
        task.title = parser.value(QStringLiteral("title"));
        task.owner = parser.value(QStringLiteral("owner"));
        const auto due = CommandContext::parseDate(parser.value(QStringLiteral("due")));
        if (!due)
            return 1;
        task.dueOn = *due;
        task.createdOn = *on;
        return done(context, actions.addTask(*ids, task));
    }
    Activity activity;
    const auto kind = WorkNames::activityKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return CommandContext::fail(Tr::tr("--kind: '%1' is not one of %2")
                                        .arg(parser.value(QStringLiteral("kind")), WorkNames::activityKindKeys().join(u", ")));
    activity.kind = *kind;
    activity.text = parser.value(QStringLiteral("text"));
    activity.author = parser.value(QStringLiteral("author"));
    activity.occurredOn = *on;
    return done(context, actions.logActivity(*ids, activity));
}

void options(QCommandLineParser &p)
{
    addAccountFilterOptions(p);
    p.addOption({QStringLiteral("all"), Tr::tr("Every account (no filter).")});
    p.addOption({QStringLiteral("date"), Tr::tr("When (default today)."), QStringLiteral("DATE")});
}

} // namespace

QList<Command> bulkCommands()
{
    return {
        {QStringLiteral("bulk csm"), QStringLiteral("CSM"), Tr::tr("Assign a CSM to the accounts listed."), 1, 1, options,
         [](CommandContext &c, const QCommandLineParser &p) { return bulk(c, p, QStringLiteral("csm")); }},
        {QStringLiteral("bulk touch"), QStringLiteral("high|low|tech"), Tr::tr("Set the touch model of the accounts listed."),
         1, 1, options, [](CommandContext &c, const QCommandLineParser &p) { return bulk(c, p, QStringLiteral("touch")); }},
        {QStringLiteral("bulk stage"), QStringLiteral("STAGE"), Tr::tr("Move the accounts listed to a stage."), 1, 1,
         [](QCommandLineParser &p) {
             options(p);
             p.addOption({QStringLiteral("note"), Tr::tr("A note on each stage event."), QStringLiteral("TEXT")});
         },
         [](CommandContext &c, const QCommandLineParser &p) { return bulk(c, p, QStringLiteral("stage")); }},
        {QStringLiteral("bulk task"), {}, Tr::tr("Add a task to every account listed (owner: each account's CSM)."), 0, 0,
         [](QCommandLineParser &p) {
             options(p);
             p.addOption({QStringLiteral("title"), Tr::tr("What to do."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("due"), Tr::tr("When it is due."), QStringLiteral("DATE")});
             p.addOption({QStringLiteral("owner"), Tr::tr("Who does it (default each account's CSM)."), QStringLiteral("CSM")});
         },
         [](CommandContext &c, const QCommandLineParser &p) { return bulk(c, p, QStringLiteral("task")); }},
        {QStringLiteral("bulk activity"), {}, Tr::tr("Log one activity on every account listed (e.g. a webinar invitation)."),
         0, 0,
         [](QCommandLineParser &p) {
             options(p);
             p.addOption({QStringLiteral("kind"), Tr::tr("What it was."), QStringLiteral("call|meeting|email|note|qbr")});
             p.addOption({QStringLiteral("text"), Tr::tr("What happened."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("author"), Tr::tr("Who logs it."), QStringLiteral("NAME")});
         },
         [](CommandContext &c, const QCommandLineParser &p) { return bulk(c, p, QStringLiteral("activity")); }},
    };
}

} // namespace csw::cli
