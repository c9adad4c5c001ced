// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QVariantList>

#include <vector>

struct pg_conn;
struct pg_result;

namespace csw {

class Book;

// A team book's rows for RowStream, read with libpq on Qt's own connection in single-row mode:
// each value is the text the server sent, with no QVariant made for it and no UTF-16 round
// trip. Real numbers read as SQLite's text gives them ("48.0"), so both engines stream the same
// text; a boolean (SQLite has none) reads "true"/"false", as Qt's driver gave it before.
class PgRows final
{
    Q_DECLARE_TR_FUNCTIONS(PgRows)

public:
    // Runs `sql` with `values` written in (Dialect::inlined). Refused (nullopt, no error) when
    // the connection is still busy with another statement's rows: the caller reads through Qt.
    static std::optional<Expected<PgRows>> start(const Book &book, const QByteArray &sql,
                                                 const QVariantList &values);
    PgRows(PgRows &&) noexcept;
    PgRows &operator=(PgRows &&) noexcept;
    ~PgRows();

    bool next();
    int columnCount() const { return m_columns; }
    bool isNull(int column) const;
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    const std::optional<Error> &error() const { return m_error; }

private:
    enum class Kind : char { Plain, Real, Boolean };
    PgRows(const Book &book, pg_conn *connection);
    void finish();

    const Book *m_book;
    pg_conn *m_connection;
    pg_result *m_row = nullptr;   // the current row (single-row mode)
    int m_columns = 0;
    std::vector<Kind> m_kinds;
    mutable std::vector<QByteArray> m_texts;   // a real's text as SQLite writes it, when asked for
    mutable std::vector<bool> m_madeReal;      // whether m_texts holds this row's
    std::optional<Error> m_error;
};

} // namespace csw
