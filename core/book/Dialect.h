// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookLocation.h"
#include "common/Expected.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

namespace csw {

// What differs between the two engines a book lives on, and nothing else: the Qt driver, how
// the schema version is kept, the schema statements that are an engine's own (types, search
// index, triggers), how a write transaction starts, and what an engine's error codes mean.
// Everything else (the schema's tables, the repositories' queries) is written once for both.
class Dialect
{
protected:
    // `column LIKE|ILIKE ?` matching `text` anywhere, with LIKE's wildcards escaped.
    static QString textLike(const QString &column, const QString &like, const QString &text,
                            QVariantList &values);

public:
    virtual ~Dialect() = default;
    static const Dialect &of(BookEngine engine);

    virtual BookEngine engine() const = 0;
    virtual QString driver() const = 0;       // QSQLITE, QPSQL
    virtual QString engineName() const = 0;   // for titles and messages
    // One row, one column: the book's schema version. Run only where the book has one.
    virtual QString readVersion() const = 0;
    // Statements recording the book's identity and schema `version`, run in the migration's
    // transaction.
    virtual QStringList recordVersion(int version) const = 0;
    // One statement of the schema (Schema.cpp, written as SQLite reads it) as this engine
    // writes it; empty when it has no counterpart here.
    virtual QStringList translate(const QString &statement) const = 0;
    // Statements the migration to `version` runs on this engine alone, after the schema's own.
    virtual QStringList ownStatements(int version) const = 0;
    // Whether schema 7's rewrite of the stored table SQL applies (SQLite's own).
    virtual bool rewritesStoredSchema() const = 0;
    virtual QString beginWrite() const = 0;
    // `expression` compared and ordered without regard to case, as the index on it is built
    // (SQLite: COLLATE NOCASE; PostgreSQL: lower()).
    virtual QString foldCase(const QString &expression) const = 0;
    virtual ErrorKind kindOf(const QSqlError &error) const = 0;
    // Whether the connection `db` broke (a team book's server went away or restarted).
    virtual bool connectionBroken(const QSqlDatabase &db) const = 0;
    // Statements for bulk work: the page cache (SQLite's; PostgreSQL's is the server's), the
    // references checked at commit, the search index rebuilt after rows written without it.
    virtual QStringList cacheKb(int kb) const = 0;
    virtual QString deferReferences() const = 0;
    virtual QStringList rebuildSearch() const = 0;
    // The values of `expression` in a group joined by `separator` (a plain string, no quote),
    // in the order of `order`. SQLite 3.40 has no ORDER BY inside an aggregate: there the list
    // follows the rows as read, so a caller names the order of the index it reads them by.
    virtual QString listOf(const QString &expression, const QString &separator,
                           const QString &order) const = 0;
    // A condition true for the VOC entries `v` whose folded text contains `search` (folded by
    // the caller: SearchFold),
    // through the engine's search index where the text is long enough for one; its values are
    // appended to `values`.
    virtual QString vocTextContains(const QString &search, QVariantList &values) const = 0;
    // `sql` with its `?` placeholders replaced by `values` written as this engine's literals, for
    // a statement run once; empty where the engine prepares cheaply (SQLite, in this process)
    // or a value has no plain literal. On a team book Qt's driver prepares, executes and
    // deallocates a statement with values (three round trips); the statement written out is one.
    virtual QString inlined(const QString &sql, const QVariantList &values) const = 0;
    // A condition true when `column` does not hold a date written YYYY-MM-DD.
    virtual QString notIsoDate(const QString &column) const = 0;
};

} // namespace csw
