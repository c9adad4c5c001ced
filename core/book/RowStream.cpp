// SPDX-License-Identifier: MIT
#include "book/RowStream.h"

#include "book/Book.h"
#include "book/PgRows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace csw {

namespace {
sqlite3 *nativeHandle(const Book &book)
{
    const QVariant handle = book.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

RowStream::RowStream(const Book &book, sqlite3_stmt *statement)
    : m_book(&book), m_statement(statement)
{
}

RowStream::RowStream(RowStream &&other) noexcept
    : m_book(other.m_book), m_statement(std::exchange(other.m_statement, nullptr)),
      m_rows(std::move(other.m_rows)), m_query(std::move(other.m_query)), m_values(std::move(other.m_values)), m_texts(std::move(other.m_texts)),
      m_made(std::move(other.m_made)), m_error(std::move(other.m_error))
{
}

RowStream &RowStream::operator=(RowStream &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_book = other.m_book;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_rows = std::move(other.m_rows);
        m_query = std::move(other.m_query);
        m_values = std::move(other.m_values);
        m_texts = std::move(other.m_texts);
        m_made = std::move(other.m_made);
        m_error = std::move(other.m_error);
    }
    return *this;
}

RowStream::~RowStream()
{
    sqlite3_finalize(m_statement);
}

namespace {
// A value as SQLite writes it as text, so that both engines give the same: a real number keeps
// its decimal point (SQLite's "%!.15g": 48 is "48.0").
QByteArray textOf(const QVariant &value)
{
    if (value.typeId() != QMetaType::Double)
        return value.toString().toUtf8();
    QByteArray text = QByteArray::number(value.toDouble(), 'g', 15);
    if (!text.contains('.') && !text.contains('e') && !text.contains("inf") && !text.contains("nan"))
        text += ".0";
    return text;
}
} // namespace

Expected<RowStream> RowStream::open(const Book &book, const QByteArray &sql,
                                    const QVariantList &values)
{
    if (book.engine() == BookEngine::Postgres)
        return openQuery(book, sql, values);
    sqlite3 *db = nativeHandle(book);
    if (!db)
        return Error{tr("the book %1 is not open on SQLite").arg(book.path())};
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return Error{tr("the book %1 could not be read: %2")
                         .arg(book.path(), QString::fromUtf8(sqlite3_errmsg(db)))};
    RowStream stream(book, statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return Error{tr("the book %1 could not be read: %2")
                             .arg(book.path(), QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    return stream;
}

Expected<RowStream> RowStream::openQuery(const Book &book, const QByteArray &sql,
                                         const QVariantList &values)
{
    RowStream stream(book, nullptr);
    if (auto started = PgRows::start(book, sql, values)) {
        if (!*started)
            return started->error();
        stream.m_rows = std::make_unique<PgRows>(std::move(**started));
        return stream;
    }
    stream.m_query = std::make_unique<QSqlQuery>(book.database());
    stream.m_query->setForwardOnly(true);
    if (!stream.m_query->prepare(QString::fromUtf8(sql)))
        return book.errorFrom(*stream.m_query);
    for (const QVariant &value : values)
        stream.m_query->addBindValue(value);
    if (auto ok = book.exec(*stream.m_query); !ok)
        return ok.error();
    return stream;
}

bool RowStream::next()
{
    if (m_rows) {
        if (m_rows->next())
            return true;
        m_error = m_rows->error();
        m_rows.reset();
        return false;
    }
    if (m_query) {
        if (!m_query->next()) {
            if (m_query->lastError().isValid())
                m_error = m_book->errorFrom(*m_query);
            m_query.reset();
            return false;
        }
        // The values as the driver gives them; each one's text is made when asked for.
        if (m_values.empty())
            m_values.resize(std::size_t(m_query->record().count()));
        m_texts.assign(m_values.size(), QByteArray());
        m_made.assign(m_values.size(), false);
        for (std::size_t i = 0; i < m_values.size(); ++i)
            m_values[i] = m_query->value(int(i));
        return true;
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        const int primary = rc & 0xff;
        const QString detail = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            m_error = Error{tr("the book %1 is damaged (%2); restore it from a backup")
                                .arg(m_book->path(), detail)};
        else
            m_error = Error{tr("the book %1 could not be read: %2").arg(m_book->path(), detail)};
    }
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

int RowStream::columnCount() const
{
    if (m_rows)
        return m_rows->columnCount();
    if (m_query)
        return int(m_values.size());
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

bool RowStream::isNull(int column) const
{
    if (m_rows)
        return m_rows->isNull(column);
    if (m_query)
        return m_values[std::size_t(column)].isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView RowStream::text(int column) const
{
    if (m_rows)
        return m_rows->text(column);
    if (m_query) {
        const QVariant &value = m_values[std::size_t(column)];
        if (!m_made[std::size_t(column)] && !value.isNull()) {
            m_texts[std::size_t(column)] = textOf(value);
            m_made[std::size_t(column)] = true;
        }
        return m_texts[std::size_t(column)];
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

qint64 RowStream::integer(int column) const
{
    if (m_rows)
        return m_rows->integer(column);
    if (m_query)
        return m_values[std::size_t(column)].toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double RowStream::real(int column) const
{
    if (m_rows)
        return m_rows->real(column);
    if (m_query)
        return m_values[std::size_t(column)].toDouble();
    return sqlite3_column_double(m_statement, column);
}

} // namespace csw
