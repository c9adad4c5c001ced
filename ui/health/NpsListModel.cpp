// SPDX-License-Identifier: MIT
#include "health/NpsListModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QColor>

namespace csw {

void NpsListModel::setAnswers(const QList<NpsAnswer> &answers)
{
    beginResetModel();
    m_answers = answers;
    endResetModel();
}

QString NpsListModel::groupLabel(NpsAnswer::Group group)
{
    switch (group) {
    case NpsAnswer::Group::Promoter: return tr("Promoter");
    case NpsAnswer::Group::Passive: return tr("Passive");
    case NpsAnswer::Group::Detractor: break;
    }
    return tr("Detractor");
}

int NpsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int NpsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NpsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NpsAnswer &a = m_answers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day: return Formatting::date(a.respondedOn);
        case Score: return a.score;
        case Group: return groupLabel(a.group());
        case Respondent: return a.respondent;
        case Voc: return a.vocId ? tr("#%1").arg(*a.vocId) : QString();
        case Comment: return a.comment.simplified();
        }
    } else if (role == Qt::ToolTipRole && index.column() == Comment && !a.comment.isEmpty()) {
        return a.comment;
    } else if (role == Qt::ForegroundRole && index.column() == Group) {
        switch (a.group()) {
        case NpsAnswer::Group::Promoter: return QBrush(QColor(0x2e, 0x7d, 0x32));
        case NpsAnswer::Group::Detractor: return QBrush(QColor(0xb0, 0x20, 0x20));
        case NpsAnswer::Group::Passive: break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Score) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant NpsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day: return tr("Date");
    case Score: return tr("Score");
    case Group: return tr("Group");
    case Respondent: return tr("Respondent");
    case Voc: return tr("VOC");
    case Comment: return tr("Comment");
    }
    return {};
}

} // namespace csw
