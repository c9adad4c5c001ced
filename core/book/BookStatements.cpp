// SPDX-License-Identifier: MIT
// Book's statements and transactions: its connection (reopened after a team book's was lost),
// prepared statements, write transactions and the errors users read.
#include "book/Book.h"

#include "book/Dialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace csw {

QSqlDatabase Book::database() const
{
    // Reopened outside a transaction only: work begun on the lost connection is gone with it
    // (the server rolled it back) and must fail as a whole, not go on on a new one.
    if (m_lost && !m_inTransaction)
        reconnect();
    return QSqlDatabase::database(m_connection, false);
}

void Book::reconnect() const
{
    m_lost = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())   // still away: the next statement says so, and the one after tries again
        m_lost = true;
}

Expected<QSqlQuery> Book::prepare(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return errorFrom(query);
    return query;
}

Expected<QSqlQuery> Book::query(const QString &sql, const QVariantList &values) const
{
    return run(sql, values, false);
}

Expected<QSqlQuery> Book::query(const QString &sql, const Named &values) const
{
    QVariantList ordered;
    const QString text = positional(sql, values, ordered);
    return run(text, ordered, false);
}

Expected<QSqlQuery> Book::stream(const QString &sql, const QVariantList &values) const
{
    return run(sql, values, true);
}

Expected<QSqlQuery> Book::stream(const QString &sql, const Named &values) const
{
    QVariantList ordered;
    const QString text = positional(sql, values, ordered);
    return run(text, ordered, true);
}

Expected<QSqlQuery> Book::run(const QString &sql, const QVariantList &values, bool forwardOnly) const
{
    QSqlQuery query(database());
    query.setForwardOnly(forwardOnly);
    // Run at once: on a team book one round trip instead of three.
    const QString once = values.isEmpty() ? sql : dialect().inlined(sql, values);
    if (!once.isEmpty()) {
        if (!query.exec(once))
            return errorFrom(query);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto ok = exec(query); !ok)
        return ok.error();
    return query;
}

QString Book::positional(const QString &sql, const Named &named, QVariantList &values)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(':') && i + 1 < sql.size() && sql[i + 1] == QLatin1Char(':')) {
            out += QStringLiteral("::");   // a cast
            ++i;
            continue;
        } else if (c == QLatin1Char(':') && i + 1 < sql.size() && sql[i + 1].isLetter()) {
            qsizetype end = i + 1;
            while (end < sql.size() && (sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
                ++end;
            values << named.value(sql.mid(i + 1, end - i - 1));
            out += QLatin1Char('?');
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

Status Book::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return errorFrom(query);
    return {};
}

Status Book::execAll(const QStringList &statements) const
{
    QSqlQuery query(database());
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return errorFrom(query);
    return {};
}

Expected<qint64> Book::insert(QSqlQuery &query) const
{
    if (!query.exec())
        return errorFrom(query);
    // A row given its id (a redone addition binds it first: INSERT INTO t (id, …)) has that
    // id; PostgreSQL's lastval() would tell the sequence's last one instead.
    static const QRegularExpression givenId(QStringLiteral(R"(^\s*INSERT INTO \w+ \(id,)"));
    const QVariant first = query.boundValue(0);
    if (!first.isNull() && givenId.match(query.lastQuery()).hasMatch())
        return first.toLongLong();
    return query.lastInsertId().toLongLong();
}

Status Book::write(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Error{tr("the book %1 is read-only; nothing was changed").arg(m_path), ErrorKind::ReadOnly};
    if (m_inTransaction)
        return work();   // nested: part of the caller's transaction
    QSqlQuery control(database());
    if (!control.exec(dialect().beginWrite()))
        return errorFrom(control);
    m_inTransaction = true;
    Status result = work();
    m_inTransaction = false;
    if (result) {
        if (control.exec(QStringLiteral("COMMIT")))
            return result;
        result = errorFrom(control);
    }
    control.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Error Book::errorFrom(const QSqlQuery &query) const
{
    return errorFrom(query.lastError());
}

Error Book::errorFrom(const QSqlError &error) const
{
    ErrorKind kind = dialect().kindOf(error);
    // A failure without an SQLSTATE on a team book may be its connection breaking.
    if (kind == ErrorKind::Other && error.nativeErrorCode().isEmpty()
        && dialect().connectionBroken(QSqlDatabase::database(m_connection, false)))
        kind = ErrorKind::ConnectionLost;
    if (kind == ErrorKind::ConnectionLost)
        m_lost = true;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (kind) {
    case ErrorKind::Busy:
        return Error{tr("the book %1 is busy: another program is writing to it; nothing was "
                        "changed, try again when it has finished")
                         .arg(m_path),
                     kind};
    case ErrorKind::ReadOnly:
        return Error{tr("the book %1 is read-only; nothing was changed").arg(m_path), kind};
    case ErrorKind::Permission:
        return Error{m_member.refusal(m_path), kind};
    case ErrorKind::DiskFull:
        return Error{tr("the disk holding %1 is full; nothing was changed").arg(m_path), kind};
    case ErrorKind::Damaged:
        return Error{tr("the book %1 is damaged (%2); restore it from a backup").arg(m_path, detail),
                     kind};
    case ErrorKind::ConnectionLost:
        return Error{tr("the connection to the team book %1 was lost (%2); nothing was changed, "
                        "the next action reconnects")
                         .arg(m_path, detail.trimmed()),
                     kind};
    default:
        return Error{tr("the book %1 could not be read or written: %2").arg(m_path, detail), kind};
    }
}

} // namespace csw
