// SPDX-License-Identifier: MIT
#pragma once

#include "voc/Voc.h"

#include <QAbstractTableModel>

namespace csw {

class Book;

// The VOC entries one account is behind, newest first, for the account detail's
// "Voice of the customer" section.
class AccountVocModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Status, Importance, Text, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit AccountVocModel(QObject *parent = nullptr);

    // Reads the entries of account `accountId` from `book` (none for 0).
    void showAccount(Book *book, qint64 accountId);
    qint64 entryId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qint64 m_accountId = 0;
    QList<VocEntry> m_entries;
};

} // namespace csw
