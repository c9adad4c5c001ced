// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace csw {

enum class BookEngine { Sqlite, Postgres };

// Where a book lives: a local SQLite file, or a team book on a PostgreSQL server named by a
// URL, postgresql://[user@]host[:port]/dbname (or postgres://). An empty host means libpq's
// default (PGHOST, else the local socket); `?host=/path` names a socket folder, as libpq
// allows. A password is never part of it: libpq reads ~/.pgpass, PGPASSFILE or PGSERVICE.
struct BookLocation
{
    Q_DECLARE_TR_FUNCTIONS(BookLocation)

public:
    BookEngine engine = BookEngine::Sqlite;
    QString path;       // the SQLite file
    QString host;       // PostgreSQL: host name or socket folder; empty for libpq's default
    int port = -1;      // -1: libpq's default (PGPORT, else 5432)
    QString user;       // empty: libpq's default (PGUSER, else the login name)
    QString database;

    static bool isUrl(const QString &pathOrUrl);
    // A file path as it is; a URL parsed, refusing one with a password or without a database.
    static Expected<BookLocation> parse(const QString &pathOrUrl);
    // The URL again (without a password, which it never holds), or the path.
    QString display() const;
    // "host:port" as the user would look for it in a message (or the socket's folder).
    QString server() const;
    // What a window's title calls the book: the file's name, or "database on host:port".
    QString title() const;

    // A password typed for a team book in this run of the program: kept in memory only (never
    // in settings, a file or a URL), so that every connection the program opens to the same
    // database logs in with it. Empty: libpq's own means (~/.pgpass, PGPASSFILE, PGSERVICE).
    static void rememberPassword(const BookLocation &location, const QString &password);
    QString password() const;
};

} // namespace csw
