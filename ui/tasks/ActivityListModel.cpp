// SPDX-License-Identifier: MIT
#include "tasks/ActivityListModel.h"

#include "common/Formatting.h"

namespace csw {

ActivityListModel::ActivityListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityListModel::setActivities(const QList<Activity> &activities)
{
    beginResetModel();
    m_activities = activities;
    endResetModel();
}

const Activity *ActivityListModel::activity(int row) const
{
    return row >= 0 && row < m_activities.size() ? &m_activities.at(row) : nullptr;
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_activities.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Text)
        return a.attendeeNames.isEmpty() ? a.text
                                         : tr("With %1").arg(a.attendeeNames.join(tr(", "))) + u"\n\n" + a.text;
    if (role == Qt::ToolTipRole && index.column() == With)
        return a.attendeeNames.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Day:
        return Formatting::date(a.occurredOn.is_special() ? std::nullopt : std::optional<Date>(a.occurredOn));
    case Kind:
        return WorkNames::label(a.kind);
    case Author:
        return a.author;
    case With:
        return a.attendeeNames.join(tr(", "));
    case Text:
        return a.text.simplified();
    case Voc:
        return a.vocId ? tr("#%1").arg(*a.vocId) : QString();
    default:
        return {};
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("By");
    case With:
        return tr("With");
    case Text:
        return tr("What happened");
    case Voc:
        return tr("VOC");
    default:
        return {};
    }
}

} // namespace csw
