// SPDX-License-Identifier: MIT
#include "metrics/ChurnReasonChart.h"

#include "i18n/Translations.h"
#include "metrics/ChartParts.h"
#include "metrics/PortfolioChart.h"

#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace csw {

namespace {

// Distinct, readable side by side; the last is the rest.
const QColor sourceColours[] = {QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x7d, 0x32),
                                QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0x9e, 0x9e, 0x9e)};

template<typename Key>
QList<Key> largestFirst(const QHash<Key, Minor> &totals)
{
    QList<Key> keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        return totals[a] != totals[b] ? totals[a] > totals[b] : a < b;
    });
    return keys;
}

} // namespace

void ChurnReasonChart::fill(PortfolioChart &chart, const PortfolioData &data, const Currency &currency)
{
    fillWith(chart, data, data.churnReasons, tr("Other sources"), currency);
}

void ChurnReasonChart::fillByPlan(PortfolioChart &chart, const PortfolioData &data, const Currency &currency)
{
    fillWith(chart, data, data.churnReasonsByPlan, tr("Other plans"), currency);
}

void ChurnReasonChart::fillWith(PortfolioChart &chart, const PortfolioData &data,
                                const QList<ChurnReasonGroup> &groups, const QString &others, const Currency &currency)
{
    using namespace ChartParts;
    QHash<QString, Minor> byReason, bySource;
    QHash<QString, qint64> churns;
    for (const ChurnReasonGroup &g : groups) {
        byReason[g.code] += g.arr;
        bySource[g.value] += g.arr;
        churns[g.code] += g.churns;
    }
    const QList<QString> reasons = largestFirst(byReason);
    QList<QString> sources = largestFirst(bySource);
    const bool rest = sources.size() > ShownSources;
    sources = sources.mid(0, ShownSources);

    QHash<QString, QString> labels;
    for (const ChurnReason &r : data.reasonList)
        labels.insert(r.code, r.label(Translations::current()));
    QStringList categories;
    for (const QString &code : reasons)
        categories << (code.isEmpty() ? tr("(no reason chosen)") : labels.value(code, code));

    QChart *c = chart.chart();
    auto *series = new QStackedBarSeries(c);
    QList<QBarSet *> sets;
    for (qsizetype i = 0; i < sources.size(); ++i)
        sets << barSet(sources[i].isEmpty() ? noValue() : sources[i], sourceColours[i], series);
    if (rest)
        sets << barSet(others, sourceColours[ShownSources], series);
    Minor largest = 0;
    for (const QString &code : reasons)
        largest = std::max(largest, byReason[code]);
    const MoneyScale scale = moneyScale(largest, currency);
    auto *count = new QScatterSeries(c);
    count->setName(tr("Churns"));
    count->setColor(QColor(0x33, 0x33, 0x33));
    count->setMarkerSize(9);
    double topChurns = 0;
    for (qsizetype r = 0; r < reasons.size(); ++r) {
        QList<Minor> amounts(sets.size(), 0);
        for (const ChurnReasonGroup &g : groups) {
            if (g.code != reasons[r])
                continue;
            const qsizetype at = sources.indexOf(g.value);
            amounts[at >= 0 ? at : sets.size() - 1] += g.arr;
        }
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets[i]->append(scaled(amounts[i], scale));
        count->append(qreal(r), qreal(churns[reasons[r]]));
        topChurns = std::max(topChurns, double(churns[reasons[r]]));
    }
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    c->addSeries(series);
    c->addSeries(count);
    fitFromZero(axes(c, series, categories, scale.title), scaled(largest, scale));
    auto *right = new QValueAxis(c);
    right->setTitleText(tr("Churns"));
    right->setLabelFormat(QStringLiteral("%.0f"));
    fitFromZero(right, topChurns);
    c->addAxis(right, Qt::AlignRight);
    count->attachAxis(right);
    auto *x = new QValueAxis(c);   // the points on the bars' categories
    x->setRange(-0.5, qMax<qreal>(reasons.size(), 1) - 0.5);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    count->attachAxis(x);
}

} // namespace csw
