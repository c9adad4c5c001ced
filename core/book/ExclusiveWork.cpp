// SPDX-License-Identifier: MIT
#include "book/ExclusiveWork.h"

#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace csw {

namespace {
// One key for every CS Workbench book's long work (its application id): a database holds one book.
constexpr qint64 LockKey = 0x43535742;
const QString Prefix = QStringLiteral("csworkbench: ");
} // namespace

Expected<ExclusiveWork> ExclusiveWork::begin(const Book &book, const QString &what)
{
    if (book.engine() != BookEngine::Postgres)
        return ExclusiveWork(nullptr);
    // The work is named where the others can read it: this session's application name.
    auto named = book.query(QStringLiteral("SELECT set_config('application_name', ?, false)"),
                            {QString(Prefix + what)});
    if (!named)
        return named.error();
    auto taken = book.query(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {LockKey});
    if (!taken)
        return taken.error();
    if (taken->next() && taken->value(0).toBool())
        return ExclusiveWork(&book);
    auto holder = book.query(QStringLiteral(
        "SELECT a.usename, a.application_name, to_char(a.backend_start, 'HH24:MI') FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
        "AND l.objid = ? AND a.pid <> pg_backend_pid() AND l.database = (SELECT oid FROM "
        "pg_database WHERE datname = current_database())"),   // advisory locks are per database
        {LockKey});
    QString who, doing, since;
    if (holder && holder->next()) {
        who = holder->value(0).toString();
        doing = holder->value(1).toString();
        since = holder->value(2).toString();
    }
    doing = doing.startsWith(Prefix) ? doing.mid(Prefix.size()) : tr("other work");
    return Error{tr("%1 by %2 is in progress on %3 (since %4); nothing was changed, try again when it "
                    "has finished")
                     .arg(doing, who.isEmpty() ? tr("another user") : who, book.path(), since),
                 ErrorKind::Busy};
}

ExclusiveWork::ExclusiveWork(ExclusiveWork &&other) noexcept : m_book(std::exchange(other.m_book, nullptr)) {}

ExclusiveWork::~ExclusiveWork()
{
    if (!m_book)
        return;
    (void)m_book->query(QStringLiteral("SELECT pg_advisory_unlock(?)"), {LockKey});
    (void)m_book->query(QStringLiteral("SELECT set_config('application_name', 'csworkbench', false)"));
}

} // namespace csw
