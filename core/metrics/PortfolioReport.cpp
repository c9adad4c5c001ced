// SPDX-License-Identifier: MIT
#include "metrics/PortfolioReport.h"

#include "book/Book.h"

namespace csw {

Period PortfolioReport::defaultPeriod(const Date &today, int fiscalYearStartMonth)
{
    return Period::fiscalYearOf(today, fiscalYearStartMonth);
}

QList<Period> PortfolioReport::trendPeriods(const PortfolioRequest &request, int fiscalYearStartMonth)
{
    const Date end = std::min(request.period.last(), request.today);
    QList<Period> periods;
    if (request.trendStep == PortfolioRequest::TrendStep::Month) {
        Period month = Period::month(end.year(), end.month());
        for (int i = 0; i < TrendMonths; ++i, month = month.previous())
            periods.prepend(month);
    } else {
        Period quarter = Period::fiscalQuarterOf(end, fiscalYearStartMonth);
        for (int i = 0; i < TrendQuarters; ++i, quarter = quarter.previous())
            periods.prepend(quarter);
    }
    return periods;
}

Expected<PortfolioData> PortfolioReport::compute(const Book &book, const PortfolioRequest &request,
                                                 const std::atomic_bool *cancel,
                                                 const std::function<void(const PortfolioData &)> &partial)
{
    const auto stopped = [cancel] { return cancel && cancel->load(); };
    const Error cancelled{tr("the portfolio computation was cancelled")};
    PortfolioData data;
    data.request = request;
    // A period still running is measured to date, against the same stretch before it.
    data.request.period = request.period.toDate(request.today);
    const Period &period = data.request.period;
    const auto settings = KpiSettings::load(book);
    if (!settings)
        return settings.error();
    data.settings = *settings;

    const KpiEngine engine(book, request.scope);
    const auto kpis = [&](const Period &period) {
        return engine.compute(period, KpiGrouping::None, data.settings, request.today);
    };
    const auto current = kpis(period);
    if (!current)
        return current.error();
    data.current = current->total;
    const auto previous = kpis(period.previous());
    if (!previous)
        return previous.error();
    data.previous = previous->total;

    const PortfolioQueries queries(book, request.scope);
    const Date until = std::min(period.last(), request.today);
    // Each step fills one member; any failure ends the computation with its error.
    const std::function<Status()> steps[] = {
        [&]() -> Status {
            auto r = queries.healthByCsm();
            if (!r)
                return r.error();
            data.healthByCsm = *r;
            return {};
        },
        [&]() -> Status {
            auto r = queries.arrByStage();
            if (!r)
                return r.error();
            data.arrByStage = *r;
            return {};
        },
        [&]() -> Status {
            QList<int> days(std::begin(RenewalWindowDays), std::end(RenewalWindowDays));
            auto r = queries.renewalWindows(request.today, days);
            if (!r)
                return r.error();
            data.renewalWindows = *r;
            auto m = queries.renewalsByMonth(request.today, RenewalMonths);
            if (!m)
                return m.error();
            data.renewalMonths = *m;
            return {};
        },
        [&]() -> Status {
            auto s = queries.churnBy(PortfolioQueries::ChurnField::Source, period, data.settings.earlyChurnMonths);
            if (!s)
                return s.error();
            data.churnBySource = *s;
            auto p = queries.churnBy(PortfolioQueries::ChurnField::Plan, period, data.settings.earlyChurnMonths);
            if (!p)
                return p.error();
            data.churnByPlan = *p;
            auto reasons = ChurnReasonReport(book, request.scope).compute(period, ChurnReasonReport::By::Source);
            if (!reasons)
                return reasons.error();
            data.churnReasons = *reasons;
            auto byPlan = ChurnReasonReport(book, request.scope).compute(period, ChurnReasonReport::By::Plan);
            if (!byPlan)
                return byPlan.error();
            data.churnReasonsByPlan = *byPlan;
            auto list = ChurnReasons::all(book, true);
            if (!list)
                return list.error();
            data.reasonList = *list;
            auto v = queries.vocByKind(period);
            if (!v)
                return v.error();
            data.voc = *v;
            return {};
        },
        [&]() -> Status {
            auto r = queries.onboardingByCohort(until, OnboardingQuarters, data.settings.fiscalYearStartMonth);
            if (!r)
                return r.error();
            data.onboarding = *r;
            return {};
        },
        [&]() -> Status {   // cut as the retention trend steps: months, or fiscal quarters
            CohortRequest cohorts{.step = request.trendStep == PortfolioRequest::TrendStep::Quarter
                                              ? CohortRequest::Step::Quarter
                                              : CohortRequest::Step::Month,
                                  .fiscalYearStartMonth = data.settings.fiscalYearStartMonth,
                                  .months = CohortMonths,
                                  .today = until,
                                  .scope = request.scope};
            auto r = Cohorts::compute(book, cohorts);
            if (!r)
                return r.error();
            data.cohorts = *r;
            return {};
        },
    };
    for (const auto &step : steps) {
        if (stopped())
            return cancelled;
        if (const Status ok = step(); !ok)
            return ok.error();
    }
    if (partial)
        partial(data);
    for (const Period &period : trendPeriods(data.request, data.settings.fiscalYearStartMonth)) {
        if (stopped())
            return cancelled;
        const auto report = kpis(period);
        if (!report)
            return report.error();
        data.retention.append(RetentionPoint{period, report->total.grr, report->total.nrr});
    }
    return data;
}

} // namespace csw
