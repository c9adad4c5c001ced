// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace csw {

class ActivityListModel;
class BookSession;

// An account's activities, newest first, with "Log activity…" (undoable).
class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(BookSession &session, QWidget *parent = nullptr);

    // Shows the activities of account `id`, or none for 0.
    void showAccount(qint64 id);
    ActivityListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    // Opens the "Log activity" dialog for the shown account.
    void logActivity();

private:
    void reload();

    BookSession &m_session;
    qint64 m_id = 0;
    ActivityListModel *m_model;
    QTableView *m_table;
    QPushButton *m_log;
};

} // namespace csw
