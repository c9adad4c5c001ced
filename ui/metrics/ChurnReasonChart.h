// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"
#include "metrics/PortfolioReport.h"

#include <QCoreApplication>

namespace csw {

class PortfolioChart;

// Why customers left in the period: the churned ARR of each churn reason (most first), each
// bar stacked by the accounts' acquisition source or plan (the five largest, the rest together), and
// the number of churns as points on a second axis. Marketing's question: which channels bring
// the customers who leave, and why.
class ChurnReasonChart final
{
    Q_DECLARE_TR_FUNCTIONS(ChurnReasonChart)

public:
    static constexpr int ShownSources = 5;
    // PortfolioChartSpec's fills: stacked by acquisition source, and by plan.
    static void fill(PortfolioChart &chart, const PortfolioData &data, const Currency &currency);
    static void fillByPlan(PortfolioChart &chart, const PortfolioData &data, const Currency &currency);

private:
    static void fillWith(PortfolioChart &chart, const PortfolioData &data, const QList<ChurnReasonGroup> &groups,
                         const QString &others, const Currency &currency);
};

} // namespace csw
