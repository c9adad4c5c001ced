// SPDX-License-Identifier: MIT
#pragma once

#include "stages/StageRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace csw {

// An account's stays in its lifecycle stages, oldest first, for the detail view's timeline.
// Read-only: stages change through "Move to stage…" and "Churn…".
class StageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // By (who recorded it) is a team book's: its views hide it on an SQLite book.
    enum Column { StageName, Entered, Left, Days, By, Note, ColumnCount };

    explicit StageHistoryModel(QObject *parent = nullptr);

    void setSpans(const QList<StageSpan> &spans);
    const QList<StageSpan> &spans() const { return m_spans; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StageSpan> m_spans;
};

} // namespace csw
