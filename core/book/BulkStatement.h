// SPDX-License-Identifier: MIT
#pragma once

#include "book/CopyIn.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>
#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

namespace csw {

class Book;

// A prepared statement run many times with bound values straight on SQLite, for bulk writes
// (demo books, imports) where QSqlQuery's per-value QVariant costs more than the insert. Use
// it inside Book::write; it runs on the book's own connection (QSqlDriver::handle()). On a
// team book an INSERT INTO … (…) VALUES (?, …) prepared with `batch` > 1 gathers its rows for
// PostgreSQL's COPY (CopyIn), another INSERT … VALUES (…) that many rows to one statement (one
// round trip to the server instead of one a row), and anything else runs as a prepared
// QSqlQuery. On SQLite such an INSERT also sends `batch` rows in one statement (one step instead
// of a step and a reset a row). Gathered rows are written only when enough have gathered or at
// flush(), which the caller runs before reading what it wrote and before the transaction ends.
class BulkStatement final
{
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)

public:
    static Expected<BulkStatement> prepare(const Book &book, const char *sql, int batch = 1);
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;
    BulkStatement() = default;
    ~BulkStatement();

    BulkStatement &bind(qint64 value);
    BulkStatement &bind(int value) { return bind(qint64(value)); }
    BulkStatement &bind(double value);
    BulkStatement &bind(const QString &text);   // a null QString binds NULL
    BulkStatement &bind(const char *utf8);
    BulkStatement &bind(QByteArrayView utf8);   // copied: the view may go before run()
    BulkStatement &bindNull();
    // A value as Qt's drivers read it (a whole number, a real, text or null): for copies.
    BulkStatement &bind(const QVariant &value);
    template<typename T>
    BulkStatement &bind(const std::optional<T> &value)
    {
        return value ? bind(*value) : bindNull();
    }
    // Runs the statement with the values bound since the last run, then clears them.
    Status run();
    // Writes the rows a batching statement still holds.
    Status flush();
    // Whether the next run() sends the rows gathered (the batch is then full): a caller whose
    // rows refer to another statement's sends that one's first.
    bool sendsOnRun() const;

private:
    // A value held for an SQLite batch until its rows are sent.
    struct Held
    {
        int type = 0;   // SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT
        qint64 integer = 0;
        double real = 0;
        QByteArray text;
    };

    Status send(int rows);
    Status sendHeld(bool all);
    Status step(sqlite3_stmt *statement);
    template<typename Hold, typename Bind>
    BulkStatement &put(Hold hold, Bind bindNow);

    const Book *m_book = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<CopyIn> m_copy;         // a team book's rows for COPY
    std::unique_ptr<QSqlQuery> m_query;   // a team book's statement (a full batch of rows)
    int m_next = 1;
    // A team book's batch: the statement split around its row of values, the rows it holds.
    QString m_head, m_row, m_tail;
    int m_batch = 1;
    QVariantList m_pending;
    int m_pendingRows = 0;
    // An SQLite batch: one INSERT of `m_batch` rows, the values of the rows not yet sent.
    sqlite3_stmt *m_batchStatement = nullptr;
    std::vector<Held> m_held;
};

} // namespace csw
