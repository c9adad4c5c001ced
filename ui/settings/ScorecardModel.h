// SPDX-License-Identifier: MIT
#pragma once

#include "health/Scorecard.h"

#include <QAbstractTableModel>

namespace csw {

// A scorecard's measures as an editable table for the Preferences page; changes stay in the
// model until the page stores them as a new version.
class ScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // AlertAt, AlertDrop, AlertDays: the measure's own alerts (empty: none).
    enum Column { Label, Weight, Direction, Minimum, Maximum, YellowAt, GreenAt, AlertAt, AlertDrop, AlertDays, ColumnCount };

    explicit ScorecardModel(QObject *parent = nullptr);

    void setMeasures(const QList<Measure> &measures);
    const QList<Measure> &measures() const { return m_measures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Measure> m_measures;
};

} // namespace csw
