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
    // The stored amount kept beside its text: shown per month, a limit not divisible by 12 would
    // otherwise change when the rules are saved again untouched.
    for (const auto &[column, arr] : {std::pair{int(FromColumn), rule.arrFrom}, std::pair{int(BelowColumn), rule.arrBelow}}) {
        auto *item = new QTableWidgetItem(amount(arr));
        if (arr)
            item->setData(Qt::UserRole, QVariant::fromValue(qint64(*arr)));
        setItem(row, column, item);
    }
    item(row, FromColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item(row, BelowColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *plan = new QTableWidgetItem(rule.plan);
    plan->setData(Qt::UserRole, rule.id);   // a saved rule keeps its id (csw touch rules lists them by it)
    setItem(row, PlanColumn, plan);
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
            const QTableWidgetItem *cell = item(row, column);
            const QString text = cell ? cell->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            if (const QVariant stored = cell->data(Qt::UserRole);
                stored.isValid() && text == Formatting::revenueAmount(stored.toLongLong(), m_currency)) {
                (column == FromColumn ? rule.arrFrom : rule.arrBelow) = stored.toLongLong();   // untouched
                continue;
            }
            const auto amount = m_currency.parse(text);
            if (!amount)
                return Error{tr("rule %1, %2: %3")
                                 .arg(row + 1)
                                 .arg(horizontalHeaderItem(column)->text(), amount.error().message),
                             ErrorKind::Invalid};
            (column == FromColumn ? rule.arrFrom : rule.arrBelow) = Formatting::revenueView().toArr(*amount);
        }
        rule.plan = item(row, PlanColumn) ? item(row, PlanColumn)->text().trimmed() : QString();
        rule.id = item(row, PlanColumn) ? item(row, PlanColumn)->data(Qt::UserRole).toLongLong() : 0;
        rule.segment = static_cast<QComboBox *>(cellWidget(row, SegmentColumn))->currentData().toString();
        out << rule;
    }
    return out;
}

} // namespace csw
