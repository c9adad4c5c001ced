// SPDX-License-Identifier: MIT
#include "settings/ScorecardModel.h"

#include <QLocale>

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
    if (role == Qt::ToolTipRole)
        return m.key;
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
    } else {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return false;
        switch (index.column()) {
        case Weight: m.weight = number; break;
        case Minimum: m.minimum = number; break;
        case Maximum: m.maximum = number; break;
        case YellowAt: m.yellowAt = number; break;
        case GreenAt: m.greenAt = number; break;
        default: return false;
        }
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace csw
