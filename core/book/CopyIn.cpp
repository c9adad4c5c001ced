// SPDX-License-Identifier: MIT
#include "book/CopyIn.h"

#include "book/Book.h"
#include "book/PostgresDialect.h"

#include <QRegularExpression>
#include <QSqlError>

#include <libpq-fe.h>

namespace csw {

namespace {
// Rows held before a send: a few megabytes a round trip, little memory.
constexpr qsizetype SendBytes = 4 << 20;

} // namespace

std::optional<CopyIn> CopyIn::forInsert(const QString &sql)
{
    static const QRegularExpression insert(QStringLiteral(
        R"(^INSERT INTO (\w+) \(([\w", ]+)\) VALUES \((\?(?:, ?\?)*)\)$)"));
    const auto m = insert.match(sql.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    CopyIn copy;
    copy.m_copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m.captured(1), m.captured(2)).toUtf8();
    return copy;
}

void CopyIn::separate()
{
    if (m_rowStarted)
        m_rows += '\t';
    m_rowStarted = true;
}

void CopyIn::add(qint64 value)
{
    separate();
    m_rows += QByteArray::number(value);
}

void CopyIn::add(double value)
{
    separate();
    m_rows += QByteArray::number(value, 'g', 17);
}

void CopyIn::add(QByteArrayView utf8)
{
    separate();
    // COPY's text format: a backslash starts an escape, tab and newline end a value or row.
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_rows += "\\\\"; break;
        case '\t': m_rows += "\\t"; break;
        case '\n': m_rows += "\\n"; break;
        case '\r': m_rows += "\\r"; break;
        default: m_rows += c;
        }
    }
}

void CopyIn::addNull()
{
    separate();
    m_rows += "\\N";
}

bool CopyIn::endRow()
{
    m_rows += '\n';
    m_rowStarted = false;
    return m_rows.size() >= SendBytes;
}

Status CopyIn::send(const Book &book)
{
    if (m_rows.isEmpty())
        return {};
    const QByteArray rows = std::exchange(m_rows, {});
    PGconn *connection = PostgresDialect::connectionOf(book.database());
    if (!connection)
        return Error{tr("the book %1 is not open on PostgreSQL").arg(book.path())};
    PGresult *started = PQexec(connection, m_copy.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const QSqlError error = PostgresDialect::errorOf(connection, started);
        PQclear(started);
        return book.errorFrom(error);
    }
    PQclear(started);
    const bool sent = PQputCopyData(connection, rows.constData(), int(rows.size())) == 1
                      && PQputCopyEnd(connection, nullptr) == 1;
    QSqlError error;
    // The results until none is left, so the connection is free for the next statement.
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !error.isValid())
            error = PostgresDialect::errorOf(connection, result);
        PQclear(result);
    }
    if (!sent && !error.isValid())
        error = PostgresDialect::errorOf(connection, nullptr);
    return error.isValid() ? Status(book.errorFrom(error)) : Status();
}

} // namespace csw
