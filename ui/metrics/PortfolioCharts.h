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
    // What a chart's figures are of, said in its title: the book as it is today, the period
    // picked (as the tiles), or a span its fill names itself (the months of a trend).
    enum class Span { Today, Period, Own };

    QString key;
    QString title;
    std::function<void(PortfolioChart &, const PortfolioData &, const Currency &)> fill;
    Span span = Span::Own;
    bool wide = false;   // takes a row of its own (the cohort heat map's many cells)
};

// The portfolio charts, built with Qt Charts from PortfolioData. all() is the one place that
// lists them: a new chart (VOC by impact, say) is one more entry there.
class PortfolioCharts final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCharts)

public:
    static QList<PortfolioChartSpec> all();
    // The chart's title with what its figures are of: "as of" today, or the period.
    static QString titleFor(const PortfolioChartSpec &spec, const PortfolioData &data);

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
