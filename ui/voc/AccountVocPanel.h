// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace csw {

class AccountVocModel;
class BookSession;

// The account detail's "Voice of the customer": what this account said (the entries it is
// behind, newest first) and "Log VOC…" to log a new one from it. Double-clicking an entry
// asks for it on the VOC board.
class AccountVocPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountVocPanel(BookSession &session, QWidget *parent = nullptr);

    void showAccount(qint64 id);
    AccountVocModel *model() const { return m_model; }

public Q_SLOTS:
    // The log dialog with this account filled in; returns the new entry's id (0 if none).
    qint64 logVoc();

Q_SIGNALS:
    void openEntryRequested(qint64 entryId);

private:
    void reload();

    BookSession &m_session;
    qint64 m_id = 0;
    AccountVocModel *m_model;
    QTableView *m_table;
    QPushButton *m_log;
};

} // namespace csw
