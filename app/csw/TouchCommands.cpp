// SPDX-License-Identifier: MIT
// csw touch add|rules|remove (the rules), touch preview|apply|keep: touch model rules by ARR, plan and
// segment (issue 19).
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/TouchRules.h"
#include "book/Book.h"
#include "stages/Stage.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TouchCommands)
};

// The amount in option `name`, unset when not given; false after saying why.
bool amountOption(const QCommandLineParser &parser, const QString &name, const Book &book, std::optional<Minor> &out)
{
    if (!parser.isSet(name))
        return true;
    const auto amount = book.currency().parse(parser.value(name));
    if (!amount) {
        CommandContext::fail(QStringLiteral("--%1: %2").arg(name, amount.error().message));
        return false;
    }
    out = *amount;
    return true;
}

int addRule(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const QString key = parser.positionalArguments().value(0);
    const auto touch = Stages::touchFromKey(key);
    if (!touch)
        return CommandContext::fail(Tr::tr("'%1' is not a touch model (%2)").arg(key, Stages::touchKeys().join(u", ")));
    TouchRule rule;
    rule.touch = *touch;
    rule.plan = parser.value(QStringLiteral("plan"));
    rule.segment = parser.value(QStringLiteral("segment"));
    if (!amountOption(parser, QStringLiteral("from"), *book, rule.arrFrom)
        || !amountOption(parser, QStringLiteral("below"), *book, rule.arrBelow))
        return 1;
    const auto id = TouchRules(*book).add(rule);
    if (!id)
        return CommandContext::fail(id.error());
    context.print(Tr::tr("Rule %1: %2 → %3").arg(*id).arg(TouchRules::describe(rule, book->currency()),
                                                           Stages::label(rule.touch)));
    return 0;
}

int listRules(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto rules = TouchRules(*book).list();
    if (!rules)
        return CommandContext::fail(rules.error());
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("touch"), Tr::tr("Touch model")},
                   {QStringLiteral("arr_from"), Tr::tr("ARR from"), ColumnType::Money},
                   {QStringLiteral("arr_below"), Tr::tr("ARR below"), ColumnType::Money},
                   {QStringLiteral("plan"), Tr::tr("Plan")},
                   {QStringLiteral("segment"), Tr::tr("Segment")}});
    const auto money = [&](const std::optional<Minor> &m) { return m ? book->currency().toPlain(*m) : QString(); };
    for (const TouchRule &r : *rules)
        writer->row({QString::number(r.id), Stages::key(r.touch), money(r.arrFrom), money(r.arrBelow), r.plan, r.segment});
    return context.finish(*writer);
}

int removeRule(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;
    const Status removed = TouchRules(*book).remove(*id);
    return removed ? 0 : CommandContext::fail(removed.error());
}

// What the rules would change now; nullopt after saying why.
std::optional<TouchPreview> previewNow(Book &book)
{
    TouchRules rules(book);
    const auto list = rules.list();
    if (!list) {
        CommandContext::fail(list.error());
        return std::nullopt;
    }
    if (list->isEmpty()) {
        CommandContext::fail(Tr::tr("there are no touch model rules: add one with csw touch add"));
        return std::nullopt;
    }
    auto preview = rules.preview(*list);
    if (!preview) {
        CommandContext::fail(preview.error());
        return std::nullopt;
    }
    return *preview;
}

QString summary(const TouchPreview &preview, const Currency &currency)
{
    return Tr::tr("%n account(s) would change, ARR %1; %2 kept by hand; %3 covered by no rule", nullptr,
                  int(preview.moving()))
        .arg(currency.toGrouped(preview.movingArr()))
        .arg(preview.changes.size() - preview.moving())
        .arg(preview.unmatched);
}

