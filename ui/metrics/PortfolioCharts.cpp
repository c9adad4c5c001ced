// SPDX-License-Identifier: MIT
#include "metrics/PortfolioCharts.h"

#include "common/Formatting.h"
#include "health/BandStyle.h"
#include "metrics/ChartParts.h"
#include "metrics/ChurnReasonChart.h"
#include "metrics/CohortHeatmap.h"
#include "metrics/PortfolioChart.h"
#include "voc/Voc.h"

#include <QBarCategoryAxis>
#include <QPen>
#include <QImage>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <iterator>
#include <numeric>

namespace csw {

namespace {

const QColor atRiskColour(0xc6, 0x28, 0x28);
const QColor steadyColour(0x4a, 0x78, 0xb5);
const QColor greyColour(0xb0, 0xb0, 0xb0);

using ChartParts::axes;
using ChartParts::barSet;
using ChartParts::fitFromZero;
using ChartParts::keepLabelsWhole;
using ChartParts::MoneyScale;
using ChartParts::moneyScale;
using ChartParts::noValue;
using ChartParts::scaled;

// A filled square of `colour`, the points of a second line.
QImage squareMarker(const QColor &colour)
{
    QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    return image;
}

// Twelve months share half a window: the month alone; the title gives the years.
QString monthLabel(const Date &day)
{
    return QLocale().toString(Formatting::toQDate(day), QStringLiteral("MMM"));
}

QString monthSpan(const Date &first, const Date &last)
{
    const QLocale locale;
    // Translated: a month reads "Nov 2026" in English, 2026年11月 in Japanese.
    const QString format = PortfolioCharts::tr("MMM yyyy", "the date format of a month and its year");
    return PortfolioCharts::tr("%1 – %2").arg(locale.toString(Formatting::toQDate(first), format),
                                               locale.toString(Formatting::toQDate(last), format));
}

// A scope's account filter, narrowed further by the caller.
AccountFilter scoped(const PortfolioData &data)
{
    AccountFilter filter;
    filter.csm = data.request.scope.csm;
    filter.touch = data.request.scope.touch;
    filter.segment = data.request.scope.segment;   // a churn chart's dates bring the churned ones in
    return filter;
}

void renewals(PortfolioChart &chart, const PortfolioData &data, const QList<RenewalBucket> &rows,
              const QStringList &categories, const Currency &currency)
{
    QChart *c = chart.chart();
    auto *series = new QStackedBarSeries(c);
    QBarSet *risk = barSet(Formatting::revenueText(PortfolioCharts::tr("ARR at risk")), atRiskColour, series);
    QBarSet *other = barSet(Formatting::revenueText(PortfolioCharts::tr("Other ARR")), steadyColour, series);
    Minor largest = 0;
    for (const RenewalBucket &row : rows)
        largest = std::max(largest, row.arr);
    const MoneyScale scale = moneyScale(largest, currency);
    QList<AccountFilter> filters;
    for (const RenewalBucket &row : rows) {
        risk->append(scaled(row.atRiskArr, scale));
        other->append(scaled(row.arr - row.atRiskArr, scale));
        AccountFilter f = scoped(data);
        f.renewalFrom = row.from;
        f.renewalTo = row.to;
        filters.append(f);
    }
    series->append(risk);
    series->append(other);
    c->addSeries(series);
    fitFromZero(axes(c, series, categories, scale.title), scaled(largest, scale));
    chart.setBarAccounts(risk, filters);
    chart.setBarAccounts(other, filters);
}

void churn(PortfolioChart &chart, const PortfolioData &data, const QList<ChurnGroup> &rows,
           QString AccountFilter::*field, const Currency &currency)
{
    QChart *c = chart.chart();
    auto *series = new QBarSeries(c);
    QBarSet *arr = barSet(Formatting::revenueText(PortfolioCharts::tr("Churned ARR")), atRiskColour, series);
    auto *accounts = new QScatterSeries(c);
    accounts->setName(PortfolioCharts::tr("Churned accounts"));
    accounts->setColor(QColor(0x33, 0x33, 0x33));
    accounts->setMarkerSize(9);
    // Of them, the early churn: within the book's early-churn months of their start.
    auto *early = new QScatterSeries(c);
    early->setName(PortfolioCharts::tr("Early churn (accounts, within %n month(s))", nullptr,
                                       data.settings.earlyChurnMonths));
    early->setColor(QColor(0xe6, 0x7e, 0x22));
    early->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    early->setMarkerSize(9);
    QStringList categories;
    QList<AccountFilter> filters;
    Minor largest = 0;
    for (const ChurnGroup &row : rows)
        largest = std::max(largest, row.arr);
    const MoneyScale scale = moneyScale(largest, currency);
    double topAccounts = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ChurnGroup &row = rows[i];
        categories << (row.value.isNull() ? noValue() : row.value);
        arr->append(scaled(row.arr, scale));
        accounts->append(qreal(i), qreal(row.accounts));
        early->append(qreal(i), qreal(row.early));
        topAccounts = std::max(topAccounts, double(row.accounts));
        AccountFilter f = scoped(data);
        f.stage = Stage::Churned;
        f.*field = row.value;
        f.churnedFrom = data.request.period.first();
        f.churnedTo = data.request.period.last();
        filters.append(f);
    }
    series->append(arr);
    c->addSeries(series);
    c->addSeries(accounts);
    c->addSeries(early);
    fitFromZero(axes(c, series, categories, scale.title), scaled(largest, scale));
    auto *right = new QValueAxis(c);
    right->setTitleText(PortfolioCharts::tr("Accounts"));
    right->setLabelFormat(QStringLiteral("%.0f"));
    fitFromZero(right, topAccounts);
    c->addAxis(right, Qt::AlignRight);
    accounts->attachAxis(right);
    early->attachAxis(right);
    // The scatter points sit on the bars' categories: 0 .. n-1 along a hidden value axis.
    auto *x = new QValueAxis(c);
    x->setRange(-0.5, qMax<qreal>(rows.size(), 1) - 0.5);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    accounts->attachAxis(x);
    early->attachAxis(x);
    chart.setBarAccounts(arr, filters);
}

} // namespace

