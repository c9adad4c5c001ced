// SPDX-License-Identifier: MIT
#pragma once

#include "stages/Stage.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace csw {

// Which accounts portfolio figures are about: one CSM's, one touch model's, or all of them.
// Empty members do not narrow.
struct PortfolioScope
{
    QString csm;
    std::optional<Touch> touch;

    bool isEmpty() const { return csm.isEmpty() && !touch; }
    // " AND a.csm = ? AND a.touch = ?" for an account table aliased `alias`, with the values
    // appended to `values` in that order; empty for an empty scope.
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
        return sql;
    }
    bool operator==(const PortfolioScope &) const = default;
};

} // namespace csw
