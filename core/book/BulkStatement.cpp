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
    const auto failed = [&] {
        return Error{tr("the book %1 could not be written: %2").arg(book.path(), QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    if (sqlite3_prepare_v2(db, sql, -1, &statement.m_statement, nullptr) != SQLITE_OK)
        return failed();
    QString head, row, tail;
    if (batch > 1 && splitInsert(QString::fromUtf8(sql), head, row, tail)) {
        // Too many values for one statement (SQLite's limit): the rows go one at a time.
        const QByteArray many = batchSql(head, row, tail, batch).toUtf8();
        if (sqlite3_prepare_v2(db, many.constData(), int(many.size()), &statement.m_batchStatement, nullptr)
            == SQLITE_OK)
            statement.m_batch = batch;
    }
    return statement;
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_book(other.m_book), m_statement(std::exchange(other.m_statement, nullptr)),
      m_copy(std::move(other.m_copy)), m_query(std::move(other.m_query)), m_next(other.m_next), m_head(std::move(other.m_head)),
      m_row(std::move(other.m_row)), m_tail(std::move(other.m_tail)), m_batch(other.m_batch),
      m_pending(std::move(other.m_pending)), m_pendingRows(std::exchange(other.m_pendingRows, 0)),
      m_batchStatement(std::exchange(other.m_batchStatement, nullptr)), m_held(std::move(other.m_held))
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        sqlite3_finalize(m_batchStatement);
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
        m_batchStatement = std::exchange(other.m_batchStatement, nullptr);
        m_held = std::move(other.m_held);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
    sqlite3_finalize(m_batchStatement);
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
    return put([&](Held &h) { h.type = SQLITE_INTEGER; h.integer = value; },
               [&](sqlite3_stmt *st, int at) { sqlite3_bind_int64(st, at, value); });
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
    return put([&](Held &h) { h.type = SQLITE_FLOAT; h.real = value; },
               [&](sqlite3_stmt *st, int at) { sqlite3_bind_double(st, at, value); });
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
    QByteArray utf8 = text.toUtf8();
    return put([&](Held &h) { h.type = SQLITE_TEXT; h.text = std::move(utf8); },
               [&](sqlite3_stmt *st, int at) {
                   sqlite3_bind_text(st, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
               });
}

BulkStatement &BulkStatement::bind(const char *utf8)
{
    if (m_copy) {
        m_copy->add(QByteArrayView(utf8));
        return *this;
    }
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    return bind(QByteArrayView(utf8));
}

BulkStatement &BulkStatement::bind(QByteArrayView utf8)
{
    if (m_copy) {
        m_copy->add(utf8);
        return *this;
    }
    if (m_query)
        return bind(QString::fromUtf8(utf8));
    if (!utf8.data())
        return bindNull();
    return put([&](Held &h) { h.type = SQLITE_TEXT; h.text = utf8.toByteArray(); },
               [&](sqlite3_stmt *st, int at) {
                   sqlite3_bind_text(st, at, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
               });
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
    return put([](Held &h) { h.type = SQLITE_NULL; }, [](sqlite3_stmt *st, int at) { sqlite3_bind_null(st, at); });
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

// Binds a value now, or holds it while an SQLite batch gathers its rows.
template<typename Hold, typename Bind>
BulkStatement &BulkStatement::put(Hold hold, Bind bindNow)
{
    if (m_batchStatement)
        hold(m_held.emplace_back());
    else
        bindNow(m_statement, m_next++);
    return *this;
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
    if (m_batchStatement)
        return ++m_pendingRows < m_batch ? Status() : sendHeld(true);
    m_next = 1;
    return step(m_statement);
}

// Runs an SQLite statement with its bound values, then clears them for the next run.
Status BulkStatement::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    const int primary = rc & 0xff;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
    if (primary == SQLITE_FULL)
        return Error{tr("the disk holding %1 is full; nothing was changed").arg(m_book->path())};
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error{tr("the book %1 is busy: another program is writing to it; nothing was "
                        "changed, try again when it has finished")
                         .arg(m_book->path())};
    return Error{tr("the book %1 could not be written: %2").arg(m_book->path(), detail)};
}

// Sends the held rows of an SQLite batch: a full batch as one statement, else row by row.
Status BulkStatement::sendHeld(bool all)
{
    const int rows = std::exchange(m_pendingRows, 0);
    std::vector<Held> held = std::exchange(m_held, {});
    if (rows == 0)
        return {};
    const std::size_t columns = held.size() / std::size_t(rows);
    const auto bindHeld = [](sqlite3_stmt *st, int at, const Held &h) {
        switch (h.type) {
        case SQLITE_INTEGER: sqlite3_bind_int64(st, at, h.integer); break;
        case SQLITE_FLOAT: sqlite3_bind_double(st, at, h.real); break;
        case SQLITE_TEXT: sqlite3_bind_text(st, at, h.text.constData(), int(h.text.size()), SQLITE_STATIC); break;
        default: sqlite3_bind_null(st, at); break;
        }
    };
    if (all) {
        for (std::size_t i = 0; i < held.size(); ++i)
            bindHeld(m_batchStatement, int(i) + 1, held[i]);
        return step(m_batchStatement);
    }
    for (std::size_t row = 0; row < std::size_t(rows); ++row) {
        for (std::size_t c = 0; c < columns; ++c)
            bindHeld(m_statement, int(c) + 1, held[row * columns + c]);
        if (auto ok = step(m_statement); !ok)
            return ok;
    }
    return {};
}

bool BulkStatement::sendsOnRun() const
{
    return (m_batchStatement || m_query) && m_pendingRows + 1 >= m_batch;
}

Status BulkStatement::flush()
{
    if (m_copy)
        return m_copy->send(*m_book);
    if (m_batchStatement)
        return sendHeld(m_pendingRows == m_batch);
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
