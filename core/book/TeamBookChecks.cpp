// SPDX-License-Identifier: MIT
#include "book/TeamBookChecks.h"

#include "book/Book.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {

Expected<qint64> tableCount(const Book &book)
{
    auto query = book.query(QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace

bool TeamBookChecks::hasVersionTable(const Book &book)
{
    if (book.engine() != BookEngine::Postgres)
        return true;
    auto query = book.query(QStringLiteral("SELECT to_regclass('csw_book') IS NOT NULL"));
    return query && query->next() && query->value(0).toBool();
}

Expected<std::pair<qint64, int>> TeamBookChecks::identity(const Book &book)
{
    // Read at once (one round trip); only a database without the table asks what it holds.
    QSqlQuery read(book.database());
    if (read.exec(QStringLiteral("SELECT application_id, schema_version FROM csw_book"))) {
        if (!read.next() || read.value(0).toLongLong() != Book::ApplicationId)
            return Error{tr("the database of %1 is not a CS Workbench book").arg(book.path()),
                         ErrorKind::NotABook};
        return std::pair<qint64, int>{read.value(0).toLongLong(), read.value(1).toInt()};
    }
    if (read.lastError().nativeErrorCode() != u"42P01")   // undefined_table
        return book.errorFrom(read);
    const auto tables = tableCount(book);
    if (!tables)
        return tables.error();
    if (*tables == 0)
        return Error{tr("the database of %1 is empty, not a book yet: create one with "
                        "'csw --book %1 init'")
                         .arg(book.path()),
                     ErrorKind::NotABook};
    return Error{tr("the database of %1 holds other tables; it is not a CS Workbench book")
                     .arg(book.path()),
                 ErrorKind::NotABook};
}

Status TeamBookChecks::checkEmpty(const Book &book)
{
    if (hasVersionTable(book))
        return Error{tr("%1 is already a book; choose another database").arg(book.path()),
                     ErrorKind::Conflict};
    const auto tables = tableCount(book);
    if (!tables)
        return tables.error();
    if (*tables > 0)
        return Error{tr("the database of %1 holds %2 other tables; a team book needs an empty "
                        "database, which was left untouched")
                         .arg(book.path())
                         .arg(*tables),
                     ErrorKind::NotABook};
    auto query = book.query(QStringLiteral(
        "SELECT pg_encoding_to_char(encoding), datctype FROM pg_catalog.pg_database "
        "WHERE datname = current_database()"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("cannot read the settings of the database of %1").arg(book.path())};
    const QString encoding = query->value(0).toString();
    const QString ctype = query->value(1).toString();
    const QString fix = tr("create it with: CREATE DATABASE … ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                           "LC_CTYPE 'C.UTF-8' TEMPLATE template0");
    if (encoding != u"UTF8")
        return Error{tr("the database of %1 is encoded %2, not UTF-8, and cannot hold Japanese "
                        "text; %3")
                         .arg(book.path(), encoding, fix),
                     ErrorKind::NotABook};
    if (ctype == u"C" || ctype == u"POSIX")
        return Error{tr("the database of %1 has LC_CTYPE %2, in which PostgreSQL's trigram search "
                        "finds no Japanese text; %3")
                         .arg(book.path(), ctype, fix),
                     ErrorKind::NotABook};
    return {};
}

QStringList TeamBookChecks::prerequisites(const Book &book)
{
    if (book.engine() != BookEngine::Postgres)
        return {};
    return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            QStringLiteral("CREATE FUNCTION csw_next_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_NAME, 'id')); "
                           "RETURN NEW; END $$")};
}

} // namespace csw
