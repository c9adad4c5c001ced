// SPDX-License-Identifier: MIT
#include "accounts/ContactListModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace csw {

void ContactListModel::setContacts(const QList<Contact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return c.primary ? tr("★ %1").arg(c.name) : c.name;
        case Title: {
            QStringList parts;
            for (const QString &part : {c.title, c.department})
                if (!part.isEmpty())
                    parts << part;
            return parts.join(QStringLiteral(" · "));
        }
        case Roles: {
            QStringList labels;
            for (ContactRole r : c.roles)
                labels << ContactRoles::label(r);
            // Who left stays listed, greyed, and says since when where there is room for it.
            if (c.leftOn)
                labels << tr("left %1").arg(Formatting::date(c.leftOn));
            return labels.join(QStringLiteral(", "));
        }
        case Email: return c.email;
        case Phone: return c.phone;
        }
    } else if (role == Qt::ToolTipRole) {
        if (c.leftOn && index.column() == Name)
            return tr("Left the company on %1").arg(Formatting::date(c.leftOn));
        if (c.primary && index.column() == Name)
            return tr("The account's primary contact");
        if (!c.notes.isEmpty())
            return c.notes;
    } else if (role == Qt::ForegroundRole && c.leftOn) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Title: return tr("Title");
    case Roles: return tr("Roles");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    }
    return {};
}

} // namespace csw
