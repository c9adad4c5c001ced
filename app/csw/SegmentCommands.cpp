// SPDX-License-Identifier: MIT
// csw segment add|list|show|remove: saved account segments (issue 19).
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/Segments.h"
#include "book/Book.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommands)
};

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    Book *book = context.book();
    if (!book)
        return 1;
    const Segment segment{args.value(0), args.mid(1).join(u' '), {}, {}};
    const Status saved = Segments(*book).add(segment);
    if (!saved)
        return CommandContext::fail(saved.error());
    const auto size = Segments(*book).size(segment);
    if (size)
        context.print(Tr::tr("Segment '%1': %n account(s), ARR %2", nullptr, int(size->accounts))
                          .arg(segment.name.trimmed(), book->currency().toGrouped(size->arr)));
    return 0;
}

// Each segment with its size now; one that cannot be read (a measure gone from every
// scorecard) is listed with its size not known, or refused when asked for by name.
int write(CommandContext &context, const QCommandLineParser &parser, Book &book, const QList<Segment> &segments,
          bool one)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    writer->begin({{QStringLiteral("name"), Tr::tr("Name")},
                   {QStringLiteral("conditions"), Tr::tr("Conditions")},
                   {QStringLiteral("accounts"), Tr::tr("Accounts"), ColumnType::Number},
                   {QStringLiteral("arr"), Tr::tr("ARR"), ColumnType::Money},
                   {QStringLiteral("changed_by"), Tr::tr("Saved by")},
                   {QStringLiteral("changed_at"), Tr::tr("Saved at")}});
    for (const Segment &s : segments) {
        const auto size = Segments(book).size(s);
        if (!size && one)
            return CommandContext::fail(size.error());
        writer->row({s.name, s.conditions, size ? QString::number(size->accounts) : QString(),
                     size ? book.currency().toPlain(size->arr) : QString(), s.changedBy, s.changedAt});
    }
    return context.finish(*writer);
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto segments = Segments(*book).list();
    if (!segments)
        return CommandContext::fail(segments.error());
    return write(context, parser, *book, *segments, false);
}

int show(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const auto segment = Segments(*book).get(parser.positionalArguments().value(0));
    if (!segment)
        return CommandContext::fail(segment.error());
    return write(context, parser, *book, {*segment}, true);
}

int remove(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const Status removed = Segments(*book).remove(parser.positionalArguments().value(0));
    return removed ? 0 : CommandContext::fail(removed.error());
}

} // namespace

QList<Command> segmentCommands()
{
    const auto format = [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); };
    return {
        {QStringLiteral("segment add"), QStringLiteral("NAME CONDITIONS..."),
         Tr::tr("Save a segment: accounts meeting every condition, e.g. adoption < 40 and touch = low and "
                "renewal_days <= 120; usage.age > 60 (not measured for 60 days); stage_days > 30. Fields: csm, plan, "
                "industry, source, touch, stage, band, arr, health, renewal_days, stage_days, tenure_days, and any "
                "health measure (its latest value) or MEASURE.age."),
         2, -1, [](QCommandLineParser &) {}, add},
        {QStringLiteral("segment list"), {}, Tr::tr("The saved segments with their accounts and ARR now."), 0, 0,
         format, list},
        {QStringLiteral("segment show"), QStringLiteral("NAME"),
         Tr::tr("One segment, its size now (its accounts: account list --segment NAME)."), 1, 1, format, show},
        {QStringLiteral("segment remove"), QStringLiteral("NAME"), Tr::tr("Remove a saved segment."), 1, 1,
         [](QCommandLineParser &) {}, remove},
    };
}

} // namespace csw::cli
