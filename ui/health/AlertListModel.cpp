// SPDX-License-Identifier: MIT
#include "health/AlertListModel.h"

#include "common/Formatting.h"
#include "health/BandStyle.h"
#include "health/HealthService.h"

#include <QBrush>
#include <QLocale>

#include <cmath>

namespace csw {

namespace {
QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}
} // namespace

AlertListModel::AlertListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertListModel::setAlerts(const QList<HealthAlert> &alerts, const QHash<qint64, Stage> &stages)
{
    beginResetModel();
    m_alerts = alerts;
    m_stages = stages;
    endResetModel();
}

const HealthAlert *AlertListModel::alert(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

std::optional<Stage> AlertListModel::stage(qint64 accountId) const
{
    const auto found = m_stages.constFind(accountId);
    return found == m_stages.cend() ? std::nullopt : std::optional(*found);
}

int AlertListModel::rowOf(qint64 alertId) const
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].id == alertId)
            return row;
    }
    return -1;
}

QString AlertListModel::reasonText(const HealthAlert &alert)
{
    if (alert.reason == QLatin1String("red"))
        return tr("Fell into red");
    if (!alert.measure.isEmpty())
        return HealthService::measureChange(alert, [](const Date &d) { return Formatting::date(d); });
    const double drop = alert.previousScore ? *alert.previousScore - alert.score : 0;
    return tr("Dropped %1 points").arg(QLocale().toString(std::round(drop * 10) / 10, 'g', 4));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthAlert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountName: return a.accountName;
        case Raised: return Formatting::date(a.raisedOn);
        case Reason: return reasonText(a);
        case Score: return scoreText(a.score);
        case PreviousScore: return a.previousScore ? scoreText(*a.previousScore) : QString();
        case StageName: {
            const auto s = stage(a.accountId);
            return s ? Stages::label(*s) : QString();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason && !a.measure.isEmpty())   // the whole of what moved, however narrow the column
            return reasonText(a);
        if (index.column() == Reason && a.reason == QLatin1String("drop"))
            return tr("The score fell by this much within 30 days");
        if (index.column() == PreviousScore && a.reason == QLatin1String("drop"))
            return tr("The highest score in the 30 days before");
        if (a.status == QLatin1String("snoozed") && a.snoozedUntil)
            return tr("Snoozed until %1").arg(Formatting::date(a.snoozedUntil));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == PreviousScore)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Score && a.reason == QLatin1String("red"))
            return QBrush(BandStyle::tint(Band::Red));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Score && a.reason == QLatin1String("red"))
            return QBrush(BandStyle::textOnTint());
        return {};
    case AlertIdRole: return a.id;
    case AccountIdRole: return a.accountId;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountName: return tr("Account");
    case Raised: return tr("Raised");
    case Reason: return tr("Reason");
    case Score: return tr("Score");
    case PreviousScore: return tr("Before");
    case StageName: return tr("Stage");
    }
    return {};
}

} // namespace csw