QList<PortfolioChartSpec> PortfolioCharts::all()
{
    using Span = PortfolioChartSpec::Span;
    return {
        {QStringLiteral("healthByCsm"), tr("Health by CSM"), &PortfolioCharts::healthByCsm, Span::Today},
        {QStringLiteral("arrByStage"), tr("ARR by lifecycle stage"), &PortfolioCharts::arrByStage, Span::Today},
        {QStringLiteral("renewalWindows"), tr("Renewals due in the next 30, 60 and 90 days"),
         &PortfolioCharts::renewalWindows, Span::Today},
        {QStringLiteral("renewalMonths"), tr("Renewals by month"), &PortfolioCharts::renewalMonths},
        {QStringLiteral("retentionTrend"), tr("GRR and NRR"), &PortfolioCharts::retentionTrend},
        {QStringLiteral("churnBySource"), tr("Churn by acquisition source"),
         &PortfolioCharts::churnBySource, Span::Period},
        {QStringLiteral("churnByPlan"), tr("Churn by plan"), &PortfolioCharts::churnByPlan, Span::Period},
        {QStringLiteral("churnReasons"), tr("Churn reasons by acquisition source"), &ChurnReasonChart::fill,
         Span::Period},
        {QStringLiteral("churnReasonsByPlan"), tr("Churn reasons by plan"), &ChurnReasonChart::fillByPlan,
         Span::Period},
        {QStringLiteral("onboarding"), tr("Median days in onboarding by start quarter"),
         &PortfolioCharts::onboarding},
        {QStringLiteral("vocByKind"), tr("Voice of the customer by kind and hand-off"),
         &PortfolioCharts::vocByKind, Span::Period},
        {QStringLiteral("cohorts"), tr("Accounts still active (%) by start cohort and months since the start"),
         &CohortHeatmap::fill, Span::Own, true},
        {QStringLiteral("cohortsArr"), tr("ARR still held (%) by start cohort and months since the start"),
         &CohortHeatmap::fillArr, Span::Own, true},
    };
}

QString PortfolioCharts::titleFor(const PortfolioChartSpec &spec, const PortfolioData &data)
{
    switch (spec.span) {
    case PortfolioChartSpec::Span::Today:
        return tr("%1, as of %2").arg(Formatting::revenueText(spec.title), Formatting::date(data.request.today));
    case PortfolioChartSpec::Span::Period:
        return tr("%1, %2").arg(Formatting::revenueText(spec.title), data.request.period.shownLabel());
    case PortfolioChartSpec::Span::Own:
        break;
    }
    return Formatting::revenueText(spec.title);
}

