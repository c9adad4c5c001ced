// SPDX-License-Identifier: MIT
#include "metrics/PortfolioChart.h"

#include "book/OpenBooks.h"

#include <QBarSet>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace csw {

PortfolioChart::PortfolioChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 20);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    chart()->setLocalizeNumbers(true);
    setToolTip(tr("Right-click to save the chart"));
}

void PortfolioChart::clear()
{
    m_targets.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

void PortfolioChart::setBarAccounts(QBarSet *set, const QList<AccountFilter> &filters)
{
    m_targets.insert(set, filters);
    connect(set, &QBarSet::clicked, this, [this, set](int index) { activateBar(set, index); });
    connect(set, &QBarSet::hovered, this, [this](bool over, int) {
        viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
}

std::optional<AccountFilter> PortfolioChart::barAccounts(QBarSet *set, int index) const
{
    const auto it = m_targets.constFind(set);
    if (it == m_targets.constEnd() || index < 0 || index >= it->size())
        return std::nullopt;
    return it->at(index);
}

void PortfolioChart::activateBar(QBarSet *set, int index)
{
    if (const auto filter = barAccounts(set, index))
        Q_EMIT accountsRequested(*filter);
}

QSize PortfolioChart::renderSize()
{
    // A chart never shown has no size yet: give it one to lay out in.
    if (size().isEmpty() || !isVisible())
        resize(size().expandedTo(QSize(900, 450)));
    return viewport()->rect().isEmpty() ? size() : viewport()->size();
}

bool PortfolioChart::saveImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return false;
    if (OpenBooks::contains(path))   // never write over an open book
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QSize size = renderSize();
    if (suffix == QLatin1String("png")) {
        if (!grab().toImage().save(&file, "PNG"))
            return false;
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(chart()->title());
        QPainter painter(&svg);
        render(&painter, QRectF(QPointF(), size), QRect(QPoint(), size));
    }
    return file.commit();
}

void PortfolioChart::renderInto(QPainter &painter, const QRectF &target)
{
    const QSize size = renderSize();
    render(&painter, target, QRect(QPoint(), size), Qt::KeepAspectRatio);
}

void PortfolioChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Save as &PNG…")), &QAction::triggered, this,
            [this] { saveAs(QStringLiteral("png")); });
    connect(menu.addAction(tr("Save as &SVG…")), &QAction::triggered, this,
            [this] { saveAs(QStringLiteral("svg")); });
    menu.exec(event->globalPos());
}

void PortfolioChart::saveAs(const QString &suffix)
{
    QString name = chart()->title().isEmpty() ? tr("chart") : chart()->title();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString filter = suffix == QLatin1String("png") ? tr("PNG images (*.png)")
                                                          : tr("SVG images (*.svg)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir::home().filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (!saveImage(path))
        QMessageBox::warning(this, tr("Save Chart"),
                             tr("Could not write the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace csw
