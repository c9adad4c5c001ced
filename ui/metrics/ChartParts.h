// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"

#include <QString>
#include <QStringList>

class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QColor;
class QObject;
class QValueAxis;

// The parts the portfolio's bar charts share: money on an axis, bar sets, category axes whose
// labels are never cut, value axes from zero.
namespace csw::ChartParts {

// Money on an axis: in the currency's major unit, or in millions of it when large.
struct MoneyScale
{
    double divisor = 1;
    QString title;
};

// Both read ARR amounts and show them per year or per month as the book does (Formatting).
MoneyScale moneyScale(Minor largest, const Currency &currency);
double scaled(Minor amount, const MoneyScale &scale);
// The category of rows without a value.
QString noValue();
QBarSet *barSet(const QString &name, const QColor &colour, QObject *parent);
// Category labels too long for their place are turned to a slant rather than cut.
void keepLabelsWhole(QBarCategoryAxis *axis);
// A category axis along the bottom and a value axis on the left from 0, both attached to
// `series`; returns the value axis.
QValueAxis *axes(QChart *chart, QAbstractSeries *series, const QStringList &categories, const QString &valueTitle);
// Rounds the axis up to a readable maximum, and never leaves it at 0..0.
void fitFromZero(QValueAxis *axis, double maximum);

} // namespace csw::ChartParts
