// SPDX-License-Identifier: MIT
#include "metrics/CohortHeatmap.h"

#include "metrics/PortfolioChart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLinearGradient>
#include <QPainter>
#include <QScatterSeries>

namespace csw {

namespace {

constexpr int ScaleWidth = 56;   // room right of the plot for the colour scale and its labels

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

CohortHeatmap::CohortHeatmap(QChart *chart, const Grid &values)
    : QGraphicsObject(chart), m_chart(chart), m_values(values)
{
    setObjectName(QStringLiteral("cohortHeatmap"));
    setZValue(10);   // over the plot area's background and grid
    m_bounds = chart->plotArea().adjusted(0, 0, ScaleWidth, 0);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        prepareGeometryChange();   // before the bounds move, as QGraphicsItem needs
        m_bounds = plot.adjusted(0, 0, ScaleWidth, 0);
        update();
    });
}

QColor CohortHeatmap::colour(double share)
{
    const QColor red(0xd7, 0x5a, 0x4a), yellow(0xf2, 0xd0, 0x6b), green(0x4c, 0xa8, 0x5a);
    share = std::clamp(share, 0.0, 1.0);
    return share < 0.5 ? mix(red, yellow, share * 2) : mix(yellow, green, (share - 0.5) * 2);
}

QRectF CohortHeatmap::boundingRect() const
{
    return m_bounds;
}

void CohortHeatmap::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const int rows = int(m_values.size()), columns = rows > 0 ? int(m_values.constFirst().size()) : 0;
    if (rows == 0 || columns == 0)
        return;
    const qreal w = plot.width() / columns, h = plot.height() / rows;
    QFont font = m_chart->font();
    font.setPointSizeF(std::max(6.0, std::min(font.pointSizeF(), h * 0.45)));
    painter->setFont(font);
    for (int r = 0; r < rows; ++r) {
        for (int k = 0; k < columns; ++k) {
            const std::optional<double> value = m_values[r].value(k);
            if (!value)
                continue;
            const QRectF cell(plot.left() + k * w, plot.top() + r * h, w, h);
            painter->fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), colour(*value));
            painter->setPen(QColor(0x20, 0x20, 0x20));
            painter->drawText(cell, Qt::AlignCenter, QString::number(std::lround(*value * 100)));
        }
    }
    // The scale: 0 % at the bottom, 100 % at the top.
    const QRectF bar(plot.right() + 10, plot.top(), 12, plot.height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (double t : {0.0, 0.5, 1.0})
        gradient.setColorAt(t, colour(t));
    painter->fillRect(bar, gradient);
    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (double t : {0.0, 0.5, 1.0}) {
        const qreal y = bar.bottom() - t * bar.height();
        painter->drawText(QRectF(bar.right() + 3, y - 8, ScaleWidth - 25, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("%1 %").arg(int(t * 100)));
    }
}

void CohortHeatmap::fill(PortfolioChart &chart, const PortfolioData &data, const Currency &)
{
    fillWith(chart, data, false);
}

void CohortHeatmap::fillArr(PortfolioChart &chart, const PortfolioData &data, const Currency &)
{
    fillWith(chart, data, true);
}

void CohortHeatmap::fillWith(PortfolioChart &chart, const PortfolioData &data, bool arr)
{
    QChart *c = chart.chart();
    for (QGraphicsItem *item : c->childItems()) {
        if (auto *old = qobject_cast<CohortHeatmap *>(item->toGraphicsObject()))
            delete old;
    }
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4 + ScaleWidth, 4));
    const QList<CohortRow> &rows = data.cohorts;
    // An empty series holds the axes; the cells are drawn over its plot area.
    auto *anchor = new QScatterSeries(c);
    c->addSeries(anchor);
    auto *months = new QBarCategoryAxis(c);
    months->setTitleText(tr("Months since the start"));
    const int columns = rows.isEmpty() ? 0 : int(rows.constFirst().logo.size());
    for (int k = 0; k < columns; ++k)
        months->append(QString::number(k));
    auto *cohorts = new QBarCategoryAxis(c);
    Grid grid;
    for (qsizetype i = rows.size() - 1; i >= 0; --i)   // the axis counts from the bottom
        cohorts->append(rows[i].cohort.shownLabel());
    for (const CohortRow &row : rows)
        grid.append(arr ? row.arr : row.logo);
    c->addAxis(months, Qt::AlignBottom);
    c->addAxis(cohorts, Qt::AlignLeft);
    anchor->attachAxis(months);
    anchor->attachAxis(cohorts);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(months), static_cast<QAbstractAxis *>(cohorts)}) {
        axis->setGridLineVisible(false);
        axis->setTruncateLabels(false);   // a cohort's name whole: 2026年度 第1四半期
    }
    new CohortHeatmap(c, grid);
}

} // namespace csw
