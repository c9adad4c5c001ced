// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/KpiFigures.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace csw {

// The portfolio's KPIs as tiles: each a name, the value in the period and the change against
// the period before. Tiles are named "tile_<key>", their value label "value", change "change".
class KpiTiles final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTiles(QWidget *parent = nullptr);

    // `previousLabel` names the period the change is against ("vs FY2025").
    void setFigures(const QList<KpiFigure> &figures, const QString &previousLabel);
    const QList<KpiFigure> &figures() const { return m_figures; }

private:
    QGridLayout *m_grid;
    QList<KpiFigure> m_figures;
};

} // namespace csw
