// SPDX-License-Identifier: MIT
#include "accounts/TouchRuleTable.h"

#include "common/Formatting.h"
#include "stages/Stage.h"

#include <QComboBox>
#include <QHeaderView>

namespace csw {

TouchRuleTable::TouchRuleTable(const Currency &currency, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent), m_currency(currency)
{
    setObjectName(QStringLiteral("touchRuleTable"));
    setHorizontalHeaderLabels({tr("Touch model"), Formatting::revenueText(tr("ARR from")),
                               Formatting::revenueText(tr("ARR below")), tr("Plan"), tr("Segment")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setColumnWidth(TouchColumn, fontMetrics().horizontalAdvance(Stages::label(Touch::High)) * 2);
    setColumnWidth(FromColumn, fontMetrics().horizontalAdvance(QStringLiteral("00,000,000,000")));
    setColumnWidth(BelowColumn, fontMetrics().horizontalAdvance(QStringLiteral("00,000,000,000")));
    connect(this, &QTableWidget::itemChanged, this, &TouchRuleTable::edited);
}

void TouchRuleTable::setRules(const QList<TouchRule> &rules, const QStringList &segments)
{
    m_segments = segments;
    setRowCount(0);
    for (const TouchRule &rule : rules)
        addRow(rule);
}

void TouchRuleTable::addRule()
{
    addRow(TouchRule());
    setCurrentCell(rowCount() - 1, FromColumn);
    Q_EMIT edited();
}

void TouchRuleTable::removeCurrent()
{
    if (currentRow() < 0)
        return;
    removeRow(currentRow());
    Q_EMIT edited();
}

void TouchRuleTable::addRow(const TouchRule &rule)
{
    const int row = rowCount();
    insertRow(row);
    auto *touch = new QComboBox(this);
    for (const QString &key : Stages::touchKeys())
        touch->addItem(Stages::label(*Stages::touchFromKey(key)), key);
    touch->setCurrentIndex(touch->findData(Stages::key(rule.touch)));
    connect(touch, &QComboBox::currentIndexChanged, this, &TouchRuleTable::edited);
    setCellWidget(row, TouchColumn, touch);
    const auto amount = [&](const std::optional<Minor> &arr) {
        return arr ? Formatting::revenueAmount(*arr, m_currency) : QString();
    };
    const QSignalBlocker quiet(this);
    setItem(row, FromColumn, new QTableWidgetItem(amount(rule.arrFrom)));
    setItem(row, BelowColumn, new QTableWidgetItem(amount(rule.arrBelow)));
    item(row, FromColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item(row, BelowColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, PlanColumn, new QTableWidgetItem(rule.plan));
    auto *segment = new QComboBox(this);
    segment->addItem(tr("(any account)"), QString());
    for (const QString &name : std::as_const(m_segments))
        segment->addItem(name, name);
    if (!rule.segment.isEmpty() && segment->findData(rule.segment) < 0)
        segment->addItem(rule.segment, rule.segment);   // saved no more: shown, refused on saving
    segment->setCurrentIndex(std::max(0, segment->findData(rule.segment)));
    connect(segment, &QComboBox::currentIndexChanged, this, &TouchRuleTable::edited);
    setCellWidget(row, SegmentColumn, segment);
}

Expected<QList<TouchRule>> TouchRuleTable::rules() const
{
    QList<TouchRule> out;
    for (int row = 0; row < rowCount(); ++row) {
        TouchRule rule;
        rule.touch = *Stages::touchFromKey(static_cast<QComboBox *>(cellWidget(row, TouchColumn))->currentData().toString());
        for (const int column : {int(FromColumn), int(BelowColumn)}) {
            const QString text = item(row, column) ? item(row, column)->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            const auto amount = m_currency.parse(text);
            if (!amount)
                return Error{tr("rule %1, %2: %3")
                                 .arg(row + 1)
                                 .arg(horizontalHeaderItem(column)->text(), amount.error().message),
                             ErrorKind::Invalid};
            (column == FromColumn ? rule.arrFrom : rule.arrBelow) = Formatting::revenueView().toArr(*amount);
        }
        rule.plan = item(row, PlanColumn) ? item(row, PlanColumn)->text().trimmed() : QString();
        rule.segment = static_cast<QComboBox *>(cellWidget(row, SegmentColumn))->currentData().toString();
        out << rule;
    }
    return out;
}

} // namespace csw
