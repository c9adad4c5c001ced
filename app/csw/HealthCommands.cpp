// SPDX-License-Identifier: MIT
// csw health set|show|explain and csw alerts list|snooze|dismiss.
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/AccountRepository.h"
#include "health/HealthService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommands)
};

QString number(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0);
}

int setHealth(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = CommandContext::parseId(args[0]);
    if (!id)
        return 1;
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto update = HealthService(*book).record(*id, *date, args.mid(1));
    if (!update)
        return CommandContext::fail(update.error());
    if (!update->result) {
        context.print(Tr::tr("no score: no measure has a value"));
        return 0;
    }
    QString line = number(update->result->score) + QLatin1Char(' ')
                   + Scorecard::bandKey(update->result->band);
    if (!update->result->complete)
        line += QLatin1Char(' ') + Tr::tr("(incomplete: %1 % of the weight)")
                                       .arg(number(update->result->weightShare));
    context.print(line);
    if (update->alert)
        fprintf(stderr, "%s\n", qPrintable(Tr::tr("alert %1 raised: %2")
                                               .arg(update->alert->id)
                                               .arg(update->alert->measure.isEmpty()
                                                        ? update->alert->reason
                                                        : HealthService::measureChange(*update->alert))));
    return 0;
}

int showHealth(CommandContext &context, const QCommandLineParser &parser)
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
    auto history = HealthRepository(*book).history(*id);
    if (!history)
        return CommandContext::fail(history.error());
    writer->begin({{QStringLiteral("scored_on"), Tr::tr("Date")},
                   {QStringLiteral("score"), Tr::tr("Score"), ColumnType::Number},
                   {QStringLiteral("band"), Tr::tr("Band")},
                   {QStringLiteral("complete"), Tr::tr("Complete"), ColumnType::Number},
                   {QStringLiteral("scorecard_version"), Tr::tr("Scorecard"), ColumnType::Number}});
    for (const ScoreRecord &r : *history)
        writer->row(QStringList{Dates::toIso(r.scoredOn), number(r.score), Scorecard::bandKey(r.band),
                                r.complete ? QStringLiteral("true") : QStringLiteral("false"),
                                QString::number(r.scorecardVersion)});
    return context.finish(*writer);
}

// `csw health explain --format json`: the score, the score before and each measure's part.
QJsonObject explanationJson(qint64 accountId, const HealthExplanation &e)
{
    const auto rounded = [](std::optional<double> v) {
        return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue();
    };
    QJsonArray measures;
    for (const MeasureResult &m : e.result.measures) {
        const auto before = e.previousMeasure(m.key);
        const Measure *def = e.scorecard.measure(m.key);
        measures.append(QJsonObject{
            {QStringLiteral("measure"), m.key},
            {QStringLiteral("label"), def ? def->shownLabel() : m.key},
            {QStringLiteral("value"), m.value},
            {QStringLiteral("measured_on"), Dates::toIso(m.measuredOn)},
            {QStringLiteral("score"), std::round(m.score * 10.0) / 10.0},
            {QStringLiteral("weight"), m.weight},
            {QStringLiteral("contribution"), std::round(m.contribution * 10.0) / 10.0},
            {QStringLiteral("previous_value"), before ? QJsonValue(before->value) : QJsonValue()},
            {QStringLiteral("score_change"), rounded(e.measureScoreChange(m.key))}});
    }
    return QJsonObject{
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("scored_on"), Dates::toIso(e.scoredOn)},
        {QStringLiteral("score"), e.result.score},
        {QStringLiteral("band"), Scorecard::bandKey(e.result.band)},
        {QStringLiteral("complete"), e.result.complete},
        {QStringLiteral("weight_share"), std::round(e.result.weightShare * 10.0) / 10.0},
        {QStringLiteral("scorecard_version"), e.scorecard.version},
        {QStringLiteral("previous_scored_on"),
         e.previousOn ? QJsonValue(Dates::toIso(*e.previousOn)) : QJsonValue()},
        {QStringLiteral("previous_score"),
         e.previous ? QJsonValue(e.previous->score) : QJsonValue()},
        {QStringLiteral("change"), rounded(e.scoreChange())},
        {QStringLiteral("measures"), measures}};
}

