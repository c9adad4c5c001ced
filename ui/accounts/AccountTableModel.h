// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountFields.h"
#include "accounts/AccountRepository.h"
#include "common/PageCache.h"

#include <QAbstractTableModel>
#include <QHash>

namespace csw {

class BookSession;

// The book's accounts as a table, filtered and sorted in SQL and loaded a page at a time as the
// view asks for rows, so a 100k-account book opens as fast as an empty one. Edits go through
// the session as undoable commands; the model refreshes from the session's change signals.
class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Csm, Touch, Plan, Stage, Health, Arr, Renewal, DaysToRenewal, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = PageCache<Account>::PageSize;

    explicit AccountTableModel(BookSession &session, QObject *parent = nullptr);

    void setFilter(const AccountFilter &filter);
    const AccountFilter &filter() const { return m_filter; }
    // How many accounts the book holds, when the table is current and lists every one of them
    // (no filter): the window's status bar takes it instead of counting again. Empty otherwise.
    std::optional<qint64> everyAccountCount() const;
    AccountSort sortOrder() const { return m_sort; }
    bool descending() const { return m_descending; }
    qint64 accountId(int row) const;
    // The row of account `id` in the present filter and order; -1 when it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How many pages are held now: the view's window, never the whole book.
    int cachedPages() const { return m_pages.size(); }

    // While paused (its view is hidden), a new book or a change only marks the rows stale;
    // resuming reloads them once.
    void setPaused(bool paused);

private:
    void followHeldAccounts(const QHash<int, qint64> &ids);
    void reload();
    void refresh();
    void onAccountChanged(qint64 id, AccountFields what);
    const Account *account(int row) const;
    QVariant display(const Account &account, int column) const;

    BookSession &m_session;
    AccountFilter m_filter;
    AccountSort m_sort = AccountSort::Name;
    bool m_descending = false;
    int m_count = 0;
    bool m_paused = false;
    bool m_stale = false;
    PageCache<Account> m_pages;
};

} // namespace csw
