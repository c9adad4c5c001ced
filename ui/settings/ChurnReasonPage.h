// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/ChurnReasons.h"
#include "common/Expected.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace csw {

class Book;

// The Preferences page for the churn reasons a churn is recorded under: each reason's labels in
// Japanese and English and whether it is still offered (a retired reason stays on the churns
// that named it), and new reasons. On a team book only a lead changes them.
class ChurnReasonPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { Code, Japanese, English, Offered, ColumnCount };

    explicit ChurnReasonPage(Book *book, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Adds an empty row for a new reason and starts editing its code.
    void addRow();
    // Stores what changed, all or nothing; false when nothing did.
    Expected<bool> save();

private:
    void fill();

    Book *m_book;
    QList<ChurnReason> m_stored;
    QTableWidget *m_table;
    QPushButton *m_add;
};

} // namespace csw
