// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"
#include "tasks/MyDayQueries.h"

#include <QAbstractTableModel>

namespace csw {

// Accounts My Day points at: renewing soon (with the days left and the ARR at stake), or
// waiting in onboarding for a first quick win (with the days since they entered it).
class AccountRowModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // FollowUp: accounts listed for a reason of their own (a key person left, the hand-off is
    // incomplete), said beside the name.
    enum Kind { Renewals, Onboarding, FollowUp };
    enum Column { AccountName, Csm, Day, Days, Arr, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 2 };   // as TaskTableModel's

    explicit AccountRowModel(Kind kind, QObject *parent = nullptr);

    void setRows(const QList<AccountRow> &rows, const Currency &currency, const Date &today);
    const AccountRow *row(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<AccountRow> m_rows;
    Currency m_currency;
    Date m_today;
};

} // namespace csw
