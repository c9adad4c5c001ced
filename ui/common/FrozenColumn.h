// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

namespace csw {

// Keeps the column that names a table's rows in view: it stays at the left while the other
// columns scroll sideways under it (a second view over the table, sharing its model, selection,
// scrolling and sort), and it takes the room the other columns leave, never less than
// `minimumWidth` (past that the table scrolls instead of squeezing the names).
// The column must be the table's first.
class FrozenColumn final : public QObject
{
    Q_OBJECT

public:
    FrozenColumn(QTableView *table, int column, int minimumWidth);

    QTableView *view() const { return m_frozen; }
    // Fits the column to the room and the overlay to the column (called on every change the
    // table makes to its size, header or scrolling).
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitWidth();
    void placeOverlay();
    void sortFromOverlay(int column);

    QTableView *m_table;
    QTableView *m_frozen;
    int m_column;
    int m_minimumWidth;
    bool m_fitting = false;
};

} // namespace csw
