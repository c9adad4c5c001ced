// SPDX-License-Identifier: MIT
#include "accounts/ArrHistoryModel.h"

#include "common/Formatting.h"

namespace csw {

ArrHistoryModel::ArrHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArrHistoryModel::setEvents(const QList<ArrEvent> &events, const Currency &currency)
{
    beginResetModel();
    m_events = events;
    m_currency = currency;
    endResetModel();
}

QString ArrHistoryModel::kindLabel(ArrChange kind)
{
    switch (kind) {
    case ArrChange::New: return tr("New business");
    case ArrChange::Expansion: return tr("Expansion");
    case ArrChange::Contraction: return tr("Contraction");
    case ArrChange::Churn: return tr("Churn");
    case ArrChange::Reactivation: return tr("Reactivation");
    }
    return {};
}

int ArrHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ArrHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArrHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArrEvent &event = m_events.at(index.row());
    const int column = index.column();
    const bool money = column == ArrBefore || column == ArrAfter || column == Change;
    if (role == Qt::TextAlignmentRole && money)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OccurredOn: return Formatting::date(event.occurredOn);
    case Kind: return kindLabel(event.kind);
    case ArrBefore: return Formatting::revenue(event.arrBefore, m_currency);
    case ArrAfter: return Formatting::revenue(event.arrAfter, m_currency);
    case Change: {
        // Signed both ways, so a glance down the column reads as gains and losses.
        const QString amount = Formatting::revenue(event.delta(), m_currency);
        return event.delta() > 0 ? QStringLiteral("+") + amount : amount;
    }
    case Note: return event.note;
    }
    return {};
}

QVariant ArrHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OccurredOn: return tr("Date");
    case Kind: return tr("Kind");
    case ArrBefore: return Formatting::revenueText(tr("ARR before"));
    case ArrAfter: return Formatting::revenueText(tr("ARR after"));
    case Change: return tr("Change");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace csw
