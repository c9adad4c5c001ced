// SPDX-License-Identifier: MIT
#include "tasks/AccountRowModel.h"

#include "common/Formatting.h"

#include <QLocale>

namespace csw {

AccountRowModel::AccountRowModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void AccountRowModel::setRows(const QList<AccountRow> &rows, const Currency &currency, const Date &today)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    m_today = today;
    endResetModel();
}

const AccountRow *AccountRowModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AccountRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountRow &r = m_rows.at(index.row());
    if (role == AccountIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Days || index.column() == Arr))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Why a follow-up is listed, whole, however narrow the column is.
    if (role == Qt::ToolTipRole && index.column() == AccountName && !r.note.isEmpty())
        return tr("%1 — %2").arg(r.name, r.note);
    if (role != Qt::DisplayRole)
        return {};
    const long days = r.on.is_special() || m_today.is_special()
                          ? 0
                          : (m_kind == Renewals ? Dates::daysBetween(m_today, r.on) : Dates::daysBetween(r.on, m_today));
    switch (index.column()) {
    case AccountName:
        return r.note.isEmpty() ? r.name : tr("%1 — %2").arg(r.name, r.note);
    case Csm:
        return r.csm;
    case Day:
        return Formatting::date(r.on.is_special() ? std::nullopt : std::optional<Date>(r.on));
    case Days:
        return r.on.is_special() ? QString() : QLocale().toString(qlonglong(days));
    case Arr:
        return Formatting::revenue(r.arr, m_currency);
    default:
        return {};
    }
}

QVariant AccountRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountName:
        return tr("Account");
    case Csm:
        return tr("CSM");
    case Day:
        return m_kind == Renewals ? tr("Renewal") : m_kind == Onboarding ? tr("Onboarding since") : tr("Since");
    case Days:
        return m_kind == Renewals ? tr("Days left") : tr("Days");
    case Arr:
        return Formatting::revenueText(tr("ARR"));
    default:
        return {};
    }
}

} // namespace csw
