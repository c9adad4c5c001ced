// SPDX-License-Identifier: MIT
#include "settings/ScorecardModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace csw {

ScorecardModel::ScorecardModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScorecardModel::setMeasures(const QList<Measure> &measures)
{
    beginResetModel();
    m_measures = measures;
    endResetModel();
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measures.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Measure &m = m_measures[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != Label && index.column() != Direction)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == AlertAt)
            return m.higherIsBetter ? tr("An alert when a value falls below this level (empty: none)")
                                    : tr("An alert when a value rises above this level (empty: none)");
        if (index.column() == AlertDrop || index.column() == AlertDays)
            return m.higherIsBetter ? tr("An alert when the value falls this much within the days given (empty: none)")
                                    : tr("An alert when the value rises this much within the days given (empty: none)");
        return m.key;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    auto number = [&](double v) { return edit ? QVariant(v) : QVariant(QLocale().toString(v)); };
    switch (index.column()) {
    case Label: return m.shownLabel();
    case Weight: return number(m.weight);
    case Direction:
        return m.higherIsBetter ? tr("Higher is better") : tr("Lower is better");
    case Minimum: return number(m.minimum);
    case Maximum: return number(m.maximum);
    case YellowAt: return number(m.yellowAt);
    case GreenAt: return number(m.greenAt);
    // Edited as text, so that emptying the cell takes the alert away.
    case AlertAt: return m.alertAt ? QLocale().toString(*m.alertAt) : QString();
    case AlertDrop: return m.alertDrop ? QLocale().toString(*m.alertDrop) : QString();
    case AlertDays: return m.alertDrop || edit ? number(m.alertDays) : QVariant(QString());
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("Measure");
    case Weight: return tr("Weight");
    case Direction: return tr("Direction");
    case Minimum: return tr("Min");
    case Maximum: return tr("Max");
    case YellowAt: return tr("Yellow at");
    case GreenAt: return tr("Green at");
    case AlertAt: return tr("Alert past");
    case AlertDrop: return tr("Alert on a fall of");
    case AlertDays: return tr("Within days");
    }
    return {};
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Direction)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScorecardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Measure &m = m_measures[index.row()];
    if (index.column() == Label) {
        const QString label = value.toString().trimmed();
        if (label.isEmpty())
            return false;
        if (label != m.shownLabel())   // an unchanged built-in label stays stored as its source
            m.label = label;
    } else if ((index.column() == AlertAt || index.column() == AlertDrop) && value.toString().trimmed().isEmpty()) {
        (index.column() == AlertAt ? m.alertAt : m.alertDrop).reset();
    } else {
        bool ok = false;
        const bool text = value.typeId() == QMetaType::QString;
        double number = text ? QLocale().toDouble(value.toString().trimmed(), &ok) : value.toDouble(&ok);
        if (!ok && text)
            number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return false;
        switch (index.column()) {
        case Weight: m.weight = number; break;
        case Minimum: m.minimum = number; break;
        case Maximum: m.maximum = number; break;
        case YellowAt: m.yellowAt = number; break;
        case GreenAt: m.greenAt = number; break;
        case AlertAt: m.alertAt = number; break;
        case AlertDrop: m.alertDrop = number; break;
        case AlertDays:
            if (number != std::floor(number))
                return false;   // a whole number of days, as csw scorecard set asks
            m.alertDays = int(std::clamp(number, 0.0, 1000.0));
            break;
        default: return false;
        }
    }
    // The days show only with a fall to look for: the whole row may read differently now.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace csw