void PortfolioCharts::healthByCsm(PortfolioChart &chart, const PortfolioData &data, const Currency &)
{
    QChart *c = chart.chart();
    auto *series = new QStackedBarSeries(c);
    QBarSet *sets[] = {barSet(Scorecard::bandLabel(Band::Red), BandStyle::strong(Band::Red), series),
                       barSet(Scorecard::bandLabel(Band::Yellow), BandStyle::strong(Band::Yellow), series),
                       barSet(Scorecard::bandLabel(Band::Green), BandStyle::strong(Band::Green), series),
                       barSet(tr("No score"), greyColour, series)};
    const Band bands[] = {Band::Red, Band::Yellow, Band::Green};
    QList<AccountFilter> filters[3];
    QStringList categories;
    double top = 0;
    for (const CsmHealth &row : data.healthByCsm) {
        categories << (row.csm.isNull() ? tr("(no CSM)") : row.csm);
        sets[0]->append(qreal(row.red));
        sets[1]->append(qreal(row.yellow));
        sets[2]->append(qreal(row.green));
        sets[3]->append(qreal(row.unscored));
        top = std::max(top, double(row.red + row.yellow + row.green + row.unscored));
        for (int b = 0; b < 3; ++b) {
            AccountFilter f = scoped(data);
            if (row.csm.isNull()) {
                filters[b].append(AccountFilter());   // no filter picks "no CSM": not clickable
                continue;
            }
            f.csm = row.csm;
            f.health = bands[b];
            filters[b].append(f);
        }
    }
    for (QBarSet *set : sets)
        series->append(set);
    c->addSeries(series);
    fitFromZero(axes(c, series, categories, tr("Active accounts")), top);
    for (int b = 0; b < 3; ++b)
        chart.setBarAccounts(sets[b], filters[b]);
}

void PortfolioCharts::arrByStage(PortfolioChart &chart, const PortfolioData &data,
                                 const Currency &currency)
{
    QChart *c = chart.chart();
    auto *series = new QBarSeries(c);
    QBarSet *arr = barSet(Formatting::revenueText(tr("ARR")), steadyColour, series);
    QStringList categories;
    QList<AccountFilter> filters;
    Minor largest = 0;
    for (const StageArr &row : data.arrByStage)
        largest = std::max(largest, row.arr);
    const MoneyScale scale = moneyScale(largest, currency);
    for (const StageArr &row : data.arrByStage) {
        categories << Stages::label(row.stage);
        arr->append(scaled(row.arr, scale));
        AccountFilter f = scoped(data);
        f.stage = row.stage;
        filters.append(f);
    }
    series->append(arr);
    series->setLabelsVisible(false);
    c->addSeries(series);
    fitFromZero(axes(c, series, categories, scale.title), scaled(largest, scale));
    c->legend()->setVisible(false);
    chart.setBarAccounts(arr, filters);
}

void PortfolioCharts::renewalWindows(PortfolioChart &chart, const PortfolioData &data,
                                     const Currency &currency)
{
    QStringList categories;
    for (int days : PortfolioReport::RenewalWindowDays)
        categories << tr("Next %1 days").arg(days);
    renewals(chart, data, data.renewalWindows, categories, currency);
}

void PortfolioCharts::renewalMonths(PortfolioChart &chart, const PortfolioData &data,
                                    const Currency &currency)
{
    QStringList categories;
    for (const RenewalBucket &row : data.renewalMonths)
        categories << monthLabel(row.to);
    if (!data.renewalMonths.isEmpty())
        chart.chart()->setTitle(tr("Renewals by month, %1")
                                    .arg(monthSpan(data.renewalMonths.constFirst().from,
                                                   data.renewalMonths.constLast().to)));
    renewals(chart, data, data.renewalMonths, categories, currency);
}

