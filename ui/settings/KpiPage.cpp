// SPDX-License-Identifier: MIT
#include "settings/KpiPage.h"

#include "book/Book.h"
#include "common/Allowed.h"
#include "metrics/KpiSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace csw {

KpiPage::KpiPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_fiscalStart(new QComboBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_early(new QSpinBox(this)), m_revenue(new QComboBox(this))
{
    m_revenue->setObjectName(QStringLiteral("revenueCombo"));
    m_revenue->addItem(tr("ARR (per year)"), false);
    m_revenue->addItem(tr("MRR (per month)"), true);
    m_revenue->setToolTip(tr("How lists, the account, the VOC board, the Portfolio and its report show recurring "
                             "revenue; the book keeps ARR, and CSV and JSON exports stay ARR."));
    m_early->setObjectName(QStringLiteral("earlyChurnSpin"));
    m_early->setRange(1, 36);
    m_early->setSuffix(tr(" months"));
    m_early->setToolTip(tr("A churn within this many months of the account's start counts as early churn: "
                           "the Portfolio's Early churn tile, csw report kpis --by source or plan"));
    m_fiscalStart->setObjectName(QStringLiteral("fiscalStartCombo"));
    m_margin->setObjectName(QStringLiteral("grossMarginSpin"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(locale.monthName(month), month);
    m_margin->setRange(0, 100);
    m_margin->setDecimals(1);
    m_margin->setSuffix(QStringLiteral(" %"));
    if (book) {
        if (const auto settings = KpiSettings::load(*book)) {
            m_storedMonth = settings->fiscalYearStartMonth;
            m_storedMargin = settings->grossMarginPercent;
            m_storedEarly = settings->earlyChurnMonths;
            m_storedMonthly = settings->revenue.monthly;
        }
    }
    m_fiscalStart->setCurrentIndex(m_storedMonth - 1);
    m_margin->setValue(m_storedMargin);
    m_early->setValue(m_storedEarly);
    m_revenue->setCurrentIndex(m_storedMonthly ? 1 : 0);

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The book's figures: the Portfolio's fiscal years and quarters start in "
                                "this month, and LTV is ARPA × gross margin ÷ monthly churn."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Fiscal year starts in:"), m_fiscalStart);
    form->addRow(tr("Gross margin:"), m_margin);
    form->addRow(tr("Early churn within:"), m_early);
    form->addRow(tr("Show revenue as:"), m_revenue);
    QString why;
    const bool allowed = book && !book->isReadOnly() && book->member().isLead();
    if (book && !allowed)
        why = book->isReadOnly() ? tr("The book is open read-only") : book->member().leadRule();
    setAllowed(m_fiscalStart, allowed, why);
    setAllowed(m_margin, allowed, why);
    setAllowed(m_early, allowed, why);
    setAllowed(m_revenue, allowed, why);
}

Expected<bool> KpiPage::save()
{
    const int month = m_fiscalStart->currentData().toInt();
    const double margin = m_margin->value();
    const int early = m_early->value();
    const bool monthly = m_revenue->currentData().toBool();
    if (!m_book || !m_fiscalStart->isEnabled()
        || (month == m_storedMonth && qFuzzyCompare(margin, m_storedMargin) && early == m_storedEarly
            && monthly == m_storedMonthly))
        return false;
    if (const Status saved = KpiSettings::save(*m_book, month, margin, early, RevenueView{monthly}); !saved)
        return saved.error();
    m_storedMonthly = monthly;
    m_storedMonth = month;
    m_storedMargin = margin;
    m_storedEarly = early;
    return true;
}

} // namespace csw
