// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"

#include <QString>

#include <optional>

namespace csw {

// The counts and sums behind one row of KPIs, as read from the book for one group of
// accounts. Money is in minor units. Sums of groups add up to the total.
struct KpiCounts
{
    qint64 accountsStart = 0;     // active on the day before the period
    qint64 accountsEnd = 0;       // active on the period's last day
    qint64 newAccounts = 0;       // started in the period
    qint64 churnedAccounts = 0;   // churned in the period (any account)
    qint64 churnedFromStart = 0;  // of those, the ones active at the start
    qint64 earlyChurned = 0;      // of the churned, those that churned within the early-churn
                                  // months of beginning (KpiSettings::earlyChurnMonths)
    Minor startArr = 0;           // ARR of the accounts active at the start, at the start
    Minor expansionArr = 0;       // their rises in the period (expansion, reactivation)
    Minor contractionArr = 0;     // their falls in the period other than churn
    Minor churnedArr = 0;         // their churn drops in the period
    Minor endArr = 0;             // ARR of the accounts active at the end, at the end
    qint64 renewalsDue = 0;       // accounts with a renewal that fell in the period (once each,
                                  // however often a monthly contract renewed)
    qint64 renewalsDone = 0;      // of those, the ones renewed
    Minor renewalArrDue = 0;      // the ARR up for those renewals
    Minor renewalArrDone = 0;     // of it, the ARR of the ones renewed
    qint64 npsAnswers = 0;        // NPS answers given in the period
    qint64 npsPromoters = 0;      // of those, 9 or 10
    qint64 npsDetractors = 0;     // of those, 0 to 6

    KpiCounts &operator+=(const KpiCounts &other);
    bool operator==(const KpiCounts &) const = default;
};

// One row of `csw report kpis`: a group's counts and the ratios and amounts made from them.
// A ratio or amount without a denominator (no accounts, no ARR) is nullopt: "n/a".
struct KpiRow
{
    QString group;        // the group's value; null for accounts without one, or the total
    bool total = false;
    KpiCounts counts;
    std::optional<double> logoChurnRate;   // churnedFromStart / accountsStart
    std::optional<double> grr;             // (start - contraction - churned) / start, 0..1
    std::optional<double> nrr;             // (start + expansion - contraction - churned) / start
    std::optional<double> revenueChurnRate;      // churned ARR / start ARR
    std::optional<double> netRevenueChurnRate;   // (churned + contraction - expansion) / start: 1 - NRR
    std::optional<Minor> arpa;             // endArr / accountsEnd
    std::optional<Minor> ltv;              // monthly ARPA x margin / monthly logo churn
    std::optional<double> nps;             // % promoters - % detractors, -100..100
    std::optional<double> renewalRate;     // renewalsDone / renewalsDue
    std::optional<double> renewalRateArr;  // renewalArrDone / renewalArrDue
    std::optional<double> earlyChurnShare; // earlyChurned / churnedAccounts

    // Derives the ratios from `counts` for a period of `months` months.
    static KpiRow make(const QString &group, const KpiCounts &counts, double months,
                       double grossMarginPercent);
};

} // namespace csw