void PortfolioCharts::retentionTrend(PortfolioChart &chart, const PortfolioData &data,
                                     const Currency &)
{
    QChart *c = chart.chart();
    auto *grr = new QLineSeries(c);
    grr->setName(tr("GRR"));
    grr->setColor(steadyColour);
    auto *nrr = new QLineSeries(c);
    nrr->setName(tr("NRR"));
    nrr->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    double top = 100, bottom = 100;
    for (qsizetype i = 0; i < data.retention.size(); ++i) {
        const RetentionPoint &p = data.retention[i];
        categories << (p.period.kind() == Period::Kind::Month ? monthLabel(p.period.first())
                                                              : p.period.shownLabel());
        for (auto [series, value] : {std::pair{grr, p.grr}, std::pair{nrr, p.nrr}}) {
            if (!value)
                continue;   // n/a: no point
            series->append(qreal(i), *value * 100);
            top = std::max(top, *value * 100);
            bottom = std::min(bottom, *value * 100);
        }
    }
    if (!data.retention.isEmpty())
        c->setTitle(tr("GRR and NRR, %1")
                        .arg(monthSpan(data.retention.constFirst().period.first(),
                                       data.retention.constLast().period.last())));
    // Told apart without colour too (print, colour blindness): GRR a solid line with round
    // points, NRR a dashed one with square points.
    grr->setPen(QPen(grr->color(), 2.5));
    nrr->setPen(QPen(nrr->color(), 2.5, Qt::DashLine));
    nrr->setLightMarker(squareMarker(nrr->color()));
    for (QLineSeries *series : {grr, nrr}) {
        series->setPointsVisible(true);
        series->setMarkerSize(8);
        c->addSeries(series);
    }
    auto *x = new QBarCategoryAxis(c);
    x->append(categories);
    keepLabelsWhole(x);
    auto *y = new QValueAxis(c);
    y->setTitleText(Formatting::revenueText(tr("% of starting ARR")));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(std::max(0.0, std::floor(bottom / 10) * 10 - 10), std::ceil(top / 10) * 10 + 10);
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {grr, nrr}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void PortfolioCharts::churnBySource(PortfolioChart &chart, const PortfolioData &data,
                                    const Currency &currency)
{
    churn(chart, data, data.churnBySource, &AccountFilter::source, currency);
}

void PortfolioCharts::churnByPlan(PortfolioChart &chart, const PortfolioData &data,
                                  const Currency &currency)
{
    churn(chart, data, data.churnByPlan, &AccountFilter::plan, currency);
}

void PortfolioCharts::onboarding(PortfolioChart &chart, const PortfolioData &data, const Currency &)
{
    QChart *c = chart.chart();
    auto *series = new QBarSeries(c);
    QBarSet *median = barSet(tr("Median days"), steadyColour, series);
    QStringList categories;
    double top = 0;
    for (const OnboardingCohort &cohort : data.onboarding) {
        categories << cohort.quarter.shownLabel();
        median->append(cohort.medianDays.value_or(0));
        top = std::max(top, cohort.medianDays.value_or(0));
    }
    series->append(median);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);
    fitFromZero(axes(c, series, categories, tr("Median days")), top);
    c->legend()->setVisible(false);
}

void PortfolioCharts::vocByKind(PortfolioChart &chart, const PortfolioData &data, const Currency &currency)
{
    QChart *c = chart.chart();
    auto *series = new QStackedBarSeries(c);
    const QColor colours[] = {QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                              QColor(0x2e, 0x7d, 0x32)};
    constexpr int targetCount = int(std::size(colours));
    QList<QBarSet *> sets;
    for (qsizetype t = 0; t < VocNames::targets().size(); ++t)
        sets << barSet(VocNames::label(VocNames::targets()[t]), colours[t], series);
    auto *impact = new QScatterSeries(c);
    impact->setName(Formatting::revenueText(tr("Weighted ARR")));
    impact->setColor(QColor(0x33, 0x33, 0x33));
    impact->setMarkerSize(9);
    QStringList categories;
    Minor largest = 0;
    for (const VocGroup &g : data.voc)
        largest = std::max(largest, g.weightedArr);
    double topEntries = 0;
    QList<std::pair<qint64, Minor>> perKind;   // entries, weighted ARR
    for (VocKind kind : VocNames::kinds()) {
        const QString key = VocNames::key(kind);
        qint64 counts[targetCount] = {};
        Minor weighted = 0;
        for (const VocGroup &g : data.voc) {
            if (g.kind != key)
                continue;
            const qsizetype t = VocNames::targetKeys().indexOf(g.target);
            if (t >= 0 && t < targetCount)
                counts[t] += g.entries;
            weighted += g.weightedArr;
        }
        const qint64 entries = std::accumulate(std::begin(counts), std::end(counts), qint64(0));
        if (entries == 0)
            continue;
        categories << VocNames::label(kind);
        for (int t = 0; t < targetCount; ++t)
            sets[t]->append(qreal(counts[t]));
        topEntries = std::max(topEntries, double(entries));
        perKind.append({entries, weighted});
        largest = std::max(largest, weighted);
    }
    const MoneyScale scale = moneyScale(largest, currency);
    for (qsizetype i = 0; i < perKind.size(); ++i)
        impact->append(qreal(i), scaled(perKind[i].second, scale));
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    c->addSeries(series);
    c->addSeries(impact);
    fitFromZero(axes(c, series, categories, tr("Entries")), topEntries);
    auto *right = new QValueAxis(c);
    right->setTitleText(Formatting::revenueText(tr("Weighted %1")).arg(scale.title));
    fitFromZero(right, scaled(largest, scale));
    c->addAxis(right, Qt::AlignRight);
    impact->attachAxis(right);
    auto *x = new QValueAxis(c);
    x->setRange(-0.5, qMax<qreal>(categories.size(), 1) - 0.5);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    impact->attachAxis(x);
}

} // namespace csw
