// SPDX-License-Identifier: MIT
#include "accounts/Account.h"

#include "calendar/JapaneseEra.h"

namespace csw {

QStringList AccountChanges::fieldNames()
{
    return {QStringLiteral("name"), QStringLiteral("external_id"), QStringLiteral("csm"),
            QStringLiteral("touch"), QStringLiteral("plan"), QStringLiteral("industry"),
            QStringLiteral("source"), QStringLiteral("arr"), QStringLiteral("start"),
            QStringLiteral("renewal")};
}

namespace {
Expected<std::optional<Date>> optionalDate(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return std::optional<Date>();
    if (auto date = Dates::parseIso(value))
        return std::optional<Date>(*date);
    if (auto era = JapaneseEra::parse(value)) {
        if (!*era)
            return Error{QStringLiteral("%1: %2").arg(field, era->error().message), ErrorKind::Invalid};
        return std::optional<Date>(**era);
    }
    return Error{AccountChanges::tr("%1: '%2' is not a date (YYYY-MM-DD or 令和8年4月1日)").arg(field, value),
                 ErrorKind::Invalid};
}
} // namespace

Expected<AccountChanges> AccountChanges::parse(const QStringList &assignments,
                                               const Currency &currency)
{
    AccountChanges changes;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{tr("'%1' is not FIELD=VALUE").arg(assignment), ErrorKind::Invalid};
        const QString field = assignment.left(eq).trimmed().toLower();
        const QString value = assignment.mid(eq + 1).trimmed();
        const QString textOrNull = value.isEmpty() ? QString() : value;
        if (field == QLatin1String("name")) {
            if (value.isEmpty())
                return Error{tr("name: an account needs a name"), ErrorKind::Invalid};
            changes.name = value;
        } else if (field == QLatin1String("external_id")) {
            changes.externalId = textOrNull;
        } else if (field == QLatin1String("csm")) {
            changes.csm = textOrNull;
        } else if (field == QLatin1String("touch")) {
            const auto touch = Stages::touchFromKey(value);
            if (!touch)
                return Error{tr("touch: '%1' is not a touch model (%2)")
                                 .arg(value, Stages::touchKeys().join(QStringLiteral(", "))),
                             ErrorKind::Invalid};
            changes.touch = *touch;
        } else if (field == QLatin1String("plan")) {
            changes.plan = textOrNull;
        } else if (field == QLatin1String("industry")) {
            changes.industry = textOrNull;
        } else if (field == QLatin1String("source")) {
            changes.source = textOrNull;
        } else if (field == QLatin1String("arr")) {
            auto amount = currency.parse(value);
            if (!amount)
                return Error{QStringLiteral("arr: ") + amount.error().message, ErrorKind::Invalid};
            changes.arr = *amount;
        } else if (field == QLatin1String("start") || field == QLatin1String("renewal")) {
            auto date = optionalDate(field, value);
            if (!date)
                return date.error();
            (field == QLatin1String("start") ? changes.startOn : changes.renewalOn) = *date;
        } else if (field == QLatin1String("stage")) {
            return Error{tr("stage: change the stage with 'csw stage set', which keeps its history"),
                         ErrorKind::Invalid};
        } else {
            return Error{tr("'%1' is not an account field (%2)")
                             .arg(field, fieldNames().join(QStringLiteral(", "))),
                         ErrorKind::Invalid};
        }
    }
    return changes;
}

bool AccountChanges::isEmpty() const
{
    return !name && !externalId && !csm && !touch && !plan && !industry && !source && !arr
           && !startOn && !renewalOn;
}

} // namespace csw
