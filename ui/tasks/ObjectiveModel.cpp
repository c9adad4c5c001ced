// SPDX-License-Identifier: MIT
#include "tasks/ObjectiveModel.h"

#include "common/Formatting.h"

#include <QLocale>

namespace csw {

ObjectiveModel::ObjectiveModel(QObject *parent) : QAbstractTableModel(parent) {}

void ObjectiveModel::setObjectives(const QList<PlanObjective> &objectives)
{
    beginResetModel();
    m_objectives = objectives;
    endResetModel();
}

const PlanObjective *ObjectiveModel::objective(int row) const
{
    return row >= 0 && row < m_objectives.size() ? &m_objectives.at(row) : nullptr;
}

int ObjectiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objectives.size());
}

int ObjectiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanObjective &o = m_objectives.at(index.row());
    const QLocale locale;
    if (role == ProgressRole)
        return o.progressPercent();
    if (role == Qt::TextAlignmentRole && index.column() == Values)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Values)
        return tr("Start %1, now %2, target %3")
            .arg(locale.toString(o.startValue, 'g', 12), locale.toString(o.currentValue, 'g', 12),
                 locale.toString(o.targetValue, 'g', 12));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return o.quickWin ? tr("%1 (quick win)").arg(o.title) : o.title;
    case Progress:
        return o.achievedOn ? tr("Achieved %1").arg(Formatting::date(o.achievedOn))
                            : tr("%1 %").arg(locale.toString(o.progressPercent(), 'f', 0));
    case Values:
        return tr("%1 → %2").arg(locale.toString(o.currentValue, 'g', 12), locale.toString(o.targetValue, 'g', 12));
    case Due:
        return Formatting::date(o.dueOn);
    case QuickWin:
        return o.quickWin ? tr("Quick win") : QString();
    case Achieved:
        return Formatting::date(o.achievedOn);
    default:
        return {};
    }
}

QVariant ObjectiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Objective");
    case Progress:
        return tr("Progress");
    case Values:
        return tr("Now → target");
    case Due:
        return tr("Due");
    case QuickWin:
        return tr("Kind");
    case Achieved:
        return tr("Achieved");
    default:
        return {};
    }
}

} // namespace csw
