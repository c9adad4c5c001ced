// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"
#include "metrics/PortfolioReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace csw {

class PortfolioChart;

// One chart of the portfolio view: its key (the chart's object name), its title, and how it
// is filled from the computed data.
struct PortfolioChartSpec
{
    QString key;
    QString title;
    std::function<void(PortfolioChart &, const PortfolioData &, const Currency &)> fill;
};

// The portfolio charts, built with Qt Charts from PortfolioData. all() is the one place that
// lists them: a new chart (VOC by impact, say) is one more entry there.
class PortfolioCharts final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCharts)

public:
    static QList<PortfolioChartSpec> all();

    static void healthByCsm(PortfolioChart &chart, const PortfolioData &data, const Currency &);
    static void arrByStage(PortfolioChart &chart, const PortfolioData &data, const Currency &currency);
    static void renewalWindows(PortfolioChart &chart, const PortfolioData &data,
                               const Currency &currency);
    static void renewalMonths(PortfolioChart &chart, const PortfolioData &data,
                              const Currency &currency);
    static void retentionTrend(PortfolioChart &chart, const PortfolioData &data, const Currency &);
    static void churnBySource(PortfolioChart &chart, const PortfolioData &data,
                              const Currency &currency);
    static void churnByPlan(PortfolioChart &chart, const PortfolioData &data,
                            const Currency &currency);
    static void onboarding(PortfolioChart &chart, const PortfolioData &data, const Currency &);
    static void vocByKind(PortfolioChart &chart, const PortfolioData &data, const Currency &currency);
};

} // namespace csw
