// SPDX-License-Identifier: MIT
#pragma once

#include "book/Dialect.h"

struct pg_conn;     // libpq's PGconn
struct pg_result;   // libpq's PGresult

namespace csw {

// The PostgreSQL dialect of a team book: 64-bit integers and identity columns, plain tables for
// SQLite's WITHOUT ROWID ones, a pg_trgm GIN index where SQLite has FTS5, PL/pgSQL for the
// triggers, and the identity and version in the one-row table csw_book.
class PostgresDialect final : public Dialect
{
public:
    BookEngine engine() const override { return BookEngine::Postgres; }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    QString readVersion() const override;
    QStringList recordVersion(int version) const override;
    QStringList translate(const QString &statement) const override;
    bool rewritesStoredSchema() const override { return false; }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString foldCase(const QString &expression) const override
    {
        return QStringLiteral("lower(%1)").arg(expression);
    }
    ErrorKind kindOf(const QSqlError &error) const override;
    bool connectionBroken(const QSqlDatabase &db) const override;
    // libpq's connection under Qt's driver (for what QPSQL lacks: COPY, reading what waits);
    // null when `db` has none.
    static pg_conn *connectionOf(const QSqlDatabase &db);
    // The error of a libpq result (or of the connection, when none) as Qt's driver would report
    // it, for Book::errorFrom to name its kind.
    static QSqlError errorOf(pg_conn *connection, const pg_result *result);
    QStringList cacheKb(int) const override { return {}; }
    QString deferReferences() const override { return QStringLiteral("SET CONSTRAINTS ALL DEFERRED"); }
    QStringList rebuildSearch() const override { return {}; }   // the GIN index keeps itself
    QString listOf(const QString &expression, const QString &separator,
                   const QString &order) const override
    {
        return QStringLiteral("string_agg(%1, '%2' ORDER BY %3)").arg(expression, separator, order);
    }
    // LIKE on the folded text (SearchFold: already case folded), which the pg_trgm GIN index
    // serves from three characters on.
    QString vocTextContains(const QString &search, QVariantList &values) const override
    {
        return textLike(QStringLiteral("v.search_text"), QStringLiteral("LIKE"), search.trimmed(), values);
    }
    // Values as E'…' literals of unknown type, which the server reads as the type the context
    // asks for, as it infers a parameter's type (escaped whatever standard_conforming_strings
    // says); numbers quoted too, so that `text_column = '5'` compares as text.
    QString inlined(const QString &sql, const QVariantList &values) const override;
    // Schema 10: each table's statements name it on the channel csw_changes (ChangeWatch).
    // Schema 11: history rows record the login that wrote them.
    QStringList ownStatements(int version) const override;
    QString notIsoDate(const QString &column) const override
    {
        return QStringLiteral("%1 !~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'").arg(column);
    }
};

} // namespace csw
