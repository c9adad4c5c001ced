// SPDX-License-Identifier: MIT
// csw handoff show|set: the hand-off from sales (引き継ぎ) of an account (issue 18).
#include "Cli.h"
#include "CommandContext.h"
#include "PeopleFeed.h"

#include "accounts/Handoff.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HandoffCommands)
};

int show(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;
    auto writer = context.writer(parser, RecordWriter::Shape::Single);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto handoff = Handoffs(*book).of(*id);
    if (!handoff)
        return CommandContext::fail(handoff.error());
    QList<Column> columns = {{QStringLiteral("account_id"), Tr::tr("Account"), ColumnType::Number}};
    QStringList cells = {QString::number(*id)};
    for (const QString &key : Handoffs::fieldKeys()) {
        columns.append({key, Handoffs::fieldLabel(key),
                        key == u"decision_maker" || key == u"champion" ? ColumnType::Number : ColumnType::Text});
        cells << Handoffs::text(*handoff, key);
    }
    columns += QList<Column>{{QStringLiteral("missing"), Tr::tr("Missing")},
                             {QStringLiteral("filled_by"), Tr::tr("Filled by")},
                             {QStringLiteral("filled_at"), Tr::tr("Filled at")}};
    // People read the missing fields' names; scripts their keys.
    QStringList missing = Handoffs::missing(*handoff);
    if (parser.value(QStringLiteral("format")) == QLatin1String("table"))
        for (QString &key : missing)
            key = Handoffs::fieldLabel(key);
    cells << missing.join(QStringLiteral("; ")) << handoff->changedBy << handoff->changedAt;
    writer->begin(columns);
    writer->row(cells);
    return context.finish(*writer);
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = CommandContext::parseId(args.value(0));
    if (!id)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    Handoffs handoffs(*book);
    auto handoff = handoffs.of(*id);
    if (!handoff)
        return CommandContext::fail(handoff.error());
    if (auto ok = Handoffs::applyFields(*handoff, args.mid(1)); !ok)
        return CommandContext::fail(ok.error());
    return withPeopleMeasures(context, *book, *id, [&]() { return handoffs.save(*handoff); });
}

int objectives(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!id)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto made = Handoffs(*book).makeObjectives(*id);
    if (!made)
        return CommandContext::fail(made.error());
    for (qint64 objective : *made)
        context.print(QString::number(objective));
    return 0;
}

} // namespace

QList<Command> handoffCommands()
{
    return {
        {QStringLiteral("handoff show"), QStringLiteral("ID"),
         Tr::tr("The account's hand-off from sales, and what it still lacks."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, show},
        {QStringLiteral("handoff set"), QStringLiteral("ID FIELD=VALUE..."),
         Tr::tr("Fill the hand-off: sales_owner, purpose, problems, expectations, promises, success_criteria, "
                "competitors, notes, decision_maker and champion (contact ids), handed_over_on."),
         2, -1, [](QCommandLineParser &) {}, set},
        {QStringLiteral("handoff objectives"), QStringLiteral("ID"),
         Tr::tr("Make each success criterion of the hand-off a success-plan objective (due on the date written "
                "with it), once; prints the new objectives' ids."),
         1, 1, [](QCommandLineParser &) {}, objectives},
    };
}

} // namespace csw::cli
