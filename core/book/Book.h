// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookLocation.h"
#include "book/TeamMember.h"
#include "common/Expected.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace csw {

class Dialect;

// One book: a person's SQLite file or a team book on a PostgreSQL server (a URL where a path
// is taken, see BookLocation), opened with the project's settings, checked and migrated.
// Owns one named connection; use it from the thread that opened it.
class Book final
{
    Q_DECLARE_TR_FUNCTIONS(Book)

public:
    // The application_id written into every book ("CSWB").
    static constexpr int ApplicationId = 0x43535742;

    // Opens an existing book (a file path or a team book's URL), migrating it to the current
    // schema. Refuses files and databases that are not books and books from a newer version
    // without writing to them.
    static Expected<std::unique_ptr<Book>> open(const QString &path);
    // Opens an existing book read-only, on a connection of its own: for reading a book another
    // Book (in another thread) has open. Refuses a book that would need migrating.
    static Expected<std::unique_ptr<Book>> openForReading(const QString &path);
    // Creates a new, empty book; refuses an existing file, and on a server a database that
    // holds other tables or cannot search Japanese (not UTF-8 with a UTF-8 LC_CTYPE).
    static Expected<std::unique_ptr<Book>> create(const QString &path, const Currency &currency);

    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    // The file's path, or the team book's URL (without a password, which it never holds).
    QString path() const { return m_path; }
    const BookLocation &location() const { return m_location; }
    BookEngine engine() const { return m_location.engine; }
    const Dialect &dialect() const;
    const Currency &currency() const { return m_currency; }
    bool isReadOnly() const { return m_readOnly; }
    // Who the book is open as: on a team book the login, its role and CSM name; on a local
    // book its one user, a lead.
    const TeamMember &member() const { return m_member; }
    int schemaVersion() const;

    QSqlDatabase database() const;
    // A prepared statement on this book's connection.
    Expected<QSqlQuery> prepare(const QString &sql) const;
    // Runs `sql` with `values` bound to its ? in order (on a team book written in, one round
    // trip; without values it runs at once). Every repository's statement goes through here.
    Expected<QSqlQuery> query(const QString &sql, const QVariantList &values = {}) const;
    // The same with named values: `:name` in `sql` (a name may appear several times).
    using Named = QHash<QString, QVariant>;
    Expected<QSqlQuery> query(const QString &sql, const Named &values) const;
    // As query(), read forward only: for many rows read once (SQLite keeps no copy of them).
    Expected<QSqlQuery> stream(const QString &sql, const QVariantList &values = {}) const;
    Expected<QSqlQuery> stream(const QString &sql, const Named &values) const;
    // `sql` with its :name placeholders as ?, their values appended to `values` in that order
    // (quoted text and PostgreSQL's :: casts left alone).
    static QString positional(const QString &sql, const Named &named, QVariantList &values);
    // Executes a prepared query, turning a failure into a user-facing error.
    Status exec(QSqlQuery &query) const;
    // Executes each statement (a dialect's settings, none taking values) in turn.
    Status execAll(const QStringList &statements) const;
    // Executes a prepared INSERT and returns the new row's id.
    Expected<qint64> insert(QSqlQuery &query) const;
    // Runs `work` in one write transaction (BEGIN IMMEDIATE): all of it is committed or none.
    Status write(const std::function<Status()> &work);
    // A user-facing message for a failed statement: busy, read-only, full disk, damaged file.
    Error errorFrom(const QSqlQuery &query) const;
    Error errorFrom(const QSqlError &error) const;

    // The book's own settings (book_meta): the value of `key`, empty when it has none.
    QString meta(const QString &key) const;
    // Sets `key` to `value` (one write transaction, or part of the one running).
    Status setMeta(const QString &key, const QString &value);

private:
    Book(BookLocation location, QString connection, bool readOnly);
    static Expected<std::unique_ptr<Book>> connect(const BookLocation &location, bool readOnly);
    static Expected<std::unique_ptr<Book>> openExisting(const QString &path, bool readOnly);
    static Status checkFile(const QString &path);
    Status finishOpening();
    Status writeNewBook(const Currency &currency);
    Status checkIdentity();
    Status configure();
    Status migrate();
    Status rewriteTableChecks(int version);
    Status loadMeta();
    Status readMember();
    Status checkMember() const;
    void reconnect() const;
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &values, bool forwardOnly) const;
    static int busyTimeoutMs();                    // CSW_BUSY_TIMEOUT_MS, else 5 s
    static QString teamSessionOptions();   // libpq's `options`: lock timeout, no JIT

    BookLocation m_location;
    QString m_path;
    QString m_connection;
    std::optional<std::pair<quint64, quint64>> m_fileKey;   // OpenBooks' key for the file
    bool m_readOnly = false;
    bool m_inTransaction = false;
    int m_knownVersion = -1;       // the schema version read while opening, until migrate()
    mutable bool m_lost = false;   // a team book's connection broke: reopened before the next use
    Currency m_currency;
    QString m_knownCurrency;   // read with a team book's identity; empty: loadMeta reads it
    TeamMember m_member;
    bool m_memberKnown = false;
};

} // namespace csw
