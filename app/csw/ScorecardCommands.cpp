// SPDX-License-Identifier: MIT
// csw scorecard show|set|recompute.
#include "Cli.h"
#include "CommandContext.h"

#include "health/PeopleMeasures.h"
#include "health/HealthService.h"
#include "health/ScoreRecompute.h"
#include "health/ScorecardEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardCommands)
};

// The --touch option: none for the default scorecard; false after printing an error.
bool touchOption(const QCommandLineParser &parser, std::optional<Touch> &touch)
{
    if (!parser.isSet(QStringLiteral("touch")))
        return true;
    touch = Stages::touchFromKey(parser.value(QStringLiteral("touch")));
    if (!touch) {
        CommandContext::fail(Tr::tr("--touch: '%1' is not a touch model (%2)")
                                 .arg(parser.value(QStringLiteral("touch")),
                                      Stages::touchKeys().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

int show(CommandContext &context, const QCommandLineParser &parser)
{
    std::optional<Touch> touch;
    if (!touchOption(parser, touch))
        return 1;
    const auto format = CommandContext::format(parser);
    if (!format)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto card = HealthRepository(*book).activeScorecard(touch);
    if (!card)
        return CommandContext::fail(card.error());
    if (*format == RecordWriter::Format::Json) {
        QJsonArray measures;
        for (const Measure &m : card->measures)
            measures.append(QJsonObject{{QStringLiteral("measure"), m.key},
                                        {QStringLiteral("label"), m.shownLabel()},
                                        {QStringLiteral("weight"), m.weight},
                                        {QStringLiteral("direction"), m.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower")},
                                        {QStringLiteral("min"), m.minimum},
                                        {QStringLiteral("max"), m.maximum},
                                        {QStringLiteral("yellow"), m.yellowAt},
                                        {QStringLiteral("green"), m.greenAt},
                                        {QStringLiteral("alert"), m.alertAt ? QJsonValue(*m.alertAt) : QJsonValue()},
                                        {QStringLiteral("drop"), m.alertDrop ? QJsonValue(*m.alertDrop) : QJsonValue()},
                                        {QStringLiteral("days"), m.alertDays}});
        const QJsonObject object{
            {QStringLiteral("version"), card->id > 0 ? QJsonValue(card->version) : QJsonValue()},
            {QStringLiteral("by"), card->createdBy.isEmpty() ? QJsonValue() : QJsonValue(card->createdBy)},
            {QStringLiteral("touch"), card->touch ? QJsonValue(Stages::key(*card->touch)) : QJsonValue()},
            {QStringLiteral("red_below"), card->bands.redBelow},
            {QStringLiteral("green_from"), card->bands.greenFrom},
            {QStringLiteral("min_weight_share"), card->minimumWeightShare},
            {QStringLiteral("drop_points"), card->dropPoints},
            {QStringLiteral("measures"), measures}};
        context.out().write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (*format == RecordWriter::Format::Table) {
        context.print(Tr::tr("Scorecard %1 (%2): red below %3, yellow %3–%4, green from %4; "
                             "complete with %5 % of the weight; alert on a drop of %6 points in 30 days")
                          .arg(card->id > 0 ? QString::number(card->version) : Tr::tr("built-in"))
                          .arg(card->touch ? Stages::label(*card->touch) : Tr::tr("every touch model"))
                          .arg(card->bands.redBelow)
                          .arg(card->bands.greenFrom)
                          .arg(card->minimumWeightShare)
                          .arg(card->dropPoints));
        if (!card->createdBy.isEmpty())
            context.print(Tr::tr("Made by %1.").arg(card->createdBy));
    }
    auto writer = RecordWriter::create(*format, &context.out());
    writer->begin({{QStringLiteral("measure"), Tr::tr("Measure")},
                   {QStringLiteral("label"), Tr::tr("Label")},
                   {QStringLiteral("weight"), Tr::tr("Weight"), ColumnType::Number},
                   {QStringLiteral("direction"), Tr::tr("Better")},
                   {QStringLiteral("min"), Tr::tr("Min"), ColumnType::Number},
                   {QStringLiteral("max"), Tr::tr("Max"), ColumnType::Number},
                   {QStringLiteral("yellow"), Tr::tr("Yellow at"), ColumnType::Number},
                   {QStringLiteral("green"), Tr::tr("Green at"), ColumnType::Number},
                   {QStringLiteral("alert"), Tr::tr("Alert past"), ColumnType::Number},
                   {QStringLiteral("drop"), Tr::tr("Alert on a fall of"), ColumnType::Number},
                   {QStringLiteral("days"), Tr::tr("Within days"), ColumnType::Number}});
    const auto optional = [](const std::optional<double> &v) { return v ? QString::number(*v) : QString(); };
    for (const Measure &m : card->measures)
        writer->row(QStringList{m.key, m.shownLabel(), QString::number(m.weight),
                                m.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower"),
                                QString::number(m.minimum), QString::number(m.maximum),
                                QString::number(m.yellowAt), QString::number(m.greenAt), optional(m.alertAt),
                                optional(m.alertDrop), m.alertDrop ? QString::number(m.alertDays) : QString()});
    return context.finish(*writer);
}

std::optional<double> numberOption(const QCommandLineParser &parser, const char *name, bool &ok)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return std::nullopt;
    bool parsed = false;
    const double value = parser.value(option).toDouble(&parsed);
    if (!parsed) {
        CommandContext::fail(Tr::tr("--%1: '%2' is not a number").arg(option, parser.value(option)));
        ok = false;
        return std::nullopt;
    }
    return value;
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    std::optional<Touch> touch;
    if (!touchOption(parser, touch))
        return 1;
    bool ok = true;
    const auto redBelow = numberOption(parser, "red-below", ok);
    const auto greenFrom = numberOption(parser, "green-from", ok);
    const auto share = numberOption(parser, "min-share", ok);
    const auto drop = numberOption(parser, "drop-points", ok);
    if (!ok)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    HealthRepository health(*book);
    auto base = health.activeScorecard(touch);
    if (!base)
        return CommandContext::fail(base.error());
    Scorecard card = *base;
    card.touch = touch;
    if (redBelow) card.bands.redBelow = *redBelow;
    if (greenFrom) card.bands.greenFrom = *greenFrom;
    if (share) card.minimumWeightShare = *share;
    if (drop) card.dropPoints = *drop;
    for (const QString &key : parser.values(QStringLiteral("add"))) {   // the book's own measures
        const Measure *known = PeopleMeasures::definition(key.trimmed());
        if (!known)
            return CommandContext::fail(Tr::tr("--add: '%1' is not one of %2").arg(key, PeopleMeasures::Champion + u", "
                                                                                      + PeopleMeasures::HandoffComplete));
        if (!card.measure(known->key))
            card.measures << *known;
    }
    auto edited = ScorecardEdit::apply(card, parser.positionalArguments(),
                                       parser.values(QStringLiteral("remove")));
    if (!edited)
        return CommandContext::fail(edited.error());
    Expected<Scorecard> stored = Error{};
    const Status written = book->write([&]() -> Status {
        stored = health.storeScorecard(*edited);
        return stored ? Status() : Status(stored.error());
    });
    if (!written)
        return CommandContext::fail(written.error());
    context.print(Tr::tr("Scorecard version %1 is active. Scores already kept stay as they were "
                         "computed; 'csw scorecard recompute' rescores them under this version.")
                      .arg(stored->version));
    return 0;
}

int recompute(CommandContext &context, const QCommandLineParser &parser)
{
    std::optional<Touch> touch;
    if (!touchOption(parser, touch))
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto done = ScoreRecompute::run(*book, touch);
    if (!done)
        return CommandContext::fail(done.error());
    context.print(Tr::tr("Recomputed %1 scores.").arg(*done));
    return 0;
}

void addTouch(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("touch"),
                 Tr::tr("The touch model's own scorecard (default: the one for every model)."),
                 QStringLiteral("T")});
}

} // namespace

QList<Command> scorecardCommands()
{
    return {
        {QStringLiteral("scorecard show"), {}, Tr::tr("The active scorecard: measures, weights, thresholds, bands."),
         0, 0,
         [](QCommandLineParser &p) {
             addTouch(p);
             p.addOption(CommandContext::formatOption());
         },
         show},
        {QStringLiteral("scorecard set"), QStringLiteral("[MEASURE.FIELD=VALUE...]"),
         Tr::tr("Change the scorecard (a new version): fields label, weight, direction, min, max, "
                "yellow, green; a new measure needs all but label. Alerts on one measure: alert (a level "
                "past which a value raises an alert), drop (a fall of so many points) and days (within "
                "how many days, 30 unless set); alert=none or drop=none takes it away."),
         0, -1,
         [](QCommandLineParser &p) {
             addTouch(p);
             p.addOption({QStringLiteral("red-below"), Tr::tr("Scores below this are red."), QStringLiteral("N")});
             p.addOption({QStringLiteral("green-from"), Tr::tr("Scores from this are green."), QStringLiteral("N")});
             p.addOption({QStringLiteral("min-share"),
                          Tr::tr("The % of the weight a complete score needs."), QStringLiteral("P")});
             p.addOption({QStringLiteral("drop-points"),
                          Tr::tr("A fall of this many points in 30 days raises an alert."), QStringLiteral("N")});
             p.addOption({QStringLiteral("remove"), Tr::tr("Remove a measure."), QStringLiteral("MEASURE")});
             p.addOption({QStringLiteral("add"),
                          Tr::tr("Add a measure the book keeps itself: champion (1 while a champion is there, 0 once "
                                 "they left) or handoff (% of the hand-off filled)."),
                          QStringLiteral("MEASURE")});
         },
         set},
        {QStringLiteral("scorecard recompute"), {},
         Tr::tr("Rescore the kept history under the active scorecard."), 0, 0,
         [](QCommandLineParser &p) { addTouch(p); }, recompute},
    };
}

} // namespace csw::cli
