// SPDX-License-Identifier: MIT
#include "settings/ChurnReasonPage.h"

#include "book/Book.h"
#include "common/Allowed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csw {

ChurnReasonPage::ChurnReasonPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(tr("&Add reason"), this))
{
    m_table->setObjectName(QStringLiteral("churnReasonTable"));
    m_add->setObjectName(QStringLiteral("addReasonButton"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Japanese"), tr("English"), tr("Offered")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Offered, QHeaderView::ResizeToContents);
    auto *intro = new QLabel(tr("Why customers leave, as a churn records it: the churn report, the Portfolio's "
                                "chart and imports read these. Untick a reason to stop offering it; the churns "
                                "recorded under it keep it."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    if (book) {
        if (const auto reasons = ChurnReasons(*book).list(true))
            m_stored = *reasons;
    }
    fill();
    QString why;
    const bool allowed = book && !book->isReadOnly() && book->member().isLead();
    if (book && !allowed)
        why = book->isReadOnly() ? tr("The book is open read-only") : book->member().leadRule();
    setAllowed(m_table, allowed, why);
    setAllowed(m_add, allowed, why);
    connect(m_add, &QPushButton::clicked, this, &ChurnReasonPage::addRow);
}

void ChurnReasonPage::fill()
{
    m_table->setRowCount(0);
    for (const ChurnReason &r : std::as_const(m_stored)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *code = new QTableWidgetItem(r.code);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);   // churns keep their code
        m_table->setItem(row, Code, code);
        m_table->setItem(row, Japanese, new QTableWidgetItem(r.labelJa));
        m_table->setItem(row, English, new QTableWidgetItem(r.labelEn));
        auto *offered = new QTableWidgetItem;
        offered->setFlags((offered->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        offered->setCheckState(r.retired ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(row, Offered, offered);
    }
}

void ChurnReasonPage::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c : {Code, Japanese, English})
        m_table->setItem(row, c, new QTableWidgetItem);
    auto *offered = new QTableWidgetItem;
    offered->setFlags((offered->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    offered->setCheckState(Qt::Checked);
    m_table->setItem(row, Offered, offered);
    m_table->setCurrentCell(row, Code);
    m_table->editItem(m_table->item(row, Code));
}

Expected<bool> ChurnReasonPage::save()
{
    if (!m_book || !m_table->isEnabled())
        return false;
    QList<ChurnReason> wanted;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ChurnReason r{m_table->item(row, Code)->text().trimmed(), m_table->item(row, Japanese)->text().trimmed(),
                      m_table->item(row, English)->text().trimmed()};
        r.retired = m_table->item(row, Offered)->checkState() != Qt::Checked;
        if (row >= m_stored.size() && r.code.isEmpty() && r.labelJa.isEmpty() && r.labelEn.isEmpty())
            continue;   // an added row left empty
        wanted << r;
    }
    const auto changed = ChurnReasons(*m_book).apply(wanted);
    if (!changed)
        return changed.error();
    if (*changed) {
        if (const auto reasons = ChurnReasons(*m_book).list(true))
            m_stored = *reasons;
        fill();
    }
    return *changed;
}

} // namespace csw
