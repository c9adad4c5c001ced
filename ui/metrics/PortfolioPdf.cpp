// SPDX-License-Identifier: MIT
#include "metrics/PortfolioPdf.h"

#include "book/OpenBooks.h"
#include "metrics/PortfolioChart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace csw {

bool PortfolioPdf::write(const QString &path) const
{
    if (OpenBooks::contains(path))   // never write over an open book
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        const QRectF page = painter.viewport();
        const qreal dpi = pdf.resolution();
        const auto font = [&](qreal points, bool bold) {
            QFont f = painter.font();
            f.setPointSizeF(points);
            f.setBold(bold);
            painter.setFont(f);
            return QFontMetricsF(f, &pdf).height();
        };

        // Page 1: title, subtitle lines, the KPI table.
        qreal y = 0;
        y += font(18, true);
        painter.drawText(QRectF(0, 0, page.width(), y), Qt::AlignLeft | Qt::AlignVCenter, title);
        for (const QString &line : subtitle) {
            const qreal h = font(10, false);
            painter.drawText(QRectF(0, y, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += h;
        }
        y += dpi / 4;
        const qreal columns[] = {0, page.width() * 0.34, page.width() * 0.56, page.width() * 0.78};
        const qreal widths[] = {columns[1], columns[2] - columns[1], columns[3] - columns[2],
                                page.width() - columns[3]};
        const auto row = [&](const QStringList &cells, bool header) {
            const qreal h = font(10, header) * 1.5;
            for (int i = 0; i < 4; ++i) {
                painter.drawText(QRectF(columns[i], y, widths[i] - dpi / 20, h),
                                 (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                 cells.value(i));
            }
            y += h;
            painter.setPen(QPen(header ? Qt::black : Qt::lightGray, 0));
            painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
            painter.setPen(Qt::black);
        };
        row({tr("KPI"), tr("This period"), previousLabel, tr("Change")}, true);
        for (const KpiFigure &f : figures)
            row({f.note.isEmpty() ? f.label : tr("%1 (%2)").arg(f.label, f.note), f.value, f.previous, f.change},
                false);

        // Then the charts, two to a page, each in half the page.
        const qreal gap = dpi / 5;
        const qreal slot = (page.height() - gap) / ChartsPerPage;
        for (qsizetype i = 0; i < charts.size(); ++i) {
            if (i % ChartsPerPage == 0 && !pdf.newPage())
                return false;
            // The chart draws its own title.
            const qreal top = (i % ChartsPerPage) * (slot + gap);
            charts[i]->renderInto(painter, QRectF(0, top, page.width(), slot));
        }
        if (!painter.end())
            return false;
    }
    return file.commit();
}

} // namespace csw
