// SPDX-License-Identifier: MIT
#include "metrics/KpiTiles.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csw {

namespace {
constexpr int Columns = 8;   // fifteen tiles in two rows
}

KpiTiles::KpiTiles(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
}

void KpiTiles::setFigures(const QList<KpiFigure> &figures, const QString &previousLabel)
{
    m_figures = figures;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const KpiFigure &f = figures[i];
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("tile_") + f.key);
        tile->setFrameShape(QFrame::StyledPanel);
        QString tip = tr("%1: %2 (%3: %4)").arg(f.label, f.value, previousLabel, f.previous);
        if (!f.note.isEmpty())
            tip += QLatin1Char('\n') + f.note;
        tile->setToolTip(tip);
        auto *layout = new QVBoxLayout(tile);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->setSpacing(2);
        auto *name = new QLabel(f.label, tile);
        name->setObjectName(QStringLiteral("label"));
        auto *value = new QLabel(f.value, tile);
        value->setObjectName(QStringLiteral("value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.15);
        big.setBold(true);
        value->setFont(big);
        auto *change = new QLabel(f.change, tile);
        change->setObjectName(QStringLiteral("change"));
        const QString colour = f.trend > 0 ? QStringLiteral("#1b7f3b")
                               : f.trend < 0 ? QStringLiteral("#b3261e")
                                             : QStringLiteral("palette(mid)");
        change->setStyleSheet(QStringLiteral("color: %1").arg(colour));
        for (QLabel *label : {name, value, change})
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(name);
        layout->addWidget(value);
        layout->addWidget(change);
        m_grid->addWidget(tile, int(i / Columns), int(i % Columns));
    }
    for (int c = 0; c < Columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

} // namespace csw
