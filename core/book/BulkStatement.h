// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

namespace csw {

class Book;

// A prepared statement run many times with bound values straight on SQLite, for bulk writes
// (demo books, imports) where QSqlQuery's per-value QVariant costs more than the insert. Use
// it inside Book::write; it runs on the book's own connection (QSqlDriver::handle()). On a
// team book it runs as a prepared QSqlQuery (correct, not yet the fast path: COPY is to come).
class BulkStatement final
{
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)

public:
    static Expected<BulkStatement> prepare(const Book &book, const char *sql);
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
    template<typename T>
    BulkStatement &bind(const std::optional<T> &value)
    {
        return value ? bind(*value) : bindNull();
    }
    // Runs the statement with the values bound since the last run, then clears them.
    Status run();

private:
    const Book *m_book = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;   // a team book's statement
    int m_next = 1;
};

} // namespace csw
