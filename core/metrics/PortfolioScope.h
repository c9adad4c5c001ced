// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"
#include "stages/Stage.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace csw {

// Which accounts portfolio figures are about: one CSM's, one touch model's, a segment's (its
// conditions as the accounts stand today, churned ones included), or all of them. Empty
// members do not narrow.
struct PortfolioScope
{
    QString csm;
    std::optional<Touch> touch;
    QList<SegmentCondition> segment;

    bool isEmpty() const { return csm.isEmpty() && !touch && segment.isEmpty(); }
    // " AND a.csm = ? AND a.touch = ? AND a.id IN (…)" for an account table aliased `alias`, with
    // the values appended to `values` in that order; empty for an empty scope.
    QString andSql(const QString &alias, QVariantList &values) const
    {
        QString sql;
        if (!csm.isEmpty()) {
            sql += QStringLiteral(" AND %1.csm = ?").arg(alias);
            values << csm;
        }
        if (touch) {
            sql += QStringLiteral(" AND %1.touch = ?").arg(alias);
            values << Stages::key(*touch);
        }
        if (!segment.isEmpty())
            sql += QStringLiteral(" AND ")
                   + SegmentRules::membersSql(alias + QStringLiteral(".id"), segment, Dates::today(), values);
        return sql;
    }
    bool operator==(const PortfolioScope &) const = default;
};

} // namespace csw
