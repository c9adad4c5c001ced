// SPDX-License-Identifier: MIT
#include "health/HealthExplainModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QLocale>

namespace csw {

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

// Raw values keep the precision they were typed with: 4, 62.5, 0.25.
QString rawNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}
} // namespace

HealthExplainModel::HealthExplainModel(QObject *parent) : QAbstractTableModel(parent) {}

void HealthExplainModel::setExplanation(const std::optional<HealthExplanation> &explanation)
{
    beginResetModel();
    m_explanation = explanation;
    m_rows.clear();
    if (m_explanation) {
        for (const Measure &measure : std::as_const(m_explanation->scorecard.measures)) {
            m_rows << Row{measure, m_explanation->measure(measure.key), m_explanation->previousMeasure(measure.key)};
        }
    }
    endResetModel();
}

int HealthExplainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthExplainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthExplainModel::display(const Row &row, int column) const
{
    switch (column) {
    case MeasureName: return row.measure.shownLabel();
    case Weight: return rawNumber(row.measure.weight);
    }
    if (!row.now)
        return column == Value ? tr("no value") : QString();
    switch (column) {
    case Value: return rawNumber(row.now->value);
    case Score: return number(row.now->score);
    case Contribution: return number(row.now->contribution);
    case Change: {
        if (!row.before)
            return QString();
        const double change = row.now->score - row.before->score;
        const QString text = number(change);
        return change > 0.05 ? QStringLiteral("+") + text : text;
    }
    }
    return {};
}

QVariant HealthExplainModel::toolTip(const Row &row, int column) const
{
    if (!row.now)
        return tr("No value in the last %1 days: this measure is left out of the score.")
            .arg(HealthService::StaleDays);
    switch (column) {
    case MeasureName:
        return row.measure.higherIsBetter
                   ? tr("Higher is better; allowed %1–%2").arg(rawNumber(row.measure.minimum),
                                                                rawNumber(row.measure.maximum))
                   : tr("Lower is better; allowed %1–%2").arg(rawNumber(row.measure.minimum),
                                                               rawNumber(row.measure.maximum));
    case Value: return tr("Measured on %1").arg(Formatting::date(row.now->measuredOn));
    case Change:
        if (!row.before)
            return tr("No value at the previous score");
        return tr("Score %1 → %2 (value %3 → %4) since %5")
            .arg(number(row.before->score), number(row.now->score), rawNumber(row.before->value),
                 rawNumber(row.now->value), Formatting::date(m_explanation->previousOn));
    }
    return {};
}

QVariant HealthExplainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != MeasureName)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!row.now)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Change && row.before) {
            const double change = row.now->score - row.before->score;
            if (change <= -0.05)
                return QBrush(QColor(0xb0, 0x20, 0x20));
            if (change >= 0.05)
                return QBrush(QColor(0x1e, 0x7e, 0x34));
        }
        return {};
    }
    return {};
}

QVariant HealthExplainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Score: return tr("The measure's score, 0–100");
        case Contribution: return tr("Weight × score ÷ the weight of the measures with a value");
        case Change: return tr("Change of the measure's score since the previous health score");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureName: return tr("Measure");
    case Value: return tr("Value");
    case Score: return tr("Score");
    case Weight: return tr("Weight");
    case Contribution: return tr("Contribution");
    case Change: return tr("Change");
    }
    return {};
}

} // namespace csw
