// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace csw {

class BookSession;
class TaskTableModel;

// An account's tasks, open and closed, by due date: "Add task…" and checking one off, both
// undoable.
class AccountTasksPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountTasksPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows the tasks of account `id`, or none for 0.
    void showAccount(qint64 id);
    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    // Opens the "Add task" dialog for the shown account.
    void addTask();

private:
    void reload();
    void check(int row, bool done);

    BookSession &m_session;
    qint64 m_id = 0;
    TaskTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
};

} // namespace csw
