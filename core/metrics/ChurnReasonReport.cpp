// SPDX-License-Identifier: MIT
#include "metrics/ChurnReasonReport.h"

#include "accounts/ChurnReasons.h"
#include "book/Book.h"

#include <QSqlQuery>

#include <algorithm>

namespace csw {

Expected<QList<ChurnReasonGroup>> ChurnReasonReport::compute(const Period &period, By by) const
{
    const QString column = by == By::Source ? QStringLiteral("a.source")
                           : by == By::Plan ? QStringLiteral("a.plan")
                                            : QStringLiteral("NULL");
    QVariantList values{Dates::toIso(period.first()), Dates::toIso(period.last())};
    // Each churn's lost ARR is its churn ARR event of that day (none when it had no ARR).
    const QString sql =
        QStringLiteral("SELECT COALESCE(s.reason_code, ''), COALESCE(%1, ''), COUNT(*), SUM(%3) "
                       "FROM stage_event s JOIN account a ON a.id = s.account_id "
                       "WHERE s.stage = 'churned' AND s.entered_on >= ? AND s.entered_on <= ?%2 "
                       "GROUP BY COALESCE(s.reason_code, ''), COALESCE(%1, '')")
            .arg(column, m_scope.andSql(QStringLiteral("a"), values), ChurnReasons::lostArrSql(QStringLiteral("s")));
    auto q = m_book.stream(sql, values);
    if (!q)
        return q.error();
    QList<ChurnReasonGroup> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                     q->value(3).toLongLong()});
    std::sort(rows.begin(), rows.end(), [](const ChurnReasonGroup &a, const ChurnReasonGroup &b) {
        if (a.arr != b.arr)
            return a.arr > b.arr;
        if (a.churns != b.churns)
            return a.churns > b.churns;
        return std::tie(a.code, a.value) < std::tie(b.code, b.value);
    });
    return rows;
}

} // namespace csw
