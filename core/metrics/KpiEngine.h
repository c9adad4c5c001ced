// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "metrics/KpiSettings.h"
#include "metrics/Kpis.h"
#include "metrics/Period.h"
#include "metrics/PortfolioScope.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace csw {

class Book;
struct AccountFacts;
struct KpiGroups;
struct KpiDays;

// What KPI rows are cut by: an account's current field of that name.
enum class KpiGrouping { None, Csm, Touch, Plan, Source, Industry };

// The KPIs of one period: a row per group (sorted; accounts without a value last) and the
// total over all accounts.
struct KpiReport
{
    Period period;
    KpiGrouping grouping = KpiGrouping::None;
    QList<KpiRow> groups;   // empty without a grouping
    KpiRow total;
};

// Computes the portfolio KPIs of DOMAIN.md for a period from the book's history (ARR, stage
// and renewal events), with a handful of queries that each read a table once, grouped by
// account, whatever the number of accounts. The definitions are in README.md ("KPIs").
class KpiEngine final
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)

public:
    // Counts only the accounts in `scope` (a CSM's, a touch model's); all of them by default.
    explicit KpiEngine(const Book &book, PortfolioScope scope = {})
        : m_book(book), m_scope(std::move(scope))
    {
    }

    static std::optional<KpiGrouping> groupingFromKey(const QString &key);
    static QString groupingKey(KpiGrouping grouping);
    static QStringList groupingKeys();   // csm, touch, plan, source, industry

    // `today` bounds the renewals that count as missed: a renewal date still to come in the
    // period is not due yet.
    Expected<KpiReport> compute(const Period &period, KpiGrouping grouping,
                                const KpiSettings &settings,
                                const Date &today = Dates::today()) const;

private:
    // The ids in the scope's segment as the accounts stand `today`; none when it has no segment.
    Expected<std::optional<QSet<qint64>>> segmentMembers(const Date &today) const;
    Status readAccounts(const KpiDays &days, KpiGrouping grouping, const KpiSettings &settings,
                        const std::optional<QSet<qint64>> &members, std::vector<AccountFacts> &facts,
                        KpiGroups &groups) const;

    const Book &m_book;
    PortfolioScope m_scope;
};

} // namespace csw
