// SPDX-License-Identifier: MIT
#include "window/BookSummaryView.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace csw {

BookSummaryView::BookSummaryView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_grid(new QGridLayout)
{
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setHorizontalSpacing(24);
}

void BookSummaryView::clearRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void BookSummaryView::showBook(Book *book)
{
    clearRows();
    if (!book) {
        m_title->setText(tr("No book is open."));
        return;
    }
    m_title->setText(tr("Book: %1").arg(QFileInfo(book->path()).fileName()));
    const auto totals = AccountRepository(*book).totalsByStage();
    if (!totals) {
        m_title->setText(totals.error().message);
        return;
    }
    const QLocale locale;
    auto cell = [&](int row, int column, const QString &text, bool bold = false) {
        auto *label = new QLabel(text, this);
        if (column > 0)
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
        m_grid->addWidget(label, row, column);
    };
    cell(0, 0, tr("Stage"), true);
    cell(0, 1, tr("Accounts"), true);
    cell(0, 2, tr("ARR (%1)").arg(book->currency().code()), true);
    int row = 1;
    for (const auto &total : *totals) {
        cell(row, 0, Stages::label(total.stage));
        cell(row, 1, locale.toString(total.accounts));
        cell(row, 2, book->currency().toGrouped(total.arr));
        ++row;
    }
}

} // namespace csw
