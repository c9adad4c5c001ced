// SPDX-License-Identifier: MIT
#pragma once

#include "health/HealthRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace csw {

// The open health alerts, newest first: which account, when, why ("Fell into red", "Dropped 18
// points"), the score and the one before, and the account's stage now. Read-only: alerts are
// acted on through the session.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountName, Raised, Reason, Score, PreviousScore, StageName, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1, AccountIdRole };

    explicit AlertListModel(QObject *parent = nullptr);

    // Shows `alerts`; `stages` gives each account's stage now (by account id).
    void setAlerts(const QList<HealthAlert> &alerts, const QHash<qint64, Stage> &stages = {});
    // The alert on `row`, or null.
    const HealthAlert *alert(int row) const;
    std::optional<Stage> stage(qint64 accountId) const;
    // The row of alert `id`, or -1.
    int rowOf(qint64 alertId) const;
    static QString reasonText(const HealthAlert &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HealthAlert> m_alerts;
    QHash<qint64, Stage> m_stages;
};

} // namespace csw
