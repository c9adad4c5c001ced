// SPDX-License-Identifier: MIT
#pragma once
// The throwaway PostgreSQL server the tests run against (tests/pg/pg_server.sh, started by
// ctest's fixture): its socket folder comes in CSW_TEST_PGHOST. Each test gets databases of
// its own, made here through an administrator's connection.

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <unistd.h>

namespace TeamServer {

inline QString socketFolder()
{
    return qEnvironmentVariable("CSW_TEST_PGHOST");
}

inline bool available()
{
    return !socketFolder().isEmpty();
}

// A team book's URL for `database` on the test server.
inline QString url(const QString &database)
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(database, socketFolder());
}

// Runs one statement as `login` on the database `on`; the error (NoError on success) carries
// the server's SQLSTATE as its native code. `first`, when given, receives the first row's
// first value.
inline QSqlError as(const QString &login, const QString &sql, const QString &on,
                    QVariant *first = nullptr)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("csw-test-as-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketFolder());
        db.setUserName(login);
        db.setDatabaseName(on);
        if (!db.open()) {
            failure = db.lastError();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                failure = query.lastError();
            else if (first && query.next())
                *first = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// Runs one statement as the server's administrator on the database `on`; empty on success,
// else the server's message. `first`, when given, receives the first row's first value.
inline QString admin(const QString &sql, const QString &on = QStringLiteral("postgres"),
                     QVariant *first = nullptr)
{
    const QSqlError error = as(QStringLiteral("postgres"), sql, on, first);
    return error.type() == QSqlError::NoError ? QString() : error.text();
}

// The number of tables in `database`'s public schema; -1 when it cannot be read.
inline int tableCount(const QString &database)
{
    QVariant count;
    if (!admin(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), database,
               &count)
             .isEmpty())
        return -1;
    return count.toInt();
}

// A new, empty database with a name no other test (or test process) uses; `options` as
// CREATE DATABASE takes them. Returns its name, or empty when it could not be made.
inline QString newDatabase(const QString &options = QStringLiteral(
                               "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("t%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
    if (!admin(QStringLiteral("CREATE DATABASE %1 %2").arg(name, options)).isEmpty())
        return {};
    return name;
}

} // namespace TeamServer

// The engine a suite runs on: ctest runs each core and CLI suite twice, once with
// CSW_TEST_ENGINE=postgresql (on the test server above).
inline bool onTeamBook()
{
    return qEnvironmentVariable("CSW_TEST_ENGINE") == QLatin1String("postgresql");
}

// Where a fresh book goes: a file in `dir`, or on a team book run a new database's URL.
inline QString newBookPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("book.sqlite"))
{
    if (!onTeamBook())
        return dir.filePath(name);
    const QString database = TeamServer::newDatabase();
    if (database.isEmpty())
        qFatal("cannot make a database on the test server %s", qPrintable(TeamServer::socketFolder()));
    return TeamServer::url(database);
}

// Skips a test of what only an SQLite file does (its pragmas, locks, permissions, damage).
#define SKIP_ON_TEAM_BOOK()                                                                       \
    do {                                                                                          \
        if (onTeamBook())                                                                         \
            QSKIP("an SQLite file's own behaviour; tst_team_book covers the team book's");        \
    } while (false)
