// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace csw {
class Book;

// The book at a glance: how many accounts and how much ARR each lifecycle stage holds.
class BookSummaryView final : public QWidget
{
    Q_OBJECT

public:
    explicit BookSummaryView(QWidget *parent = nullptr);
    // Shows `book`'s totals, or an empty view for nullptr.
    void showBook(Book *book);

private:
    void clearRows();

    QLabel *m_title;
    QGridLayout *m_grid;
};

} // namespace csw
