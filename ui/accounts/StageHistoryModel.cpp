// SPDX-License-Identifier: MIT
#include "accounts/StageHistoryModel.h"

#include "common/Formatting.h"

#include <QLocale>

namespace csw {

StageHistoryModel::StageHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void StageHistoryModel::setSpans(const QList<StageSpan> &spans)
{
    beginResetModel();
    m_spans = spans;
    endResetModel();
}

int StageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spans.size());
}

int StageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageSpan &span = m_spans.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Days)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Left && !span.leftOn)
        return tr("Current stage");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StageName: return Stages::label(span.stage);
    case Entered: return Formatting::date(span.enteredOn);
    case Left: return Formatting::date(span.leftOn);
    case Days: return QLocale().toString(qlonglong(span.days));
    case Note: return span.note;
    case By: return span.changedBy;
    }
    return {};
}

QVariant StageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageName: return tr("Stage");
    case Entered: return tr("Entered");
    case Left: return tr("Left");
    case Days: return tr("Days");
    case Note: return tr("Note");
    case By: return tr("By");
    }
    return {};
}

} // namespace csw
