// SPDX-License-Identifier: MIT
#include "metrics/ChartParts.h"

#include "common/Formatting.h"
#include "metrics/PortfolioCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace csw::ChartParts {

MoneyScale moneyScale(Minor largest, const Currency &currency)
{
    const double unit = std::pow(10.0, currency.digits());
    if (double(Formatting::revenueView().shown(largest)) / unit >= 10'000'000)
        return {unit * 1'000'000,
                Formatting::revenueText(PortfolioCharts::tr("ARR (million %1)")).arg(currency.code())};
    return {unit, Formatting::revenueText(PortfolioCharts::tr("ARR (%1)")).arg(currency.code())};
}

double scaled(Minor amount, const MoneyScale &scale)
{
    return double(Formatting::revenueView().shown(amount)) / scale.divisor;
}

QString noValue()
{
    return PortfolioCharts::tr("(none)");
}

QBarSet *barSet(const QString &name, const QColor &colour, QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

// Category labels too long for their place (オンボーディング beside three others on a laptop)
// are turned to a slant rather than cut; slanted labels that the chart would still cut
// (English CSM names) are drawn whole, as a slant leaves them room beside each other.
void keepLabelsWhole(QBarCategoryAxis *axis)
{
    QObject::connect(axis, &QAbstractAxis::labelsTruncatedChanged, axis, [axis](bool truncated) {
        if (!truncated || axis->labelsAngle() != 0)
            return;
        axis->setLabelsAngle(-40);
        axis->setTruncateLabels(false);
    });
}

// A category axis along the bottom and a value axis on the left from 0, both attached to
// `series`; returns the value axis.
QValueAxis *axes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
                 const QString &valueTitle)
{
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    keepLabelsWhole(x);
    auto *y = new QValueAxis(chart);
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return y;
}

// Rounds the axis up to a readable maximum, and never leaves it at 0..0.
void fitFromZero(QValueAxis *axis, double maximum)
{
    axis->setMin(0);
    axis->setMax(maximum > 0 ? maximum * 1.1 : 1);
    axis->applyNiceNumbers();
}

} // namespace csw::ChartParts
