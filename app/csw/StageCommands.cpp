// SPDX-License-Identifier: MIT
// csw stage set|history.
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "stages/StageRepository.h"

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StageCommands)
};

int setStage(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = CommandContext::parseId(args[0]);
    if (!id)
        return 1;
    const auto stage = Stages::fromKey(args[1]);
    if (!stage)
        return CommandContext::fail(Tr::tr("'%1' is not a stage (%2)")
                                        .arg(args[1], Stages::keys().join(QStringLiteral(", "))));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto moved =
        AccountLifecycle(*book).moveStage(*id, *stage, *date, parser.value(QStringLiteral("note")));
    return moved ? 0 : CommandContext::fail(moved.error());
}

int history(CommandContext &context, const QCommandLineParser &parser)
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
    auto spans = StageRepository(*book).history(*id, Dates::today());
    if (!spans)
        return CommandContext::fail(spans.error());
    writer->begin({{QStringLiteral("stage"), Tr::tr("Stage")},
                   {QStringLiteral("entered_on"), Tr::tr("Entered")},
                   {QStringLiteral("left_on"), Tr::tr("Left")},
                   {QStringLiteral("days"), Tr::tr("Days"), ColumnType::Number},
                   {QStringLiteral("current"), Tr::tr("Current"), ColumnType::Number},
                   {QStringLiteral("note"), Tr::tr("Note")},
                   {QStringLiteral("by"), Tr::tr("By")}});
    for (qsizetype i = 0; i < spans->size(); ++i) {
        const StageSpan &span = spans->at(i);
        writer->row({Stages::key(span.stage), Dates::toIso(span.enteredOn),
                     span.leftOn ? Dates::toIso(*span.leftOn) : QString(),
                     QString::number(span.days),
                     i + 1 == spans->size() ? QStringLiteral("true") : QStringLiteral("false"),
                     span.note, span.changedBy});
    }
    return context.finish(*writer);
}

} // namespace

QList<Command> stageCommands()
{
    return {
        {QStringLiteral("stage set"), QStringLiteral("ID STAGE"),
         Tr::tr("Move an account to a stage (onboarding, adoption, expansion, churn-prevention)."),
         2, 2,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("date"), Tr::tr("When it entered the stage (default today)."),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("note"), Tr::tr("A note kept with the move."),
                          QStringLiteral("TEXT")});
         },
         setStage},
        {QStringLiteral("stage history"), QStringLiteral("ID"),
         Tr::tr("Each stage an account was in, with entered and left dates and days spent."),
         1, 1, [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); },
         history},
    };
}

} // namespace csw::cli
