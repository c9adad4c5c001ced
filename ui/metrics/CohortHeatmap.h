// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"
#include "metrics/PortfolioReport.h"

#include <QCoreApplication>
#include <QGraphicsObject>

#include <optional>

class QChart;

namespace csw {

class PortfolioChart;

// The cohort table as a heat map in a chart's plot area: a row per start cohort (oldest at the
// top), a column per month since the start, each cell coloured from red (0 %) through yellow
// to green (100 % and more) with its value written in it, and the colour scale beside it. It is
// part of the chart's scene, so the chart's PNG, SVG and the printed report show it too.
class CohortHeatmap final : public QGraphicsObject
{
    Q_OBJECT

public:
    using Grid = QList<QList<std::optional<double>>>;   // [row][month]
    CohortHeatmap(QChart *chart, const Grid &values);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    const Grid &values() const { return m_values; }
    // The colour of a share (0 = red, 0.5 = yellow, 1 and over = green).
    static QColor colour(double share);

    // Fills `chart` with the logo retention of `data.cohorts` (PortfolioChartSpec's fill).
    static void fill(PortfolioChart &chart, const PortfolioData &data, const Currency &);
    // The same for the ARR each cohort started with that it still holds (expansion counts).
    static void fillArr(PortfolioChart &chart, const PortfolioData &data, const Currency &);

private:
    static void fillWith(PortfolioChart &chart, const PortfolioData &data, bool arr);

    QChart *m_chart;
    Grid m_values;
    QRectF m_bounds;   // the plot area and the scale beside it
};

} // namespace csw
