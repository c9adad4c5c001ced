// SPDX-License-Identifier: MIT
#include "accounts/AccountFields.h"

#include "accounts/Account.h"
#include "accounts/AccountRepository.h"

#include <QHash>

namespace csw {

AccountFields differingFields(const Account &before, const Account &after)
{
    AccountFields fields;
    const auto mark = [&fields](bool differs, AccountField field) {
        if (differs)
            fields |= field;
    };
    mark(before.name != after.name || before.externalId != after.externalId, AccountField::Name);
    mark(before.csm != after.csm, AccountField::Csm);
    mark(before.touch != after.touch, AccountField::Touch);
    mark(before.plan != after.plan || before.industry != after.industry || before.source != after.source,
         AccountField::Plan);
    mark(before.arr != after.arr, AccountField::Arr);
    mark(before.startOn != after.startOn, AccountField::Start);
    mark(before.renewalOn != after.renewalOn, AccountField::Renewal);
    mark(before.stage != after.stage || before.churnedOn != after.churnedOn
             || before.churnReason != after.churnReason || before.churnReasonCode != after.churnReasonCode,
         AccountField::Stage);
    mark(before.healthScore != after.healthScore || before.healthBand != after.healthBand,
         AccountField::Health);
    mark(before.version != after.version || before.changedBy != after.changedBy
             || before.changedAt != after.changedAt,
         AccountField::Version);
    return fields;
}

AccountFields fieldsOfColumns(const QStringList &columns)
{
    static const QHash<QString, AccountField> byColumn = {
        {QStringLiteral("name"), AccountField::Name},
        {QStringLiteral("external_id"), AccountField::Name},
        {QStringLiteral("search_key"), AccountField::Name},
        {QStringLiteral("csm"), AccountField::Csm},
        {QStringLiteral("touch"), AccountField::Touch},
        {QStringLiteral("plan"), AccountField::Plan},
        {QStringLiteral("industry"), AccountField::Plan},
        {QStringLiteral("source"), AccountField::Plan},
        {QStringLiteral("arr"), AccountField::Arr},
        {QStringLiteral("start_on"), AccountField::Start},
        {QStringLiteral("renewal_on"), AccountField::Renewal},
        {QStringLiteral("stage"), AccountField::Stage},
        {QStringLiteral("stage_on"), AccountField::Stage},
        {QStringLiteral("churned_on"), AccountField::Stage},
        {QStringLiteral("churn_reason"), AccountField::Stage},
        {QStringLiteral("churn_reason_code"), AccountField::Stage},
        {QStringLiteral("health_score"), AccountField::Health},
        {QStringLiteral("health_band"), AccountField::Health},
        {QStringLiteral("row_version"), AccountField::Version},
        {QStringLiteral("changed_by"), AccountField::Version},
        {QStringLiteral("changed_at"), AccountField::Version},
    };
    AccountFields fields;
    for (const QString &column : columns) {
        const auto found = byColumn.constFind(column);
        if (found == byColumn.cend())
            return AnyAccountField;
        fields |= *found;
    }
    return fields;
}

AccountFields fieldsOf(const AccountFilter &filter)
{
    AccountFields fields;
    if (!filter.csm.isEmpty())
        fields |= AccountField::Csm;
    if (filter.stage || filter.churnedFrom || filter.churnedTo)
        fields |= AccountField::Stage;
    if (filter.touch)
        fields |= AccountField::Touch;
    if (filter.health)
        fields |= AccountField::Health;
    if (!filter.search.isEmpty())
        fields |= AccountField::Name | AccountField::Csm;
    if (!filter.plan.isEmpty() || !filter.source.isEmpty())
        fields |= AccountField::Plan;
    if (filter.renewalFrom || filter.renewalTo)
        fields |= AccountField::Renewal;
    if (!filter.segment.isEmpty())   // any field or measure may be named
        fields |= AnyAccountField;
    return fields;
}

AccountFields fieldsOf(AccountSort sort)
{
    switch (sort) {
    case AccountSort::Id:
        return {};
    case AccountSort::Name:
        return AccountField::Name;
    case AccountSort::Csm:
        return AccountField::Csm;
    case AccountSort::Touch:
        return AccountField::Touch;
    case AccountSort::Plan:
        return AccountField::Plan;
    case AccountSort::Stage:
        return AccountField::Stage;
    case AccountSort::Arr:
        return AccountField::Arr;
    case AccountSort::Renewal:
        return AccountField::Renewal;
    case AccountSort::Health:
        return AccountField::Health;
    }
    return AnyAccountField;
}

} // namespace csw
