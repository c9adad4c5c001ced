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

namespace {

// The login, its role, CSM name and team, and whether it owns the book's tables (or needs no
// row rules): the columns after `FROM ... LEFT JOIN team_member m`.
const char *memberColumns =
    "current_user, csw_role(), m.csm, m.team, (SELECT r.rolsuper OR r.rolbypassrls OR "
    "r.oid = c.relowner FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND "
    "c.oid = to_regclass('csw_book'))";

TeamMember memberFrom(const QSqlQuery &row, int from)
{
    TeamMember member;
    member.login = row.value(from).toString();
    member.role = TeamMember::roleFromKey(row.value(from + 1).toString()).value_or(TeamRole::None);
    member.csm = row.value(from + 2).toString();
    member.team = row.value(from + 3).toString();
    member.ownsBook = row.value(from + 4).toBool();
    return member;
}

} // namespace

Expected<TeamMember> TeamBookChecks::member(const Book &book)
{
    auto read = book.query(QStringLiteral("SELECT %1 FROM (SELECT 1) one LEFT JOIN team_member m "
                                          "ON m.login = current_user")
                               .arg(QLatin1String(memberColumns)));
    if (!read)
        return read.error();
    if (!read->next())
        return Error{tr("the team book %1 did not say who this login is").arg(book.path())};
    return memberFrom(*read, 0);
}

Expected<TeamBookChecks::Identity> TeamBookChecks::identity(const Book &book)
{
    // Read at once (one round trip); only a book older than its people, or a database without
    // the table, asks again.
    QSqlQuery read(book.database());
    if (read.exec(QStringLiteral("SELECT b.application_id, b.schema_version, "
                                 "(SELECT value FROM book_meta WHERE key = 'currency'), %1 FROM csw_book b "
                                 "LEFT JOIN team_member m ON m.login = current_user")
                      .arg(QLatin1String(memberColumns)))) {
        if (!read.next() || read.value(0).toLongLong() != Book::ApplicationId)
            return Error{tr("the database of %1 is not a CS Workbench book").arg(book.path()),
                         ErrorKind::NotABook};
        return Identity{read.value(0).toLongLong(), read.value(1).toInt(), memberFrom(read, 3),
                        read.value(2).toString()};
    }
    if (read.exec(QStringLiteral("SELECT application_id, schema_version FROM csw_book"))) {
        if (!read.next() || read.value(0).toLongLong() != Book::ApplicationId)
            return Error{tr("the database of %1 is not a CS Workbench book").arg(book.path()),
                         ErrorKind::NotABook};
        return Identity{read.value(0).toLongLong(), read.value(1).toInt(), std::nullopt};
    }
    if (read.lastError().nativeErrorCode() != u"42P01")   // undefined_table
        return book.errorFrom(read);
    const auto tables = tableCount(book);
    if (!tables)
        return tables.error();
    // How to make it a book is the caller's to say: csw adds its 'csw init' (the window has none).
    if (*tables == 0)
        return Error{tr("the database of %1 is empty, not a book yet").arg(book.path()), ErrorKind::NoBook};
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
