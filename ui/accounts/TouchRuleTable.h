// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/TouchRules.h"

#include <QTableWidget>

namespace csw {

// The touch model rules as a small editable table (issue 19): the touch model, the ARR from and
// below (in the unit the book shows money in: per year, or per month), and optionally a plan
// or a saved segment.
class TouchRuleTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { TouchColumn, FromColumn, BelowColumn, PlanColumn, SegmentColumn, ColumnCount };

    TouchRuleTable(const Currency &currency, QWidget *parent = nullptr);

    // Shows `rules`, offering `segments` (the saved ones) to pick from.
    void setRules(const QList<TouchRule> &rules, const QStringList &segments);
    // The rules as typed; an amount that cannot be read is refused naming its row and column.
    Expected<QList<TouchRule>> rules() const;
    void addRule();
    void removeCurrent();

Q_SIGNALS:
    void edited();

private:
    void addRow(const TouchRule &rule);

    Currency m_currency;
    QStringList m_segments;
};

} // namespace csw
