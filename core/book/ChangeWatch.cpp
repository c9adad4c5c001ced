// SPDX-License-Identifier: MIT
#include "book/ChangeWatch.h"

#include "book/Book.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace csw {

namespace {
constexpr int PollMs = 400;     // within a second of a commit, at a cost of one local read
constexpr int SettleMs = 100;
constexpr int MaxHeld = 200;
} // namespace

ChangeWatch::ChangeWatch(Book &book, QObject *parent) : QObject(parent), m_book(book)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeWatch::flush);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::poll);
    m_poll.start();
    // Before the window reads the book: nothing committed after that read goes unheard.
    poll();
}

// SQLite: the data version moves when another connection commits. A team book: subscribed
// again whenever its connection is new (after a lost one came back), and then anything may
// have changed meanwhile.
void ChangeWatch::poll()
{
    if (m_book.engine() == BookEngine::Sqlite) {
        auto version = m_book.query(QStringLiteral("PRAGMA data_version"));
        if (!version || !version->next())
            return;
        const qint64 now = version->value(0).toLongLong();
        if (m_dataVersion >= 0 && now != m_dataVersion) {
            m_unknown = true;
            m_settle.start();
        }
        m_dataVersion = now;
        return;
    }
    QSqlDriver *driver = m_book.database().driver();
    if (!driver || driver->subscribedToNotifications().contains(QLatin1String(Channel)))
        return;
    if (!driver->subscribeToNotification(QLatin1String(Channel)))
        return;   // the server is away: tried again at the next poll
    connect(driver, &QSqlDriver::notification, this, &ChangeWatch::heard, Qt::UniqueConnection);
    if (m_subscribed) {   // a new connection: what happened while there was none is unknown
        m_unknown = true;
        m_settle.start();
    }
    m_subscribed = true;
}

void ChangeWatch::heard(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (channel != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    if (text.isEmpty()) {
        m_unknown = true;
    } else {
        const BookChange change = BookChange::parse(text);
        if (m_changes.size() >= MaxHeld)
            m_unknown = true;   // a burst: re-read everything once
        else if (!m_changes.contains(change))
            m_changes << change;
    }
    m_settle.start();
}

void ChangeWatch::flush()
{
    QList<BookChange> changes;
    if (!m_unknown)
        changes.swap(m_changes);
    m_changes.clear();
    m_unknown = false;
    Q_EMIT changed(changes);
}

} // namespace csw
