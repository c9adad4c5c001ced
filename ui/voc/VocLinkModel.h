// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "voc/Voc.h"

#include <QAbstractTableModel>

namespace csw {

class Book;

// The accounts behind a VOC entry with how much each cares, their ARR and whether they are at
// risk: shown in the board's detail, and edited (as a list, not in the book) by the VOC dialog.
class VocLinkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountName, Importance, Arr, Health, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1 };

    explicit VocLinkModel(QObject *parent = nullptr);

    // Shows `links`, reading each account's name, ARR and health from `book`.
    void setLinks(const QList<VocLink> &links, Book *book);
    const QList<VocLink> &links() const { return m_links; }
    // Adds account `id` (or sets its importance if it is listed); false if the book has no such account.
    bool addLink(qint64 accountId, csw::Importance importance);
    void setImportance(int row, csw::Importance importance);
    void removeLink(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Book *m_book = nullptr;
    QList<VocLink> m_links;
    QList<std::optional<Account>> m_accounts;   // as read when listed
};

} // namespace csw
