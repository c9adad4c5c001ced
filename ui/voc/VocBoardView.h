// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace csw {

class BookSession;
class VocDetailPanel;
class VocFilterBar;
class VocTableModel;

// The VOC board: what customers said, filtered and ranked by impact (the ARR behind each entry,
// weighted by how much each account cares, and what of it is at risk), with the selected
// entry's detail and actions beside it, "New VOC entry…" and "Export VOC report…".
class VocBoardView final : public QWidget
{
    Q_OBJECT

public:
    explicit VocBoardView(BookSession &session, QWidget *parent = nullptr);

    VocTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VocFilterBar *filterBar() const { return m_filters; }
    VocDetailPanel *detail() const { return m_detail; }
    // Shows entry `id` in the detail, selecting its row when the board lists it near the top.
    void selectEntry(qint64 id);
    void focusSearch();

    void saveLayout() const;
    void restoreLayout();
    // Whether the view is the one shown. An inactive view leaves loading a new book's rows
    // and filter choices until it is shown again (the window opens on one view).
    void setActive(bool active);

public Q_SLOTS:
    // "New VOC entry…": the log dialog with no account chosen yet.
    void newEntry();
    // "Export VOC report…" of what the board shows, in its order.
    void exportReport();

Q_SIGNALS:
    void openAccountRequested(qint64 accountId);
    // A line for the status bar, e.g. what an export wrote.
    void statusMessage(const QString &message);

private:
    void updateFilters();
    void showSelected();
    void headerClicked(int column);
    void showRanking();
    void sizeColumns();
    void updateCount();
    void keepSelection();

    BookSession &m_session;
    VocFilterBar *m_filters;
    VocTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_export;
    VocDetailPanel *m_detail;
    QSplitter *m_splitter;
    bool m_active = true;
    bool m_filtersStale = false;
};

} // namespace csw
