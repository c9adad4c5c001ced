// SPDX-License-Identifier: MIT
#include "book/PgRows.h"

#include "book/Book.h"
#include "book/Dialect.h"
#include "book/PostgresDialect.h"

#include <QMetaObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QtMath>

#include <libpq-fe.h>


namespace csw {

namespace {
// pg_type oids of the results' columns that read differently from their text.
constexpr Oid BoolOid = 16, Float4Oid = 700, Float8Oid = 701, NumericOid = 1700;
} // namespace

PgRows::PgRows(const Book &book, pg_conn *connection) : m_book(&book), m_connection(connection) {}

PgRows::PgRows(PgRows &&other) noexcept
    : m_book(other.m_book), m_connection(std::exchange(other.m_connection, nullptr)),
      m_row(std::exchange(other.m_row, nullptr)), m_columns(other.m_columns), m_kinds(std::move(other.m_kinds)),
      m_texts(std::move(other.m_texts)), m_error(std::move(other.m_error))
{
}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        finish();
        m_book = other.m_book;
        m_connection = std::exchange(other.m_connection, nullptr);
        m_row = std::exchange(other.m_row, nullptr);
        m_columns = other.m_columns;
        m_kinds = std::move(other.m_kinds);
        m_texts = std::move(other.m_texts);
        m_error = std::move(other.m_error);
    }
    return *this;
}

PgRows::~PgRows()
{
    finish();
}

void PgRows::finish()
{
    PQclear(std::exchange(m_row, nullptr));
    if (!m_connection)
        return;
    // The rows not read yet, so the connection is free for the next statement.
    while (PGresult *rest = PQgetResult(m_connection))
        PQclear(rest);
    m_connection = nullptr;
    // A colleague's change notice read off the socket with the rows waits inside libpq, where
    // Qt's socket notifier does not see it: ask the driver to look, as it does after its own
    // statements.
    QSqlDriver *driver = m_book->database().driver();
    if (!driver->subscribedToNotifications().isEmpty()
        && driver->metaObject()->indexOfMethod("_q_handleNotification()") >= 0)
        QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::QueuedConnection);
}

std::optional<Expected<PgRows>> PgRows::start(const Book &book, const QByteArray &sql, const QVariantList &values)
{
    PGconn *connection = PostgresDialect::connectionOf(book.database());
    if (!connection)
        return Expected<PgRows>(Error{tr("the book %1 is not open on PostgreSQL").arg(book.path())});
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE || PQisBusy(connection))
        return std::nullopt;   // another statement's rows are still coming (a forward-only QSqlQuery)
    const QByteArray statement =
        values.isEmpty() ? sql : book.dialect().inlined(QString::fromUtf8(sql), values).toUtf8();
    if (statement.isEmpty())
        return std::nullopt;   // values that cannot be written in (bytes, NUL): Qt binds them
    if (!PQsendQuery(connection, statement.constData()) || !PQsetSingleRowMode(connection)) {
        const QSqlError error = PostgresDialect::errorOf(connection, nullptr);
        while (PGresult *rest = PQgetResult(connection))
            PQclear(rest);
        return Expected<PgRows>(book.errorFrom(error));
    }
    return Expected<PgRows>(PgRows(book, connection));
}

bool PgRows::next()
{
    PQclear(std::exchange(m_row, nullptr));
    if (!m_connection)
        return false;
    PGresult *result = PQgetResult(m_connection);
    if (!result) {
        // The statement's end never came: another statement ran on the connection and took the
        // rest of the rows. Not an end of the rows: the caller must not take them as all.
        m_error = m_book->errorFrom(QSqlError(QStringLiteral("libpq"),
                                              tr("another statement ran on the connection before "
                                                 "all the rows were read"),
                                              QSqlError::StatementError));
        finish();
        return false;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_SINGLE_TUPLE) {
        m_row = result;
        std::fill(m_madeReal.begin(), m_madeReal.end(), false);
        if (m_kinds.empty()) {   // the columns' types, read once
            m_columns = PQnfields(result);
            m_kinds.resize(std::size_t(m_columns));
            m_texts.resize(std::size_t(m_columns));
            m_madeReal.assign(std::size_t(m_columns), false);
            for (int c = 0; c < m_columns; ++c) {
                const Oid type = PQftype(result, c);
                m_kinds[std::size_t(c)] = type == BoolOid ? Kind::Boolean
                    : (type == Float4Oid || type == Float8Oid || type == NumericOid) ? Kind::Real
                                                                                      : Kind::Plain;
            }
        }
        return true;
    }
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        m_error = m_book->errorFrom(PostgresDialect::errorOf(m_connection, result));
    PQclear(result);
    finish();
    return false;
}

bool PgRows::isNull(int column) const
{
    return PQgetisnull(m_row, 0, column);
}

QByteArrayView PgRows::text(int column) const
{
    if (PQgetisnull(m_row, 0, column))
        return {};
    const QByteArrayView raw(PQgetvalue(m_row, 0, column), PQgetlength(m_row, 0, column));
    switch (m_kinds[std::size_t(column)]) {
    case Kind::Plain:
        return raw;
    case Kind::Boolean:
        return raw == "t" ? QByteArrayView("true") : QByteArrayView("false");
    case Kind::Real:
        break;
    }
    // As SQLite writes a real ("%!.15g"): 48 is "48.0". Made once a row, so that the view given
    // stays valid until next().
    QByteArray &text = m_texts[std::size_t(column)];
    if (!m_madeReal[std::size_t(column)]) {
        text = QByteArray::number(raw.toDouble(), 'g', 15);
        if (!text.contains('.') && !text.contains('e') && !text.contains("inf") && !text.contains("nan"))
            text += ".0";
        m_madeReal[std::size_t(column)] = true;
    }
    return text;
}

qint64 PgRows::integer(int column) const
{
    // Qt's number parsing: the C locale's, whatever the person's is.
    const QByteArrayView raw(PQgetvalue(m_row, 0, column), PQgetlength(m_row, 0, column));
    switch (m_kinds[std::size_t(column)]) {
    case Kind::Boolean:
        return raw == "t" ? 1 : 0;
    case Kind::Real:
        return qRound64(raw.toDouble());
    case Kind::Plain:
        break;
    }
    return raw.toLongLong();
}

double PgRows::real(int column) const
{
    const QByteArrayView raw(PQgetvalue(m_row, 0, column), PQgetlength(m_row, 0, column));
    if (m_kinds[std::size_t(column)] == Kind::Boolean)
        return raw == "t" ? 1 : 0;
    return raw.toDouble();
}

} // namespace csw
