// SPDX-License-Identifier: MIT
#include "book/Book.h"

#include "book/Dialect.h"
#include "book/OpenBooks.h"
#include "book/Schema.h"
#include "book/SearchColumns.h"
#include "book/TeamBookChecks.h"
#include "common/Dates.h"

#include <algorithm>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

#include <tuple>

#include <unistd.h>

namespace csw {

namespace {

QAtomicInt connectionCounter;

} // namespace

int Book::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CSW_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

// A team book's connection: a writer waits for another's row locks as long as SQLite waits for
// a busy file, then says the book is busy; and no JIT: the book's queries read tens of thousands
// of rows at most, and compiling them cost more than running them (the KPIs by CSM of 20,000
// accounts took 0.39 s instead of 0.10 s).
QString Book::teamSessionOptions()
{
    // The server's notices (a DROP … IF EXISTS of nothing while a book is made) are not for the
    // person: only warnings and errors come back.
    return QStringLiteral("-c lock_timeout=%1 -c jit=off -c client_min_messages=warning").arg(busyTimeoutMs());
}

namespace {

// access(2), and for the file's owner also the owner's write bit: a book its owner made
// read-only stays read-only even when the owner is root, whom access(2) lets write anything.
bool writableByPermissions(const QString &path)
{
    const QFileInfo info(path);
    const auto permissions = info.permissions();
    if (!(permissions & QFileDevice::WriteUser))
        return false;
    return info.ownerId() != ::getuid() || (permissions & QFileDevice::WriteOwner);
}

} // namespace

Book::Book(BookLocation location, QString connection, bool readOnly)
    : m_location(std::move(location)), m_path(m_location.display()),
      m_connection(std::move(connection)), m_readOnly(readOnly)
{
}

const Dialect &Book::dialect() const
{
    return Dialect::of(m_location.engine);
}

Book::~Book()
{
    OpenBooks::remove(m_fileKey);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Expected<std::unique_ptr<Book>> Book::connect(const BookLocation &location, bool readOnly)
{
    const QString name = QStringLiteral("csw-book-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    // The Book first: it removes the connection when it goes, after this handle to it.
    std::unique_ptr<Book> book(new Book(location, name, readOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::of(location.engine).driver(), name);
    if (location.engine == BookEngine::Postgres) {
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password());   // typed in this run, else libpq's own means
        db.setDatabaseName(location.database);
        // The session's settings travel with the connection (no statement of their own, and
        // a reconnection has them too).
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=csworkbench;options='%1'")
                                 .arg(teamSessionOptions()));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
            return Error{tr("cannot connect to the team book %1 at %2: %3")
                             .arg(book->path(), location.server(), detail.trimmed()),
                         ErrorKind::Unreachable};
        }
        return book;
    }
    db.setDatabaseName(location.path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Error{tr("cannot open the book %1: %2").arg(location.path, db.lastError().text())};
    book->m_fileKey = OpenBooks::add(location.path);
    return book;
}

Expected<std::unique_ptr<Book>> Book::open(const QString &path)
{
    return openExisting(path, false);
}

Expected<std::unique_ptr<Book>> Book::openForReading(const QString &path)
{
    return openExisting(path, true);
}

Expected<std::unique_ptr<Book>> Book::openExisting(const QString &path, bool readOnly)
{
    const auto location = BookLocation::parse(path);
    if (!location)
        return location.error();
    if (location->engine == BookEngine::Sqlite) {
        if (auto ok = checkFile(path); !ok)
            return ok.error();
        readOnly = readOnly || !writableByPermissions(path);
    }
    auto book = connect(*location, readOnly);
    if (!book)
        return book;
    if (auto ok = (*book)->finishOpening(); !ok)
        return ok.error();
    return book;
}

// A path that is a file, not empty and (before this process's first connection to it) starts
// with SQLite's header.
Status Book::checkFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error{tr("there is no book at %1").arg(path), ErrorKind::NoBook};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a book").arg(path), ErrorKind::NotABook};
    if (info.size() == 0)
        return Error{tr("%1 is an empty file, not a book").arg(path), ErrorKind::NotABook};
    // The header is read through a descriptor of our own only before this process's first
    // connection to the file: closing it later would drop the locks of the connections already
    // open (see OpenBooks), and the book is known to be SQLite's then anyway.
    if (!OpenBooks::contains(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("cannot read %1: %2").arg(path, file.errorString()), ErrorKind::Io};
        const QByteArray header = file.read(16);
        file.close();
        if (header != QByteArray("SQLite format 3\0", 16))
            return Error{tr("%1 is not a CS Workbench book (it is not an SQLite database)").arg(path),
                         ErrorKind::NotABook};
    }
    return {};
}

Status Book::finishOpening()
{
    if (auto ok = checkIdentity(); !ok)
        return ok;
    if (auto ok = configure(); !ok)
        return ok;
    if (auto ok = migrate(); !ok)
        return ok;
    if (auto ok = readMember(); !ok)
        return ok;
    if (auto ok = checkMember(); !ok)
        return ok;
    return loadMeta();
}

Status Book::readMember()
{
    if (engine() != BookEngine::Postgres || m_memberKnown)
        return {};
    auto member = TeamBookChecks::member(*this);
    if (!member)
        return member.error();
    m_member = *member;
    m_memberKnown = true;
    return {};
}

Status Book::checkMember() const
{
    if (m_member.role != TeamRole::None)
        return {};
    return Error{tr("the login %1 is not a member of the team book %2; a lead adds it with 'csw "
                    "team user add %1 --role csm|viewer|lead'")
                     .arg(m_member.login, m_path),
                 ErrorKind::Permission};
}

Expected<std::unique_ptr<Book>> Book::create(const QString &path, const Currency &currency)
{
    const auto location = BookLocation::parse(path);
    if (!location)
        return location.error();
    if (location->engine == BookEngine::Sqlite && !QFileInfo(path).absoluteDir().exists())
        return Error{tr("the folder %1 does not exist; make it first or choose another place for "
                        "the book")
                         .arg(QFileInfo(path).absolutePath()),
                     ErrorKind::Io};
    if (location->engine == BookEngine::Sqlite && QFileInfo::exists(path)) {
        if (auto existing = open(path))
            return Error{tr("%1 is already a book; choose another file").arg(path), ErrorKind::Conflict};
        else
            return Error{tr("%1 exists and is not a book; it was left untouched").arg(path),
                         ErrorKind::NotABook};
    }
    auto book = connect(*location, false);
    if (!book)
        return book;
    if (auto ok = (*book)->writeNewBook(currency); !ok)
        return ok.error();
    return book;
}

Status Book::writeNewBook(const Currency &currency)
{
    if (engine() == BookEngine::Postgres) {
        if (auto ok = TeamBookChecks::checkEmpty(*this); !ok)
            return ok;
    }
    if (auto ok = configure(); !ok)
        return ok;
    if (auto ok = migrate(); !ok)
        return ok;
    if (auto ok = readMember(); !ok)
        return ok;
    const auto written = write([&]() -> Status {
        auto insert = prepare(QStringLiteral("INSERT INTO book_meta (key, value) VALUES (?, ?)"));
        if (!insert)
            return insert.error();
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("currency"), currency.code()},
            {QStringLiteral("created_on"), Dates::toIso(Dates::today())},
        };
        for (const auto &[key, value] : rows) {
            insert->addBindValue(key);
            insert->addBindValue(value);
            if (auto ok = exec(*insert); !ok)
                return ok;
        }
        return {};
    });
    if (!written)
        return written;
    return loadMeta();
}

