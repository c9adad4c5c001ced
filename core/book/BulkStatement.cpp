// SPDX-License-Identifier: MIT
#include "book/BulkStatement.h"

#include "book/Book.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <utility>

namespace csw {

Expected<BulkStatement> BulkStatement::prepare(const Book &book, const char *sql)
{
    if (book.engine() == BookEngine::Postgres) {
        BulkStatement statement;
        statement.m_book = &book;
        statement.m_query = std::make_unique<QSqlQuery>(book.database());
        if (!statement.m_query->prepare(QString::fromUtf8(sql)))
            return book.errorFrom(*statement.m_query);
        return statement;
    }
    const QVariant handle = book.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{tr("the book %1 is not open on SQLite").arg(book.path())};
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    BulkStatement statement;
    statement.m_book = &book;
    if (sqlite3_prepare_v2(db, sql, -1, &statement.m_statement, nullptr) != SQLITE_OK)
        return Error{tr("the book %1 could not be written: %2")
                         .arg(book.path(), QString::fromUtf8(sqlite3_errmsg(db)))};
    return statement;
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_book(other.m_book), m_statement(std::exchange(other.m_statement, nullptr)),
      m_query(std::move(other.m_query)), m_next(other.m_next)
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_book = other.m_book;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_query = std::move(other.m_query);
        m_next = other.m_next;
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return *this;
    }
    sqlite3_bind_int64(m_statement, m_next++, value);
    return *this;
}

BulkStatement &BulkStatement::bind(double value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return *this;
    }
    sqlite3_bind_double(m_statement, m_next++, value);
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &text)
{
    if (text.isNull())
        return bindNull();
    if (m_query) {
        m_query->addBindValue(text);
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, m_next++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(const char *utf8)
{
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    sqlite3_bind_text(m_statement, m_next++, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(QByteArrayView utf8)
{
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    sqlite3_bind_text(m_statement, m_next++, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bindNull()
{
    if (m_query) {
        m_query->addBindValue(QVariant(QMetaType::fromType<QString>()));
        return *this;
    }
    sqlite3_bind_null(m_statement, m_next++);
    return *this;
}

Status BulkStatement::run()
{
    if (m_query) {
        const Status done = m_book->exec(*m_query);
        m_query->finish();
        return done;
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    const int primary = rc & 0xff;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    if (primary == SQLITE_FULL)
        return Error{tr("the disk holding %1 is full; nothing was changed").arg(m_book->path())};
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error{tr("the book %1 is busy: another program is writing to it; nothing was "
                        "changed, try again when it has finished")
                         .arg(m_book->path())};
    return Error{tr("the book %1 could not be written: %2").arg(m_book->path(), detail)};
}

} // namespace csw
