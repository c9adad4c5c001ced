// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "accounts/ChurnReasons.h"
#include "metrics/ChurnReasonReport.h"
#include "metrics/Cohorts.h"
#include "metrics/KpiEngine.h"
#include "metrics/PortfolioQueries.h"
#include "metrics/PortfolioScope.h"

#include <QList>

#include <atomic>
#include <functional>

namespace csw {

class Book;

// What the portfolio view asks for: a period, the accounts in scope, how the retention trend
// steps, and the day it is computed on.
struct PortfolioRequest
{
    enum class TrendStep { Month, Quarter };

    Period period;
    PortfolioScope scope;
    TrendStep trendStep = TrendStep::Month;
    Date today = Dates::today();
};

// GRR and NRR of one period of the trend.
struct RetentionPoint
{
    Period period;
    std::optional<double> grr;
    std::optional<double> nrr;
};

// Everything the portfolio view shows, computed together from one book.
struct PortfolioData
{
    PortfolioRequest request;
    KpiSettings settings;
    KpiRow current;    // the KPIs of the period
    KpiRow previous;   // and of the period before it
    QList<CsmHealth> healthByCsm;
    QList<StageArr> arrByStage;
    QList<RenewalBucket> renewalWindows;   // next 30, 60, 90 days
    QList<RenewalBucket> renewalMonths;    // the next 12 months
    QList<RetentionPoint> retention;       // 12 months or 8 quarters up to the period's end
    QList<ChurnGroup> churnBySource;
    QList<ChurnGroup> churnByPlan;
    QList<ChurnReasonGroup> churnReasons;  // churns of the period by reason and source
    QList<ChurnReasonGroup> churnReasonsByPlan;   // and by reason and plan
    QList<ChurnReason> reasonList;         // every reason, retired too, for their labels
    QList<OnboardingCohort> onboarding;    // 8 start quarters up to the period's end
    QList<VocGroup> voc;                   // VOC logged in the period, by kind and target
    QList<CohortRow> cohorts;              // logo and ARR retention by start cohort, 18 months
};

// Computes PortfolioData: the KPI engine for the period, the one before and each trend step,
// and the portfolio queries. Synchronous; the view runs it on a worker thread with a Book of
// its own.
class PortfolioReport final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReport)

public:
    static constexpr int RenewalWindowDays[] = {30, 60, 90};
    static constexpr int RenewalMonths = 12;
    static constexpr int TrendMonths = 12;
    static constexpr int TrendQuarters = 8;
    static constexpr int OnboardingQuarters = 8;
    static constexpr int CohortMonths = 18;   // cohorts back, and months followed

    // The default period: the fiscal year holding `today`.
    static Period defaultPeriod(const Date &today, int fiscalYearStartMonth);
    // The periods of the retention trend: the last months or quarters up to `request`'s
    // period's end (or today, when that is earlier).
    static QList<Period> trendPeriods(const PortfolioRequest &request, int fiscalYearStartMonth);

    // Stops early with an error when `cancel` becomes true. `partial`, when given, gets the
    // data without the retention trend (the slowest part: one KPI run per step) first.
    static Expected<PortfolioData> compute(const Book &book, const PortfolioRequest &request,
                                           const std::atomic_bool *cancel = nullptr,
                                           const std::function<void(const PortfolioData &)> &partial = {});
};

} // namespace csw
