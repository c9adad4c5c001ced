// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "io/TextEncoding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace csw {

class FrozenColumn;

struct AccountFilter;
class AccountDetailView;
class AccountFilterBar;
class AccountTableModel;
class Book;
class BookSession;

// The Accounts view: filters over the book's table of accounts, and the selected account's
// detail beside it.
class AccountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsView(BookSession &session, QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    FrozenColumn *frozenColumn() const { return m_frozen; }
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
    // Writes the listed accounts, in the order shown, to a CSV file Excel opens (UTF-8 with a
    // byte order mark, or CP932 for older Japanese Excel: a character it lacks becomes 〓 and is
    // counted in the message); "Export list…" asks where and which. Returns the error, and says it.
    Status exportTo(const QString &path, TextEncoding encoding = TextEncoding::Utf8);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateFilters();
    void showSelected();
    void keepSelection();
    void updateCount();
    void sizeColumns();
    void setUpTable();
    void chooseExport();

    BookSession &m_session;
    AccountFilterBar *m_filters;
    AccountTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_export;
    AccountDetailView *m_detail;
    QSplitter *m_splitter;
    FrozenColumn *m_frozen = nullptr;
    bool m_active = true;
    const Book *m_keptBook = nullptr;   // the book whose account keepSelection follows
    bool m_filtersStale = false;
};

} // namespace csw
