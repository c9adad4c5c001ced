// SPDX-License-Identifier: MIT
#include "metrics/Kpis.h"

#include <algorithm>
#include <cmath>

namespace csw {

namespace {

std::optional<double> ratio(long double numerator, long double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator / denominator);
}

// a / b rounded half away from zero, in integers: no floating point for money.
Minor roundedDivision(Minor a, qint64 b)
{
    const Minor half = b / 2;
    return a >= 0 ? (a + half) / b : (a - half) / b;
}

} // namespace

KpiCounts &KpiCounts::operator+=(const KpiCounts &o)
{
    accountsStart += o.accountsStart;
    accountsEnd += o.accountsEnd;
    newAccounts += o.newAccounts;
    churnedAccounts += o.churnedAccounts;
    earlyChurned += o.earlyChurned;
    churnedFromStart += o.churnedFromStart;
    startArr += o.startArr;
    expansionArr += o.expansionArr;
    contractionArr += o.contractionArr;
    churnedArr += o.churnedArr;
    endArr += o.endArr;
    renewalsDue += o.renewalsDue;
    renewalsDone += o.renewalsDone;
    renewalArrDue += o.renewalArrDue;
    renewalArrDone += o.renewalArrDone;
    npsAnswers += o.npsAnswers;
    npsPromoters += o.npsPromoters;
    npsDetractors += o.npsDetractors;
    return *this;
}

KpiRow KpiRow::make(const QString &group, const KpiCounts &c, double months,
                    double grossMarginPercent)
{
    KpiRow row;
    row.group = group;
    row.counts = c;
    row.logoChurnRate = ratio(c.churnedFromStart, c.accountsStart);
    const long double start = c.startArr;
    const long double kept = start - c.contractionArr - c.churnedArr;
    if (const auto grr = ratio(kept, start))
        row.grr = std::clamp(*grr, 0.0, 1.0);
    if (const auto nrr = ratio(kept + c.expansionArr, start))
        row.nrr = std::max(*nrr, 0.0);
    row.revenueChurnRate = ratio((long double)c.churnedArr, start);
    row.netRevenueChurnRate = ratio((long double)c.churnedArr + c.contractionArr - c.expansionArr, start);
    if (c.accountsEnd > 0)
        row.arpa = roundedDivision(c.endArr, c.accountsEnd);
    // LTV = (ARPA / 12) x margin / (logo churn rate / months): an estimate from ratios, so
    // computed in long double from the exact sums and rounded once to minor units.
    if (c.accountsEnd > 0 && c.churnedFromStart > 0 && months > 0) {
        const long double monthlyArpa = (long double)c.endArr / c.accountsEnd / 12;
        const long double monthlyChurn =
            (long double)c.churnedFromStart / c.accountsStart / (long double)months;
        row.ltv = Minor(std::llround(monthlyArpa * grossMarginPercent / 100 / monthlyChurn));
    }
    row.renewalRate = ratio(c.renewalsDone, c.renewalsDue);
    row.renewalRateArr = ratio((long double)c.renewalArrDone, (long double)c.renewalArrDue);
    row.earlyChurnShare = ratio(c.earlyChurned, c.churnedAccounts);
    if (c.npsAnswers > 0)
        row.nps = 100.0 * double(c.npsPromoters - c.npsDetractors) / double(c.npsAnswers);
    return row;
}

} // namespace csw
