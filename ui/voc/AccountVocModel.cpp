// SPDX-License-Identifier: MIT
#include "voc/AccountVocModel.h"

#include "book/Book.h"
#include "common/Formatting.h"
#include "voc/VocRepository.h"

namespace csw {

AccountVocModel::AccountVocModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccountVocModel::showAccount(Book *book, qint64 accountId)
{
    beginResetModel();
    m_accountId = accountId;
    m_entries.clear();
    if (book && accountId > 0) {
        if (auto entries = VocRepository(*book).entriesOfAccount(accountId))
            m_entries = *entries;
    }
    endResetModel();
}

qint64 AccountVocModel::entryId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : 0;
}

int AccountVocModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccountVocModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountVocModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VocEntry &e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return Formatting::date(e.loggedOn);
        case Kind: return VocNames::label(e.kind);
        case Status: return VocNames::label(e.status);
        case Importance:
            for (const VocLink &link : e.links) {
                if (link.accountId == m_accountId)
                    return VocNames::label(link.importance);
            }
            return QString();
        case Text: return e.text.simplified();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return e.text.left(1000);
    if (role == EntryIdRole)
        return e.id;
    return {};
}

QVariant AccountVocModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Importance: return tr("Importance");
    case Text: return tr("What was said");
    }
    return {};
}

} // namespace csw