Status Book::checkIdentity()
{
    qint64 appId = 0;
    int version = 0;
    if (engine() == BookEngine::Postgres) {
        const auto identity = TeamBookChecks::identity(*this);
        if (!identity)
            return identity.error();
        appId = identity->applicationId;
        version = identity->version;
        if (identity->member)
            m_member = *identity->member;
        m_memberKnown = identity->member.has_value();
        m_knownCurrency = identity->currency;
    } else {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return Error{tr("%1 is damaged or not a CS Workbench book: %2")
                             .arg(m_path, query.lastError().databaseText()),
                         ErrorKind::Damaged};
        appId = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return errorFrom(query);
        version = query.value(0).toInt();
        if (appId != ApplicationId)
            return Error{tr("%1 is an SQLite database but not a CS Workbench book").arg(m_path),
                         ErrorKind::NotABook};
    }
    m_knownVersion = version;   // migrate() needs it next: not read twice
    if (version > Schema::currentVersion())
        return Error{tr("%1 was written by a newer version of CS Workbench (book schema %2, this "
                        "version knows up to %3); it was left untouched")
                         .arg(m_path)
                         .arg(version)
                         .arg(Schema::currentVersion()),
                     ErrorKind::NewerBook};
    return {};
}

Status Book::configure()
{
    QSqlQuery query(database());
    if (engine() == BookEngine::Postgres)   // its settings came with the connection
        return {};
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return errorFrom(query);
    if (m_readOnly)
        return {};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return errorFrom(query);
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return errorFrom(query);
    return {};
}

