// SPDX-License-Identifier: MIT
#include "book/BulkStatement.h"

#include "book/Book.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <utility>

namespace csw {

namespace {
// `head` VALUES `row` `tail` of an INSERT with one row of values; false for any other statement.
bool splitInsert(const QString &sql, QString &head, QString &row, QString &tail)
{
    const qsizetype values = sql.indexOf(QLatin1String(" VALUES ("));
    if (!sql.startsWith(QLatin1String("INSERT INTO ")) || values < 0)
        return false;
    const qsizetype open = values + 8;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')') && --depth == 0) {
            head = sql.left(open);
            row = sql.mid(open, i + 1 - open);
            tail = sql.mid(i + 1);
            return true;
        }
    }
    return false;
}

QString batchSql(const QString &head, const QString &row, const QString &tail, int rows)
{
    return head + QStringList(rows, row).join(QStringLiteral(", ")) + tail;
}
} // namespace

Expected<BulkStatement> BulkStatement::prepare(const Book &book, const char *sql, int batch)
{
    if (book.engine() == BookEngine::Postgres) {
        BulkStatement statement;
        statement.m_book = &book;
        const QString text = QString::fromUtf8(sql);
        // COPY is refused to a login held to row rules (RowSecurity): it inserts in batches.
        if (batch > 1 && book.member().ownsBook && (statement.m_copy = CopyIn::forInsert(text)))
            return statement;
        if (batch > 1 && splitInsert(text, statement.m_head, statement.m_row, statement.m_tail))
            statement.m_batch = batch;
        statement.m_query = std::make_unique<QSqlQuery>(book.database());
        const QString full = statement.m_batch > 1
                                 ? batchSql(statement.m_head, statement.m_row, statement.m_tail, batch)
                                 : text;
        if (!statement.m_query->prepare(full))
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
      m_copy(std::move(other.m_copy)), m_query(std::move(other.m_query)), m_next(other.m_next), m_head(std::move(other.m_head)),
      m_row(std::move(other.m_row)), m_tail(std::move(other.m_tail)), m_batch(other.m_batch),
      m_pending(std::move(other.m_pending)), m_pendingRows(std::exchange(other.m_pendingRows, 0))
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_book = other.m_book;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_copy = std::move(other.m_copy);
        m_query = std::move(other.m_query);
        m_next = other.m_next;
        m_head = std::move(other.m_head);
        m_row = std::move(other.m_row);
        m_tail = std::move(other.m_tail);
        m_batch = other.m_batch;
        m_pending = std::move(other.m_pending);
        m_pendingRows = std::exchange(other.m_pendingRows, 0);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
    if (m_pendingRows > 0 || (m_copy && m_copy->holdsRows()))   // a caller that forgot flush() lost these rows: say so
        qWarning("BulkStatement: rows were never written (flush() was not called)");
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    if (m_copy) {
        m_copy->add(value);
        return *this;
    }
    if (m_query) {
        m_pending << value;
        return *this;
    }
    sqlite3_bind_int64(m_statement, m_next++, value);
    return *this;
}

BulkStatement &BulkStatement::bind(double value)
{
    if (m_copy) {
        m_copy->add(value);
        return *this;
    }
    if (m_query) {
        m_pending << value;
        return *this;
    }
    sqlite3_bind_double(m_statement, m_next++, value);
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &text)
{
    if (text.isNull())
        return bindNull();
    if (m_copy) {
        m_copy->add(text.toUtf8());
        return *this;
    }
    if (m_query) {
        m_pending << text;
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, m_next++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(const char *utf8)
{
    if (m_copy) {
        m_copy->add(QByteArrayView(utf8));
        return *this;
    }
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    sqlite3_bind_text(m_statement, m_next++, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(QByteArrayView utf8)
{
    if (m_copy) {
        m_copy->add(utf8);
        return *this;
    }
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    sqlite3_bind_text(m_statement, m_next++, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bindNull()
{
    if (m_copy) {
        m_copy->addNull();
        return *this;
    }
    if (m_query) {
        m_pending << QVariant(QMetaType::fromType<QString>());
        return *this;
    }
    sqlite3_bind_null(m_statement, m_next++);
    return *this;
}

BulkStatement &BulkStatement::bind(const QVariant &value)
{
    if (value.isNull())
        return bindNull();
    if (m_query) {
        m_pending << value;
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return bind(value.toLongLong());
    case QMetaType::Double:
        return bind(value.toDouble());
    default:
        return bind(value.toString());
    }
}

Status BulkStatement::run()
{
    if (m_copy)
        return m_copy->endRow() ? m_copy->send(*m_book) : Status();
    if (m_query) {
        if (++m_pendingRows < m_batch)
            return {};
        return send(m_pendingRows);
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

Status BulkStatement::flush()
{
    if (m_copy)
        return m_copy->send(*m_book);
    return m_query && m_pendingRows > 0 ? send(m_pendingRows) : Status();
}

// Sends the `rows` rows held: a full batch through the prepared statement, the rest at the end
// through one prepared for them.
Status BulkStatement::send(int rows)
{
    QSqlQuery partial(m_book->database());
    QSqlQuery *query = m_query.get();
    if (rows != m_batch) {
        if (!partial.prepare(batchSql(m_head, m_row, m_tail, rows)))
            return m_book->errorFrom(partial);
        query = &partial;
    }
    for (const QVariant &value : std::as_const(m_pending))
        query->addBindValue(value);
    m_pending.clear();
    m_pendingRows = 0;
    const Status done = m_book->exec(*query);
    query->finish();
    return done;
}

} // namespace csw