int explain(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = CommandContext::parseId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    std::optional<Date> on;
    if (parser.isSet(QStringLiteral("date"))) {
        on = context.dateOption(parser, QStringLiteral("date"));
        if (!on)
            return 1;
    }
    const auto format = CommandContext::format(parser);
    if (!format)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto e = HealthService(*book).explain(*id, on);
    if (!e)
        return CommandContext::fail(e.error());
    const std::optional<double> scoreChange = e->scoreChange();
    if (*format == RecordWriter::Format::Json) {
        context.out().write(QJsonDocument(explanationJson(*id, *e)).toJson(QJsonDocument::Indented));
        return 0;
    }
    auto writer = RecordWriter::create(*format, &context.out());
    writer->begin({{QStringLiteral("measure"), Tr::tr("Measure")},
                   {QStringLiteral("value"), Tr::tr("Value"), ColumnType::Number},
                   {QStringLiteral("score"), Tr::tr("Score"), ColumnType::Number},
                   {QStringLiteral("weight"), Tr::tr("Weight"), ColumnType::Number},
                   {QStringLiteral("contribution"), Tr::tr("Contribution"), ColumnType::Number},
                   {QStringLiteral("previous_value"), Tr::tr("Previous value"), ColumnType::Number},
                   {QStringLiteral("score_change"), Tr::tr("Change"), ColumnType::Number}});
    for (const MeasureResult &m : e->result.measures) {
        const auto before = e->previousMeasure(m.key);
        const auto change = e->measureScoreChange(m.key);
        writer->row(QStringList{m.key, QString::number(m.value), number(m.score), QString::number(m.weight),
                                number(m.contribution),
                                before ? QString::number(before->value) : QString(),
                                change ? number(*change) : QString()});
    }
    if (*format == RecordWriter::Format::Table) {
        writer->row(QStringList{Tr::tr("score on %1").arg(Dates::toIso(e->scoredOn)), QString(),
                                number(e->result.score) + QLatin1Char(' ')
                                    + Scorecard::bandKey(e->result.band),
                                QString(), QString(), QString(),
                                scoreChange ? number(*scoreChange) : QString()});
    }
    return context.finish(*writer);
}

int listAlerts(CommandContext &context, const QCommandLineParser &parser)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto alerts = HealthRepository(*book).openAlerts(Dates::today());
    if (!alerts)
        return CommandContext::fail(alerts.error());
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("account_id"), Tr::tr("Account"), ColumnType::Number},
                   {QStringLiteral("account"), Tr::tr("Name")},
                   {QStringLiteral("raised_on"), Tr::tr("Raised")},
                   {QStringLiteral("reason"), Tr::tr("Reason")},
                   {QStringLiteral("score"), Tr::tr("Score"), ColumnType::Number},
                   {QStringLiteral("previous_score"), Tr::tr("Before"), ColumnType::Number},
                   {QStringLiteral("status"), Tr::tr("Status")},
                   {QStringLiteral("measure"), Tr::tr("Measure")},
                   {QStringLiteral("change"), Tr::tr("What moved")}});
    for (const HealthAlert &a : *alerts)
        writer->row(QStringList{QString::number(a.id), QString::number(a.accountId), a.accountName,
                                Dates::toIso(a.raisedOn), a.reason, number(a.score),
                                a.previousScore ? number(*a.previousScore) : QString(), a.status, a.measure,
                                HealthService::measureChange(a)});
    return context.finish(*writer);
}

int alertAction(CommandContext &context, const QCommandLineParser &parser, bool snooze)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return CommandContext::fail(Tr::tr("'%1' is not an alert id")
                                        .arg(parser.positionalArguments().constFirst()));
    std::optional<Date> until;
    if (snooze && !parser.isSet(QStringLiteral("until"))) {
        until = HealthService::defaultSnoozeEnd(Dates::today());   // a week, as the window's button
    } else if (snooze) {
        until = CommandContext::parseDate(parser.value(QStringLiteral("until")));
        if (!until)
            return CommandContext::fail(Tr::tr("--until: '%1' is not a date (YYYY-MM-DD)")
                                            .arg(parser.value(QStringLiteral("until"))));
    }
    Book *book = context.book();
    if (!book)
        return 1;
    HealthService service(*book);
    const Status done = snooze ? service.snooze(id, *until) : service.dismiss(id);
    return done ? 0 : CommandContext::fail(done.error());
}

} // namespace

QList<Command> healthCommands()
{
    auto dateOption = [](QCommandLineParser &p, const QString &help) {
        p.addOption({QStringLiteral("date"), help, QStringLiteral("DATE")});
    };
    return {
        {QStringLiteral("health set"), QStringLiteral("ID MEASURE=VALUE..."),
         Tr::tr("Record measures for an account; prints the new score and band."), 2, -1,
         [=](QCommandLineParser &p) { dateOption(p, Tr::tr("When they were measured (default today).")); },
         setHealth},
        {QStringLiteral("health show"), QStringLiteral("ID"), Tr::tr("An account's dated score history."),
         1, 1, [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, showHealth},
        {QStringLiteral("health explain"), QStringLiteral("ID"),
         Tr::tr("Each measure behind a score: value, score, weight, contribution, change."), 1, 1,
         [=](QCommandLineParser &p) {
             dateOption(p, Tr::tr("Explain the score on or before this date (default the latest)."));
             p.addOption(CommandContext::formatOption());
         },
         explain},
        {QStringLiteral("alerts list"), {}, Tr::tr("Open health alerts."), 0, 0,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, listAlerts},
        {QStringLiteral("alerts snooze"), QStringLiteral("ALERT_ID"),
         Tr::tr("Hide an alert until a date (a week by default)."), 1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("until"), Tr::tr("Show it again on this date (default: in 7 days)."),
                          QStringLiteral("DATE")});
         },
         [](CommandContext &c, const QCommandLineParser &p) { return alertAction(c, p, true); }},
        {QStringLiteral("alerts dismiss"), QStringLiteral("ALERT_ID"), Tr::tr("Close an alert."), 1, 1,
         {}, [](CommandContext &c, const QCommandLineParser &p) { return alertAction(c, p, false); }},
    };
}

} // namespace csw::cli
