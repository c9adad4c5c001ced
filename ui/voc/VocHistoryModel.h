// SPDX-License-Identifier: MIT
#pragma once

#include "voc/Voc.h"

#include <QAbstractTableModel>

namespace csw {

class Book;

// A VOC entry's dated history for the board's detail: each recorded change (status, fields,
// accounts, merges) and each time a customer was told, oldest first.
class VocHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // By (who made the change) is a team book's: its views hide it on an SQLite book.
    enum Column { Date, What, By, Details, ColumnCount };

    explicit VocHistoryModel(QObject *parent = nullptr);

    // Reads the history of entry `id` from `book` (nothing for 0).
    void showEntry(Book *book, qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        csw::Date on;
        QString what;
        QString details;
        QString by;   // the team book's login; empty on an SQLite book
    };
    static Line describe(const VocChange &change);

    QList<Line> m_lines;
};

} // namespace csw
