// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/Work.h"

#include <QAbstractTableModel>

namespace csw {

// An account's success plan: each objective with its progress from start to target (the
// Progress column's ProgressRole, 0..100, drawn as a bar), its values, due date, whether it is
// a quick win, and when it was achieved.
class ObjectiveModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Progress, Values, Due, QuickWin, Achieved, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1 };

    explicit ObjectiveModel(QObject *parent = nullptr);

    void setObjectives(const QList<PlanObjective> &objectives);
    const PlanObjective *objective(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanObjective> m_objectives;
};

} // namespace csw
