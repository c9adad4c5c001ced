// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace csw {

class Book;

// The Preferences page for the book's KPI settings: the month its fiscal year starts in (the
// Portfolio's years and quarters follow it), the gross margin that LTV uses, how soon a churn
// counts as early churn, and whether recurring revenue shows per year (ARR) or per month (MRR). On a team book only a lead changes them.
class KpiPage final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiPage(Book *book, QWidget *parent = nullptr);

    QComboBox *fiscalStartCombo() const { return m_fiscalStart; }
    QDoubleSpinBox *marginSpin() const { return m_margin; }
    QSpinBox *earlyChurnSpin() const { return m_early; }
    QComboBox *revenueCombo() const { return m_revenue; }
    // Stores what changed in the book; false when nothing did.
    Expected<bool> save();

private:
    Book *m_book;
    QComboBox *m_fiscalStart;
    QDoubleSpinBox *m_margin;
    QSpinBox *m_early;
    QComboBox *m_revenue;
    int m_storedMonth = 4;
    double m_storedMargin = 80;
    int m_storedEarly = 6;
    bool m_storedMonthly = false;
};

} // namespace csw
