// SPDX-License-Identifier: MIT
#include "voc/VocLinkModel.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "common/Formatting.h"
#include "health/BandStyle.h"

#include <QBrush>

namespace csw {

VocLinkModel::VocLinkModel(QObject *parent) : QAbstractTableModel(parent) {}

void VocLinkModel::setLinks(const QList<VocLink> &links, Book *book)
{
    beginResetModel();
    m_book = book;
    m_links.clear();
    m_accounts.clear();
    for (const VocLink &link : links) {
        m_links << link;
        std::optional<Account> account;
        if (book) {
            if (auto found = AccountRepository(*book).get(link.accountId))
                account = *found;
        }
        m_accounts << account;
    }
    endResetModel();
}

bool VocLinkModel::addLink(qint64 accountId, csw::Importance importance)
{
    for (int row = 0; row < m_links.size(); ++row) {
        if (m_links[row].accountId == accountId) {
            setImportance(row, importance);
            return true;
        }
    }
    if (!m_book)
        return false;
    auto account = AccountRepository(*m_book).get(accountId);
    if (!account)
        return false;
    beginInsertRows({}, int(m_links.size()), int(m_links.size()));
    m_links << VocLink{accountId, importance};
    m_accounts << *account;
    endInsertRows();
    return true;
}

void VocLinkModel::setImportance(int row, csw::Importance importance)
{
    if (row < 0 || row >= m_links.size() || m_links[row].importance == importance)
        return;
    m_links[row].importance = importance;
    Q_EMIT dataChanged(index(row, Importance), index(row, Importance));
}

void VocLinkModel::removeLink(int row)
{
    if (row < 0 || row >= m_links.size())
        return;
    beginRemoveRows({}, row, row);
    m_links.removeAt(row);
    m_accounts.removeAt(row);
    endRemoveRows();
}

int VocLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int VocLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VocLink &link = m_links[index.row()];
    const std::optional<Account> &account = m_accounts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountName:
            return account ? account->name : tr("Account %1").arg(link.accountId);
        case Importance: return VocNames::label(link.importance);
        case Arr:
            return account && m_book ? Formatting::revenue(account->arr, m_book->currency()) : QString();
        case Health:
            if (!account)
                return QString();
            if (account->stage == Stage::ChurnPrevention || account->isChurned())
                return Stages::label(account->stage);
            return account->healthBand ? Scorecard::bandLabel(*account->healthBand) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Arr)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Health && account && account->healthBand)
            return QBrush(BandStyle::tint(*account->healthBand));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Health && account && account->healthBand)
            return QBrush(BandStyle::textOnTint());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AccountName)
            return tr("Double-click to open the account");
        return {};
    case AccountIdRole:
        return link.accountId;
    }
    return {};
}

QVariant VocLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountName: return tr("Account");
    case Importance: return tr("Importance");
    case Arr: return Formatting::revenueText(tr("ARR"));
    case Health: return tr("Health");
    }
    return {};
}

} // namespace csw
