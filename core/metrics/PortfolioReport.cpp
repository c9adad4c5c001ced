// SPDX-License-Identifier: MIT
#include "metrics/PortfolioReport.h"

#include "book/Book.h"

namespace csw {

namespace {

// What each step of the computation reads, and the data it fills.
struct StepInput
{
    const Book &book;
    const PortfolioRequest &request;
    const PortfolioQueries &queries;
    const Period &period;   // as measured: to date when it is still running
    Date until;             // the period's end, or today when that is earlier
    PortfolioData &data;
};

// Puts `result` into `into`, unless it is an error.
template<typename T>
Status take(Expected<T> &&result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(*result);
    return {};
}

Status healthByCsm(const StepInput &in)
{
    return take(in.queries.healthByCsm(), in.data.healthByCsm);
}

Status arrByStage(const StepInput &in)
{
    return take(in.queries.arrByStage(), in.data.arrByStage);
}

Status renewals(const StepInput &in)
{
    const QList<int> days(std::begin(PortfolioReport::RenewalWindowDays), std::end(PortfolioReport::RenewalWindowDays));
    if (auto ok = take(in.queries.renewalWindows(in.request.today, days), in.data.renewalWindows); !ok)
        return ok;
    return take(in.queries.renewalsByMonth(in.request.today, PortfolioReport::RenewalMonths), in.data.renewalMonths);
}

// The churns of the period, by source, plan and reason; and the VOC logged in it.
Status churnsAndVoc(const StepInput &in)
{
    using Field = PortfolioQueries::ChurnField;
    const int early = in.data.settings.earlyChurnMonths;
    if (auto ok = take(in.queries.churnBy(Field::Source, in.period, early), in.data.churnBySource); !ok)
        return ok;
    if (auto ok = take(in.queries.churnBy(Field::Plan, in.period, early), in.data.churnByPlan); !ok)
        return ok;
    const ChurnReasonReport reasons(in.book, in.request.scope);
    if (auto ok = take(reasons.compute(in.period, ChurnReasonReport::By::Source), in.data.churnReasons); !ok)
        return ok;
    if (auto ok = take(reasons.compute(in.period, ChurnReasonReport::By::Plan), in.data.churnReasonsByPlan); !ok)
        return ok;
    if (auto ok = take(ChurnReasons::all(in.book, true), in.data.reasonList); !ok)
        return ok;
    return take(in.queries.vocByKind(in.period), in.data.voc);
}

Status onboarding(const StepInput &in)
{
    return take(in.queries.onboardingByCohort(in.until, PortfolioReport::OnboardingQuarters,
                                              in.data.settings.fiscalYearStartMonth),
                in.data.onboarding);
}

// Cut as the retention trend steps: months, or fiscal quarters.
Status cohorts(const StepInput &in)
{
    const CohortRequest asked{.step = in.request.trendStep == PortfolioRequest::TrendStep::Quarter
                                         ? CohortRequest::Step::Quarter
                                         : CohortRequest::Step::Month,
                              .fiscalYearStartMonth = in.data.settings.fiscalYearStartMonth,
                              .months = PortfolioReport::CohortMonths,
                              .today = in.until,
                              .scope = in.request.scope};
    return take(Cohorts::compute(in.book, asked), in.data.cohorts);
}

// Each step fills its members; any failure ends the computation with its error. Cancelling is
// looked at between them.
constexpr Status (*Steps[])(const StepInput &) = {healthByCsm, arrByStage, renewals, churnsAndVoc,
                                                   onboarding, cohorts};

} // namespace

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
    const Error cancelled{tr("the portfolio computation was cancelled"), ErrorKind::Cancelled};
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
    const StepInput input{book, request, queries, period, std::min(period.last(), request.today), data};
    for (const auto step : Steps) {
        if (stopped())
            return cancelled;
        if (const Status ok = step(input); !ok)
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
