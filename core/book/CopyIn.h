// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csw {

class Book;

// Rows for one table of a team book sent through `COPY … FROM STDIN` (PostgreSQL's own bulk
// path, one round trip for thousands of rows) on the book's connection, through libpq. The
// rows are held in COPY's text format and sent when enough have gathered and at send(): the
// connection is free for other statements between two sends.
class CopyIn final
{
    Q_DECLARE_TR_FUNCTIONS(CopyIn)

public:
    // For `INSERT INTO table (columns) VALUES (?, …)` whose values are all placeholders; none
    // for any other statement (expressions, ON CONFLICT, RETURNING), which BulkStatement runs
    // as INSERTs.
    static std::optional<CopyIn> forInsert(const QString &sql);

    void add(qint64 value);
    void add(double value);
    void add(QByteArrayView utf8);
    void addNull();
    // Ends a row; true when the rows held are worth sending now.
    bool endRow();
    bool holdsRows() const { return !m_rows.isEmpty(); }
    // Sends the rows held (nothing when there are none) and forgets them.
    Status send(const Book &book);

private:
    void separate();

    QByteArray m_copy;   // the COPY statement
    QByteArray m_rows;
    bool m_rowStarted = false;
};

} // namespace csw
