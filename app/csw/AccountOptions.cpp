// SPDX-License-Identifier: MIT
#include "AccountOptions.h"

#include "CommandContext.h"
#include "health/Scorecard.h"
#include "stages/Stage.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
};

std::optional<AccountFilter> fail(const QString &message)
{
    CommandContext::fail(message);
    return std::nullopt;
}

} // namespace

void addAccountFilterOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("csm"), Tr::tr("Only this CSM's accounts."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("stage"), Tr::tr("Only accounts in this stage."), QStringLiteral("S")});
    p.addOption({QStringLiteral("touch"), Tr::tr("Only this touch model."), QStringLiteral("T")});
    p.addOption({QStringLiteral("health"), Tr::tr("Only this health band: red, yellow or green."),
                 QStringLiteral("BAND")});
    p.addOption({QStringLiteral("search"),
                 Tr::tr("Only accounts whose name, external id or CSM holds this text (as the window's search box)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("segment"), Tr::tr("Only the accounts of this saved segment (csw segment list)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("where"),
                 Tr::tr("Only the accounts that meet these conditions, as a segment's (e.g. \"adoption < 40 and "
                        "renewal_days <= 120\")."),
                 QStringLiteral("CONDITIONS")});
}

bool anyAccountFilter(const QCommandLineParser &parser)
{
    for (const char *option : {"csm", "stage", "touch", "health", "search", "segment", "where"})
        if (parser.isSet(QLatin1String(option)))
            return true;
    return false;
}

bool addSegmentConditions(Book &book, const QCommandLineParser &parser, AccountFilter &filter)
{
    const auto conditions = segmentConditions(book, parser);
    if (conditions)
        filter.segment += *conditions;
    return conditions.has_value();
}

std::optional<QList<SegmentCondition>> segmentConditions(Book &book, const QCommandLineParser &parser)
{
    QStringList texts;
    if (parser.isSet(QStringLiteral("segment"))) {
        const auto segment = Segments(book).get(parser.value(QStringLiteral("segment")));
        if (!segment) {
            CommandContext::fail(QStringLiteral("--segment: ") + segment.error().message);
            return std::nullopt;
        }
        texts << segment->conditions;
    }
    if (parser.isSet(QStringLiteral("where")))
        texts << parser.value(QStringLiteral("where"));
    QList<SegmentCondition> all;
    for (const QString &text : std::as_const(texts)) {
        const auto conditions = SegmentRules::parse(book, text);
        if (!conditions) {
            CommandContext::fail(conditions.error());
            return std::nullopt;
        }
        all += *conditions;
    }
    return all;
}

std::optional<AccountFilter> accountFilter(const QCommandLineParser &parser)
{
    AccountFilter filter;
    filter.csm = parser.value(QStringLiteral("csm"));
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.stage = Stages::fromKey(parser.value(QStringLiteral("stage")));
        if (!filter.stage)
            return fail(Tr::tr("--stage: '%1' is not a stage (%2)")
                                            .arg(parser.value(QStringLiteral("stage")),
                                                 Stages::keys().join(QStringLiteral(", "))));
    }
    if (parser.isSet(QStringLiteral("touch"))) {
        filter.touch = Stages::touchFromKey(parser.value(QStringLiteral("touch")));
        if (!filter.touch)
            return fail(Tr::tr("--touch: '%1' is not a touch model (%2)")
                                            .arg(parser.value(QStringLiteral("touch")),
                                                 Stages::touchKeys().join(QStringLiteral(", "))));
    }
    if (parser.isSet(QStringLiteral("health"))) {
        const QString health = parser.value(QStringLiteral("health"));
        filter.health = Scorecard::bandFromKey(health);
        if (!filter.health)
            return fail(
                Tr::tr("--health: '%1' is not red, yellow or green").arg(health));
    }
    return filter;
}

} // namespace csw::cli