int preview(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto preview = previewNow(*book);
    if (!preview)
        return 1;
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("name"), Tr::tr("Name")},
                   {QStringLiteral("csm"), Tr::tr("CSM")},
                   {QStringLiteral("arr"), Tr::tr("ARR"), ColumnType::Money},
                   {QStringLiteral("touch"), Tr::tr("Touch model")},
                   {QStringLiteral("new_touch"), Tr::tr("By the rules")},
                   {QStringLiteral("rule"), Tr::tr("Rule"), ColumnType::Number},
                   {QStringLiteral("kept"), Tr::tr("Kept by hand")}});
    for (const TouchChange &c : preview->changes)
        writer->row({QString::number(c.accountId), c.name, c.csm, book->currency().toPlain(c.arr), Stages::key(c.from),
                     Stages::key(c.to), QString::number(c.rule), c.kept ? QStringLiteral("yes") : QString()});
    const int status = context.finish(*writer);
    if (status == 0 && CommandContext::format(parser) == RecordWriter::Format::Table)
        context.print(summary(*preview, book->currency()));
    return status;
}

int apply(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    const auto preview = previewNow(*book);
    if (!preview)
        return 1;
    QSet<qint64> moving;
    for (const TouchChange &c : preview->changes)
        if (!c.kept)
            moving.insert(c.accountId);
    if (moving.isEmpty())
        return CommandContext::fail(Tr::tr("no account's touch model would change: nothing was changed (%1)")
                                        .arg(summary(*preview, book->currency())));
    const auto applied = TouchRules(*book).apply(*preview, moving, *on);
    if (!applied)
        return CommandContext::fail(applied.error());
    context.print(Tr::tr("%n account(s) changed", nullptr, int(applied->bulk.accounts)));
    return 0;
}

int keep(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        const auto id = CommandContext::parseId(arg);
        if (!id)
            return 1;
        ids << *id;
    }
    const bool off = parser.isSet(QStringLiteral("off"));
    const Status kept = TouchRules(*book).keep(ids, !off);
    if (!kept)
        return CommandContext::fail(kept.error());
    context.print(off ? Tr::tr("%n account(s) follow the touch model rules again", nullptr, int(ids.size()))
                      : Tr::tr("%n account(s) keep their touch model by hand", nullptr, int(ids.size())));
    return 0;
}

} // namespace

QList<Command> touchCommands()
{
    const auto format = [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); };
    return {
        {QStringLiteral("touch add"), QStringLiteral("high|low|tech"),
         Tr::tr("Add a touch model rule: accounts whose ARR is from --from and below --below (either end open), "
                "optionally only on --plan or in --segment, get this touch model. A segment's rule comes before a "
                "plan's, which comes before one for every account; rules of the same reach may not overlap."),
         1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("from"), Tr::tr("The lowest ARR covered (inclusive)."), QStringLiteral("AMOUNT")});
             p.addOption({QStringLiteral("below"), Tr::tr("The ARR the rule stops below."), QStringLiteral("AMOUNT")});
             p.addOption({QStringLiteral("plan"), Tr::tr("Only accounts on this plan."), QStringLiteral("PLAN")});
             p.addOption({QStringLiteral("segment"), Tr::tr("Only accounts in this saved segment."), QStringLiteral("NAME")});
         },
         addRule},
        {QStringLiteral("touch rules"), {}, Tr::tr("The touch model rules."), 0, 0, format, listRules},
        {QStringLiteral("touch remove"), QStringLiteral("ID"), Tr::tr("Remove a touch model rule."), 1, 1,
         [](QCommandLineParser &) {}, removeRule},
        {QStringLiteral("touch preview"), {},
         Tr::tr("The accounts whose touch model the rules would change, their ARR, and those kept by hand."), 0, 0, format,
         preview},
        {QStringLiteral("touch apply"), {},
         Tr::tr("Set each account's touch model by the rules, in one step (accounts kept by hand are left alone)."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("date"), Tr::tr("When (default today)."), QStringLiteral("DATE")});
         },
         apply},
        {QStringLiteral("touch keep"), QStringLiteral("ID..."),
         Tr::tr("Keep these accounts' touch model as set by hand: the rules leave them alone (--off: follow the rules "
                "again)."),
         1, -1, [](QCommandLineParser &p) { p.addOption({QStringLiteral("off"), Tr::tr("Follow the rules again.")}); },
         keep},
    };
}

} // namespace csw::cli
