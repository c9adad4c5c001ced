// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"

#include <QAbstractTableModel>

namespace csw {

// An account's contacts as the detail lists them: name (★ for the primary), title, roles,
// email, phone; one who left is greyed and says since when.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Roles, Email, Phone, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setContacts(const QList<Contact> &contacts);
    const QList<Contact> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace csw
