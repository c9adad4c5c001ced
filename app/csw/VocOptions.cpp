// SPDX-License-Identifier: MIT
#include "VocOptions.h"

#include "CommandContext.h"

namespace csw::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VocOptions)
};
} // namespace

QString vocChoiceError(const QString &option, const QString &value, const QStringList &keys)
{
    return Tr::tr("%1: '%2' is not one of %3").arg(option, value, keys.join(QStringLiteral(", ")));
}

void printVocChoiceError(const QString &option, const QString &value, const QStringList &keys)
{
    CommandContext::fail(vocChoiceError(option, value, keys));
}

Expected<QList<VocLink>> parseVocLinks(const QString &text, const QString &fallback)
{
    Importance standard = Importance::NiceToHave;
    if (!fallback.isEmpty()) {
        const auto importance = VocNames::importanceFromKey(fallback);
        if (!importance)
            return Error{vocChoiceError(QStringLiteral("--importance"), fallback,
                                        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                         QStringLiteral("nice-to-have"), QStringLiteral("important"),
                                         QStringLiteral("dealbreaker")})};
        standard = *importance;
    }
    QList<VocLink> links;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const qint64 id = pieces[0].toLongLong(&ok);
        if (!ok || id <= 0 || pieces.size() > 2)
            return Error{Tr::tr("'%1' is not an account id (ID or ID:IMPORTANCE)").arg(part.trimmed())};
        VocLink link{id, standard};
        if (pieces.size() == 2) {
            const auto importance = VocNames::importanceFromKey(pieces[1]);
            if (!importance)
                return Error{Tr::tr("'%1': importance is 1, 2 or 3 (nice-to-have, important, "
                                    "dealbreaker)")
                                 .arg(part.trimmed())};
            link.importance = *importance;
        }
        links << link;
    }
    if (links.isEmpty())
        return Error{Tr::tr("name at least one account id")};
    return links;
}

Expected<VocAssignments> applyVocAssignments(VocEntry &entry, const QStringList &assignments)
{
    VocAssignments result;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{Tr::tr("'%1' is not FIELD=VALUE").arg(assignment)};
        const QString field = assignment.left(eq).trimmed();
        const QString value = assignment.mid(eq + 1);
        if (field == QLatin1String("status")) {
            result.status = VocNames::statusFromKey(value);
            if (!result.status)
                return Error{vocChoiceError(field, value, VocNames::statusKeys())};
        } else if (field == QLatin1String("to") || field == QLatin1String("target")) {
            const auto target = VocNames::targetFromKey(value);
            if (!target)
                return Error{vocChoiceError(field, value, VocNames::targetKeys())};
            entry.target = *target;
        } else if (field == QLatin1String("kind")) {
            const auto kind = VocNames::kindFromKey(value);
            if (!kind)
                return Error{vocChoiceError(field, value, VocNames::kindKeys())};
            entry.kind = *kind;
        } else if (field == QLatin1String("source")) {
            if (value.trimmed().isEmpty()) {
                entry.source.reset();
            } else {
                entry.source = VocNames::sourceFromKey(value);
                if (!entry.source)
                    return Error{vocChoiceError(field, value, VocNames::sourceKeys())};
            }
        } else if (field == QLatin1String("tags")) {
            entry.tags = value.split(QLatin1Char(','));
        } else if (field == QLatin1String("text")) {
            entry.text = value;
        } else if (field == QLatin1String("accounts")) {
            auto links = parseVocLinks(value, {});
            if (!links)
                return links.error();
            entry.links = *links;
        } else if (field == QLatin1String("said_by")) {
            result.saidBy = value.trimmed();
        } else {
            return Error{Tr::tr("'%1' is not a VOC field (status, to, tags, kind, source, text, "
                                "accounts, said_by)")
                             .arg(field)};
        }
    }
    return result;
}

void addVocFilterOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("to"), Tr::tr("Only entries for product, marketing (each includes both) or both."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("status"), Tr::tr("Only entries in this status."), QStringLiteral("S")});
    p.addOption({QStringLiteral("kind"), Tr::tr("Only entries of this kind."), QStringLiteral("K")});
    p.addOption({QStringLiteral("tag"), Tr::tr("Only entries with this tag."), QStringLiteral("A")});
    p.addOption({QStringLiteral("search"), Tr::tr("Only entries whose text contains this (Japanese too)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("since"), Tr::tr("Only entries logged on or after."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("until"), Tr::tr("Only entries logged on or before."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("csm"), Tr::tr("Only entries from accounts of this CSM."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("touch"), Tr::tr("Only entries from accounts of this touch model."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("account"), Tr::tr("Only entries of this account."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("segment"), Tr::tr("Only entries from accounts of this saved segment."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("where"), Tr::tr("Only entries from accounts meeting these conditions."),
                 QStringLiteral("CONDITIONS")});
    p.addOption({QStringLiteral("sort"),
                 Tr::tr("Rank by impact (ARR x importance), arr, risk, accounts, date or id."),
                 QStringLiteral("KEY"), QStringLiteral("impact")});
}

std::optional<std::pair<VocFilter, VocSort>> vocFilter(const QCommandLineParser &p)
{
    VocFilter filter;
    if (!vocChoice(p, QStringLiteral("to"), VocNames::targetFromKey, VocNames::targetKeys(), filter.target)
        || !vocChoice(p, QStringLiteral("status"), VocNames::statusFromKey, VocNames::statusKeys(), filter.status)
        || !vocChoice(p, QStringLiteral("kind"), VocNames::kindFromKey, VocNames::kindKeys(), filter.kind)
        || !vocChoice(p, QStringLiteral("touch"), Stages::touchFromKey, Stages::touchKeys(), filter.touch))
        return std::nullopt;
    for (const auto &[option, into] : {std::pair{QStringLiteral("since"), &filter.since},
                                       std::pair{QStringLiteral("until"), &filter.until}}) {
        if (!p.isSet(option))
            continue;
        *into = CommandContext::parseDate(p.value(option));
        if (!*into) {
            CommandContext::fail(Tr::tr("--%1: '%2' is not a date (YYYY-MM-DD)").arg(option, p.value(option)));
            return std::nullopt;
        }
    }
    filter.tag = p.value(QStringLiteral("tag"));
    filter.search = p.value(QStringLiteral("search"));
    filter.csm = p.value(QStringLiteral("csm"));
    if (p.isSet(QStringLiteral("account"))) {
        const auto id = CommandContext::parseId(p.value(QStringLiteral("account")));
        if (!id)
            return std::nullopt;
        filter.accountId = *id;
    }
    const auto sort = VocQuery::sortFromKey(p.value(QStringLiteral("sort")));
    if (!sort) {
        CommandContext::fail(vocChoiceError(QStringLiteral("--sort"), p.value(QStringLiteral("sort")),
                                            VocQuery::sortKeys()));
        return std::nullopt;
    }
    return std::pair{filter, *sort};
}

} // namespace csw::cli