int Book::schemaVersion() const
{
    if (m_knownVersion >= 0)
        return m_knownVersion;
    if (engine() == BookEngine::Postgres && !TeamBookChecks::hasVersionTable(*this))
        return 0;
    QSqlQuery query(database());
    if (query.exec(dialect().readVersion()) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Book::migrate()
{
    const int from = schemaVersion();
    const int to = Schema::currentVersion();
    m_knownVersion = -1;   // read again from here on: this or another program may change it
    if (from >= to)
        return {};
    if (m_readOnly)
        return Error{tr("the book %1 needs an upgrade to schema %2 but is read-only")
                         .arg(m_path)
                         .arg(to),
                     ErrorKind::ReadOnly};
    if (m_memberKnown && !m_member.ownsBook)   // schema changes are the tables' owner's
        return Error{tr("the team book %1 needs an upgrade to schema %2, which only its owner "
                        "(the login that created it) can make: ask them to open it once with "
                        "this version")
                         .arg(m_path)
                         .arg(to),
                     ErrorKind::Permission};
    m_memberKnown = false;   // read again after the upgrade: people may be new to the book
    return write([&]() -> Status {
        QSqlQuery query(database());
        if (from == 0) {
            for (const QString &statement : TeamBookChecks::prerequisites(*this))
                if (!query.exec(statement))
                    return errorFrom(query);
        }
        for (int version = from + 1; version <= to; ++version) {
            for (const QString &written : Schema::migrationTo(version)) {
                for (const QString &statement : dialect().translate(written))
                    if (!query.exec(statement))
                        return errorFrom(query);
            }
            if (auto ok = execAll(dialect().ownStatements(version)); !ok)
                return ok;
            if (Schema::rewritesTables(version) && dialect().rewritesStoredSchema()) {
                if (auto ok = rewriteTableChecks(version); !ok)
                    return ok;
            }
            if (Schema::fillsSearchColumns(version)) {
                if (auto ok = SearchColumns::fill(*this); !ok)
                    return ok;
                QStringList index;
                for (const QString &written : Schema::afterFilling(version))
                    index += dialect().translate(written);
                if (auto ok = execAll(index + dialect().rebuildSearch()); !ok)
                    return ok;
            }
        }
        for (const QString &statement : dialect().recordVersion(to))
            if (!query.exec(statement))
                return errorFrom(query);
        return {};
    });
}

// Table SQL rewritten in place, as SQLite documents for changes that leave the stored rows
// as they are (https://sqlite.org/lang_altertable.html#otheralter): the new constraints mean
// the same (version 7) or allow more (version 18), and the schema cookie is bumped so every connection reads the new SQL.
Status Book::rewriteTableChecks(int version)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL")))
        return errorFrom(query);
    QList<std::pair<QString, QString>> changed;
    while (query.next()) {
        const QString sql = query.value(1).toString();
        const QString expanded = Schema::rewrittenTable(version, query.value(0).toString(), sql);
        if (expanded != sql)
            changed.append({query.value(0).toString(), expanded});
    }
    query.finish();
    const bool vocWidened = std::any_of(changed.cbegin(), changed.cend(), [](const auto &t) { return t.first == u"voc"; });
    if (version == 18 && !vocWidened)   // a VOC table this program did not write
        return Error{tr("the book %1 cannot take VOC for sales: its VOC table is not as expected").arg(m_path),
                     ErrorKind::Damaged};
    const bool alertsWidened =
        std::any_of(changed.cbegin(), changed.cend(), [](const auto &t) { return t.first == u"health_alert"; });
    if (version == 20 && !alertsWidened)   // an alert table this program did not write
        return Error{tr("the book %1 cannot take alerts per measure: its alert table is not as expected").arg(m_path),
                     ErrorKind::Damaged};
    if (changed.isEmpty())
        return {};
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return errorFrom(query);
    const qint64 cookie = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA writable_schema = ON")))
        return errorFrom(query);
    // An SQLite built "defensive" refuses schema edits: the checks then stay IN lists, slower to
    // insert under but the same constraints, and the book opens as before.
    int rewritten = 0;
    for (const auto &[name, sql] : std::as_const(changed)) {
        query.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"));
        query.addBindValue(sql);
        query.addBindValue(name);
        if (!query.exec()) {
            if (version == 7)
                break;
            // A check that must widen: the upgrade cannot go on without it (and rolls back).
            const Error refused = errorFrom(query);
            query.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
            return refused;
        }
        ++rewritten;
    }
    if (rewritten > 0 && !query.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)))
        return errorFrom(query);
    if (!query.exec(QStringLiteral("PRAGMA writable_schema = OFF")))
        return errorFrom(query);
    return {};
}

Status Book::loadMeta()
{
    // A team book's currency came with its identity, in the same round trip.
    const QString code = m_knownCurrency.isEmpty() ? meta(QStringLiteral("currency")) : std::exchange(m_knownCurrency, {});
    if (code.isEmpty())
        return {};
    auto currency = Currency::fromCode(code);
    if (!currency)
        return currency.error();
    m_currency = *currency;
    return {};
}

QString Book::meta(const QString &key) const
{
    auto read = query(QStringLiteral("SELECT value FROM book_meta WHERE key = ?"), {key});
    if (read && read->next())
        return read->value(0).toString();
    return {};
}

Status Book::setMeta(const QString &key, const QString &value)
{
    return write([&]() -> Status {
        auto set = query(QStringLiteral("INSERT INTO book_meta (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, value});
        return set ? Status() : Status(set.error());
    });
}

} // namespace csw
