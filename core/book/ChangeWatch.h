// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookChange.h"

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace csw {

class Book;

// Notices what others commit to the book this process has open, so a window can show it
// without being reopened: on a team book through PostgreSQL's LISTEN/NOTIFY (each statement's
// trigger names the table, the rows, their accounts and the columns changed: BookChange; a
// client re-reads under its own permissions), on an SQLite
// book through PRAGMA data_version (another connection or process committed). Its own commits
// are not reported. Runs on the thread of the book's connection, from its event loop.
class ChangeWatch final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Channel = "csw_changes";

    explicit ChangeWatch(Book &book, QObject *parent = nullptr);

Q_SIGNALS:
    // What others changed, statement by statement (repeats dropped); empty when what is not
    // known (an SQLite book, or a team book's connection that was lost and is back: anything
    // may have changed).
    void changed(const QList<csw::BookChange> &changes);

private:
    void poll();
    void heard(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();

    Book &m_book;
    QTimer m_poll;
    QTimer m_settle;   // notifications of one burst, reported once
    QList<BookChange> m_changes;
    bool m_unknown = false;
    qint64 m_dataVersion = -1;
    bool m_subscribed = false;
};

} // namespace csw
