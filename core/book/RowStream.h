// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QVariantList>

#include <memory>
#include <vector>

class QSqlQuery;
struct sqlite3_stmt;

namespace csw {

class Book;
class PgRows;

// Streams the rows of a read-only query straight from SQLite as UTF-8 text, for bulk exports
// of many rows, where QSqlQuery's QVariant and UTF-16 round trip per value would cost more
// than the export itself. It uses the book's own connection (QSqlDriver::handle()). On a team
// book the rows come from libpq in single-row mode (PgRows), the server's text as it is; through
// a forward-only QSqlQuery only while another statement's rows still hold the connection.
class RowStream final
{
    Q_DECLARE_TR_FUNCTIONS(RowStream)

public:
    static Expected<RowStream> open(const Book &book, const QByteArray &sql,
                                    const QVariantList &values = {});
    RowStream(RowStream &&) noexcept;
    RowStream &operator=(RowStream &&) noexcept;
    ~RowStream();

    // Moves to the next row; false at the end or on an error (see error()).
    bool next();
    int columnCount() const;
    bool isNull(int column) const;
    // The column's text in UTF-8, valid until the next call to next().
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Set when next() stopped on an error rather than at the end.
    const std::optional<Error> &error() const { return m_error; }

private:
    RowStream(const Book &book, sqlite3_stmt *statement);
    static Expected<RowStream> openQuery(const Book &book, const QByteArray &sql,
                                         const QVariantList &values);

    const Book *m_book;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<PgRows> m_rows;       // a team book's rows
    std::unique_ptr<QSqlQuery> m_query;   // a team book's rows while the connection is busy
    std::vector<QVariant> m_values;               // the current row of m_query
    mutable std::vector<QByteArray> m_texts;      // its values in UTF-8, made when asked for
    mutable std::vector<bool> m_made;            // whether each text is made
    std::optional<Error> m_error;
};

} // namespace csw
