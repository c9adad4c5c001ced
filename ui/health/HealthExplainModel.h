// SPDX-License-Identifier: MIT
#pragma once

#include "health/HealthService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace csw {

// Why a score is what it is, one row per measure of its scorecard: the value, the measure's
// 0–100 score, its weight, its part of the total, and how its score changed since the previous
// score. Measures without a recent value are listed too, marked as left out. Read-only.
class HealthExplainModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MeasureName, Value, Score, Weight, Contribution, Change, ColumnCount };

    explicit HealthExplainModel(QObject *parent = nullptr);

    // Shows `explanation`, or nothing.
    void setExplanation(const std::optional<HealthExplanation> &explanation);
    const std::optional<HealthExplanation> &explanation() const { return m_explanation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Measure measure;
        std::optional<MeasureResult> now;
        std::optional<MeasureResult> before;
    };
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    std::optional<HealthExplanation> m_explanation;
    QList<Row> m_rows;
};

} // namespace csw
