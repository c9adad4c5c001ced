// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace csw {

struct AccountFilter;
class AccountDetailView;
class AccountFilterBar;
class AccountTableModel;
class BookSession;

// The Accounts view: filters over the book's table of accounts, and the selected account's
// detail beside it.
class AccountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(BookSession &session, QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AccountDetailView *detail() const { return m_detail; }
    AccountFilterBar *filterBar() const { return m_filters; }
    // Puts the cursor in the search box.
    void focusSearch();
    // Lists the accounts `filter` picks (the filter bar shows it).
    void showFilter(const AccountFilter &filter);
    // Selects account `id` if the current filter shows it on the loaded rows.
    void selectAccount(qint64 id);

    void saveLayout() const;
    void restoreLayout();
    // Whether the view is the one shown. An inactive view leaves loading a new book's rows
    // and filter choices until it is shown again (the window opens on one view).
    void setActive(bool active);

private:
    void updateFilters();
    void showSelected();
    void keepSelection();
    void updateCount();
    void sizeColumns();

    BookSession &m_session;
    AccountFilterBar *m_filters;
    AccountTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    AccountDetailView *m_detail;
    QSplitter *m_splitter;
    bool m_active = true;
    bool m_filtersStale = false;
};

} // namespace csw
