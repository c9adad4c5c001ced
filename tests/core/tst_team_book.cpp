// SPDX-License-Identifier: MIT
// PostgreSQL only: a team book on the tests' throwaway server (tests/pg/pg_server.sh). Its URL,
// creating one (and refusing databases that cannot hold one), opening it, and accounts and
// csw on it.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../TeamServer.h"
#include "../cli/CliTest.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/BookLocation.h"
#include "book/BulkLoad.h"
#include "book/BulkStatement.h"
#include "accounts/AccountFields.h"
#include "book/ChangeWatch.h"
#include "book/PostgresDialect.h"
#include "book/Schema.h"
#include "tasks/Holidays.h"

#include <QSignalSpy>
#include <QTest>

using namespace csw;

class TestTeamBook : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Book> newBook(QString *url = nullptr)
    {
        const QString database = TeamServer::newDatabase();
        if (database.isEmpty())
            return {};
        if (url)
            *url = TeamServer::url(database);
        auto created = Book::create(TeamServer::url(database), *Currency::fromCode(u"JPY"_s));
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created ? std::move(*created) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TeamServer::available(), "CSW_TEST_PGHOST names no test server (run through ctest)");
    }

    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("team");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::newRow("file") << u"/home/sato/book.sqlite"_s << false << QString() << -1 << QString()
                              << QString() << u"/home/sato/book.sqlite"_s;
        QTest::newRow("full") << u"postgresql://sato@db.example.jp:5433/team"_s << true
                              << u"db.example.jp"_s << 5433 << u"sato"_s << u"team"_s
                              << u"postgresql://sato@db.example.jp:5433/team"_s;
        QTest::newRow("postgres scheme") << u"postgres://db/team"_s << true << u"db"_s << -1
                                         << QString() << u"team"_s << u"postgresql://db/team"_s;
        QTest::newRow("libpq defaults") << u"postgresql:///team"_s << true << QString() << -1
                                        << QString() << u"team"_s << u"postgresql:///team"_s;
        QTest::newRow("socket folder") << u"postgresql://postgres@/team?host=/tmp/pg"_s << true
                                       << u"/tmp/pg"_s << -1 << u"postgres"_s << u"team"_s
                                       << u"postgresql://postgres@/team?host=/tmp/pg"_s;
        QTest::newRow("ipv6") << u"postgresql://[::1]:5432/cs"_s << true << u"::1"_s << 5432
                              << QString() << u"cs"_s << u"postgresql://[::1]:5432/cs"_s;
    }
    void parsesLocations()
    {
        QFETCH(QString, text);
        QFETCH(bool, team);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, display);
        const auto location = BookLocation::parse(text);
        QVERIFY2(location, location ? "" : qPrintable(location.error().message));
        QCOMPARE(location->engine == BookEngine::Postgres, team);
        QCOMPARE(location->host, host);
        QCOMPARE(location->port, port);
        QCOMPARE(location->user, user);
        QCOMPARE(location->database, database);
        QCOMPARE(location->display(), display);
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << u"postgresql://sato:secret@db/team"_s << u"never holds a password"_s;
        QTest::newRow("password parameter") << u"postgresql://db/team?password=x"_s << u"never holds a password"_s;
        QTest::newRow("no database") << u"postgresql://db/"_s << u"names no database"_s;
        QTest::newRow("bad port") << u"postgresql://db:port/team"_s << u"not a port number"_s;
    }
    void refusesBadUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto location = BookLocation::parse(text);
        QVERIFY(!location);
        QCOMPARE(location.error().kind, ErrorKind::Invalid);   // the URL as written, not the server
        QVERIFY2(location.error().message.contains(message), qPrintable(location.error().message));
        QVERIFY2(!location.error().message.contains(u"secret"_s), "the message repeats the password");
    }

    void initCreatesTheSchema()
    {
        QString url;
        auto book = newBook(&url);
        QVERIFY(book);
        QCOMPARE(book->engine(), BookEngine::Postgres);
        QCOMPARE(book->schemaVersion(), Schema::currentVersion());
        QCOMPARE(book->currency().code(), u"JPY"_s);
        book.reset();
        auto reopened = Book::open(url);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->schemaVersion(), Schema::currentVersion());
        // Japanese substring search has its trigram index; holidays and playbooks are seeded.
        auto index = (*reopened)->query(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'voc_search_trgm'"_s);
        QVERIFY(index && index->next());
        QCOMPARE(index->value(0).toInt(), 1);
        auto seeded = (*reopened)->query(u"SELECT count(*) FROM playbook_task"_s);
        QVERIFY(seeded && seeded->next());
        QCOMPARE(seeded->value(0).toInt(), 12);
        QVERIFY(Holidays(**reopened).list()->size() > 10);   // Japan's, by default
        // A second init is refused.
        auto again = Book::create(url, Currency());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QVERIFY2(again.error().message.contains(u"already a book"_s), qPrintable(again.error().message));
    }

    void refusesDatabasesThatCannotHoldABook_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("prepare");
        QTest::addColumn<QString>("message");
        QTest::newRow("other tables") << QString() << u"CREATE TABLE invoices (id int)"_s
                                      << u"holds 1 other tables"_s;
        QTest::newRow("C ctype") << u"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s
                                 << QString() << u"LC_CTYPE C"_s;
        QTest::newRow("not UTF-8") << u"TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'"_s
                                   << QString() << u"not UTF-8"_s;
    }
    void refusesDatabasesThatCannotHoldABook()
    {
        QFETCH(QString, options);
        QFETCH(QString, prepare);
        QFETCH(QString, message);
        const QString database = options.isEmpty() ? TeamServer::newDatabase()
                                                   : TeamServer::newDatabase(options);
        QVERIFY(!database.isEmpty());
        if (!prepare.isEmpty())
            QCOMPARE(TeamServer::admin(prepare, database), QString());
        const int before = TeamServer::tableCount(database);
        auto created = Book::create(TeamServer::url(database), Currency());
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
        QCOMPARE(created.error().kind, ErrorKind::NotABook);
        QCOMPARE(TeamServer::tableCount(database), before);
    }

    void opensOnlyBooks()
    {
        const QString empty = TeamServer::newDatabase();
        auto opened = Book::open(TeamServer::url(empty));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::NoBook);
        QVERIFY2(opened.error().message.contains(u"is empty, not a book yet"_s), qPrintable(opened.error().message));
        // How to make it one is the caller's to say: the window shows this, and has no csw.
        QVERIFY2(!opened.error().message.contains(u"'csw "_s), qPrintable(opened.error().message));

        const QString other = TeamServer::newDatabase();
        QCOMPARE(TeamServer::admin(u"CREATE TABLE crm (id int)"_s, other), QString());
        opened = Book::open(TeamServer::url(other));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::NotABook);
        QVERIFY2(opened.error().message.contains(u"not a CS Workbench book"_s), qPrintable(opened.error().message));
    }

    void refusesANewerBookUntouched()
    {
        QString url;
        QVERIFY(newBook(&url));
        const QString database = BookLocation::parse(url)->database;
        QCOMPARE(TeamServer::admin(u"UPDATE csw_book SET schema_version = 99"_s, database), QString());
        auto opened = Book::open(url);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::NewerBook);
        QVERIFY2(opened.error().message.contains(u"newer version"_s), qPrintable(opened.error().message));
    }

    void anUnreachableServerIsNamed()
    {
        const QString url = u"postgresql://postgres@127.0.0.1:1/team"_s;   // nothing listens on port 1
        auto opened = Book::open(url);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::Unreachable);
        QVERIFY2(opened.error().message.contains(u"127.0.0.1:1"_s), qPrintable(opened.error().message));
        auto missing = Book::open(TeamServer::url(u"no_such_database"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::Unreachable);
        QVERIFY2(missing.error().message.contains(u"no_such_database"_s), qPrintable(missing.error().message));
    }

    void accountsLiveOnATeamBook()
    {
        auto book = newBook();
        QVERIFY(book);
        Account a;
        a.name = u"株式会社さくら物流"_s;
        a.csm = u"佐藤 美咲"_s;
        a.arr = 1200000;
        a.startOn = date("2026-04-01");
        const auto added = AccountLifecycle(*book).add(a);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        const qint64 second = addAccount(*book, u"hinode trading"_s, 500000, u"Kato"_s);
        QVERIFY(second > added->accountId);
        // The trigger kept the stage's date, as on SQLite.
        auto since = book->query(u"SELECT stage_on FROM account WHERE id = ?"_s, {added->accountId});
        QVERIFY(since && since->next());
        QCOMPARE(since->value(0).toString(), u"2026-04-01"_s);

        AccountRepository accounts(*book);
        const auto got = accounts.get(added->accountId);
        QVERIFY(got);
        QCOMPARE(got->name, a.name);
        QCOMPARE(got->arr, Minor(1200000));
        AccountFilter search;
        search.search = u"HINODE"_s;   // case folded as on SQLite
        const auto found = accounts.page(search, AccountSort::Name, false, 0, 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, second);
        // A redone addition gets its id back.
        Account redone;
        redone.id = 77;
        redone.name = u"Redone"_s;
        qint64 id = 0;
        QVERIFY(book->write([&]() -> Status {
            auto inserted = accounts.insert(redone);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            return {};
        }));
        QCOMPARE(id, qint64(77));
    }

    void cswWorksOnATeamBook()
    {
        const QString database = TeamServer::newDatabase();
        const QString url = TeamServer::url(database);
        const Run init = run(url, {u"init"_s, u"--currency"_s, u"JPY"_s});
        EXPECT_EXIT(init, 0);
        QVERIFY2(init.text().contains(url), init.out);
        EXPECT_EXIT(run(url, sakuraAccount()), 0);
        const Run list = run(url, {u"account"_s, u"list"_s, u"--format"_s, u"csv"_s});
        EXPECT_EXIT(list, 0);
        QVERIFY2(list.text().contains(Sakura), list.out);
        const QJsonObject shown = show(url);
        QCOMPARE(shown.value(u"name"_s).toString(), Sakura);
        QCOMPARE(shown.value(u"arr"_s).toInteger(), 1200000);
        const Run refused = run(TeamServer::url(u"no_such_database"_s), {u"account"_s, u"list"_s});
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.startsWith("csw: "), refused.err);
    }
    // A local book pushed to a team book and saved back as a local snapshot: every figure the
    // same, the copies sound, and new rows on the team book take new ids.
    void pushAndBackUpKeepEveryFigure()
    {
        QTemporaryDir dir;
        const QString local = dir.filePath(u"local.sqlite"_s);
        EXPECT_EXIT(run(local, words("demo --accounts 300 --seed 5")), 0);
        const QString database = TeamServer::newDatabase();
        const QString url = TeamServer::url(database);
        const Run pushed = run(local, {u"team"_s, u"push"_s, local, url});
        EXPECT_EXIT(pushed, 0);
        QVERIFY2(pushed.text().startsWith(u"Pushed "_s), pushed.out);
        // Pushed, the server knows the tables (statistics) and that every reader sees their
        // pages (a page of accounts skips rows in the index alone), without waiting for autovacuum.
        QVariant settled;
        QCOMPARE(TeamServer::admin(u"SELECT count(*) FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
                                   "WHERE s.relname IN ('account', 'arr_event', 'stage_event') AND s.last_vacuum IS NOT NULL "
                                   "AND s.last_analyze IS NOT NULL AND c.relallvisible = c.relpages"_s,
                                   database, &settled),
                 QString());
        QCOMPARE(settled.toInt(), 3);
        const QString snapshot = dir.filePath(u"snapshot.sqlite"_s);
        EXPECT_EXIT(run(url, {u"backup"_s, snapshot}), 0);
        for (const char *report : {"report kpis --format json", "voc list --format json",
                                   "account list --format csv", "alerts list --format json", "task list --format json"}) {
            const QByteArray expected = run(local, words(report)).out;
            QVERIFY2(expected.size() > 100, report);
            QCOMPARE(run(url, words(report)).out, expected);
            QCOMPARE(run(snapshot, words(report)).out, expected);
        }
        for (const QString &book : {url, snapshot})
            EXPECT_EXIT(run(book, {u"check"_s}), 0);
        QCOMPARE(run(url, sakuraAccount()).out, QByteArray("301\n"));
    }

    // An import of many accounts into a team book leaves it settled as a push does; a small
    // one leaves the tables to autovacuum.
    void aLargeImportSettlesTheBook()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"accounts.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray rows = "name,arr,start\n";
        for (int i = 1; i <= 10000; ++i)
            rows += "Account " + QByteArray::number(i) + ",1200000,2026-04-01\n";
        QVERIFY(file.write(rows) == rows.size());
        file.close();
        const auto vacuumed = [](const QString &database) {
            QVariant when;
            const QString failed = TeamServer::admin(
                u"SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = 'account'"_s,
                database, &when);
            return failed.isEmpty() && when.toBool();
        };
        const QString database = TeamServer::newDatabase();
        EXPECT_EXIT(run(TeamServer::url(database), {u"init"_s}), 0);
        EXPECT_EXIT(run(TeamServer::url(database), {u"import"_s, u"accounts"_s, csv}), 0);
        QVERIFY(vacuumed(database));
        const QString small = TeamServer::newDatabase();
        EXPECT_EXIT(run(TeamServer::url(small), {u"init"_s}), 0);
        EXPECT_EXIT(run(TeamServer::url(small), sakuraAccount()), 0);
        QVERIFY(!vacuumed(small));
    }

    void pushRefuses_data()
    {
        QTest::addColumn<QString>("into");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("a book with data") << "book" << 1 << "already holds a book with data";
        QTest::newRow("other tables") << "tables" << 1 << "holds 1 other tables";
        QTest::newRow("the C ctype") << "c" << 1 << "LC_CTYPE";
        QTest::newRow("a file") << "file" << 2 << "a local book and a team book's URL";
    }

    // Nothing is written where a push is refused.
    void pushRefuses()
    {
        QFETCH(QString, into);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString local = dir.filePath(u"local.sqlite"_s);
        EXPECT_EXIT(run(local, {u"init"_s}), 0);
        EXPECT_EXIT(run(local, sakuraAccount()), 0);
        QString target = dir.filePath(u"other.sqlite"_s);
        QString database;
        if (into != u"file"_s) {
            database = TeamServer::newDatabase(
                into == u"c"_s ? u"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s
                               : u"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s);
            target = TeamServer::url(database);
        }
        if (into == u"book"_s) {
            const Run noBook = run(target, sakuraAccount());   // no book yet: refused
            EXPECT_EXIT(noBook, 1);
            QVERIFY2(noBook.err.startsWith("csw: the database of ") && noBook.err.contains("is empty, not a book yet"),
                     noBook.err);
            QVERIFY2(noBook.err.count("'csw init'") == 1 && !noBook.err.contains("--book"),
                     noBook.err);   // how to make one: the command line's hint, said once
            QCOMPARE(TeamServer::tableCount(database), 0);
            // Another program's tables: refused, and no hint to init there (it would refuse too).
            const QString other = TeamServer::newDatabase();
            QCOMPARE(TeamServer::admin(u"CREATE TABLE crm (id int)"_s, other), QString());
            const Run notOurs = run(TeamServer::url(other), sakuraAccount());
            EXPECT_EXIT(notOurs, 1);
            QVERIFY2(notOurs.err.contains("holds other tables") && !notOurs.err.contains("csw init"), notOurs.err);
        }
        if (into == u"book"_s) {
            EXPECT_EXIT(run(target, {u"init"_s}), 0);
            EXPECT_EXIT(run(target, sakuraAccount()), 0);
        }
        if (into == u"tables"_s)
            QCOMPARE(TeamServer::admin(u"CREATE TABLE theirs (x int)"_s, database), QString());
        const int tablesBefore = database.isEmpty() ? 0 : TeamServer::tableCount(database);
        const Run r = run(local, {u"team"_s, u"push"_s, local, target});
        QCOMPARE(r.code, code);
        QVERIFY2(r.text().isEmpty() && QString::fromUtf8(r.err).contains(message), r.err);
        if (!database.isEmpty())
            QCOMPARE(TeamServer::tableCount(database), tablesBefore);
        else
            QVERIFY(!QFile::exists(target));
    }

    // Schema 9 on a team book: the folded columns filled, the trigram index on them.
    void migratesSearchToFoldedText()
    {
        const QString database = TeamServer::newDatabase();
        const PostgresDialect dialect;
        QStringList statements = {u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
                                  u"CREATE FUNCTION csw_next_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                  "NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_NAME, 'id')); "
                                  "RETURN NEW; END $$"_s};
        for (int version = 1; version <= 8; ++version)
            for (const QString &written : Schema::migrationTo(version))
                statements += dialect.translate(written);
        statements += dialect.recordVersion(8) + schema8SearchRows();
        QCOMPARE(TeamServer::admin(statements.join(u";\n"_s), database), QString());
        auto book = Book::open(TeamServer::url(database));
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        expectMigratedSearch(**book);
        auto index = (*book)->query(u"SELECT indexname FROM pg_indexes WHERE indexname LIKE 'voc_%trgm' "
                                    "ORDER BY 1"_s);
        QVERIFY(index && index->next());
        QCOMPARE(index->value(0).toString(), u"voc_search_trgm"_s);
        QVERIFY(!index->next());
    }

    // The indexes and references of a team book's tables, as the server defines them.
    static QStringList catalog(const Book &book)
    {
        auto q = book.query(u"SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
                            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                            "FROM pg_constraint WHERE contype = 'f' ORDER BY 1"_s);
        QStringList rows;
        while (q && q->next())
            rows << q->value(0).toString();
        return rows;
    }

    // A statement run once goes to the server with its values written in (one round trip):
    // each value reads back as bound, whatever it holds, and a ? inside quotes stays text.
    void inlinedValuesReadBack_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("quote") << QVariant(u"O'Brien 商事"_s) << u"O'Brien 商事"_s;
        QTest::newRow("backslash and quote") << QVariant(u"\\'; DROP TABLE account; --"_s)
                                             << u"\\'; DROP TABLE account; --"_s;
        QTest::newRow("question mark") << QVariant(u"why?"_s) << u"why?"_s;
        QTest::newRow("whole number against text") << QVariant(qint64(5)) << u"5"_s;
        QTest::newRow("real") << QVariant(0.1 + 0.2) << u"0.30000000000000004"_s;
        QTest::newRow("bool") << QVariant(true) << u"true"_s;
        QTest::newRow("date") << QVariant(QDate(2026, 4, 1)) << u"2026-04-01"_s;
    }

    void inlinedValuesReadBack()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, stored);
        auto book = newBook();
        QVERIFY(book);
        QVERIFY(book->write([&]() -> Status {
            auto inserted = book->query(u"INSERT INTO book_meta (key, value) VALUES ('k?', ?)"_s, {stored});
            return inserted ? Status() : Status(inserted.error());
        }));
        auto read = book->query(u"SELECT key, '?' FROM book_meta WHERE value = ? AND key <> ?"_s, {value, u"x"_s});
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QVERIFY(read->next());
        QCOMPARE(read->value(0).toString(), u"k?"_s);
        QCOMPARE(read->value(1).toString(), u"?"_s);
        QVERIFY(!read->next());
        QVERIFY(book->query(u"SELECT count(*) FROM account"_s));   // still there
    }

    void inlinedSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("values") << u"SELECT * FROM t WHERE a = ? AND b = ?"_s << QVariantList{u"x"_s, qint64(3)}
                                << u"SELECT * FROM t WHERE a = E'x' AND b = E'3'"_s;
        QTest::newRow("null") << u"UPDATE t SET a = ?"_s << QVariantList{QVariant()} << u"UPDATE t SET a = NULL"_s;
        QTest::newRow("quoted ?") << u"SELECT 'a?''?', \"b?\" FROM t WHERE c = ?"_s << QVariantList{1.5}
                                  << u"SELECT 'a?''?', \"b?\" FROM t WHERE c = E'1.5'"_s;
        QTest::newRow("too few values") << u"SELECT ?, ?"_s << QVariantList{1} << QString();
        QTest::newRow("too many values") << u"SELECT ?"_s << QVariantList{1, 2} << QString();
        QTest::newRow("bytes are prepared") << u"SELECT ?"_s << QVariantList{QByteArray("x")} << QString();
    }

    void inlinedSql()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(QString, expected);
        QCOMPARE(PostgresDialect().inlined(sql, values), expected);
    }

    // Text goes through COPY's text format (BulkStatement on a team book) exactly as it was.
    void bulkRowsKeepAwkwardText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tab") << u"請求\tPDF"_s;
        QTest::newRow("newline") << u"一行目\n二行目\r\n三行目"_s;
        QTest::newRow("backslash") << u"C:\\顧客\\一覧"_s;
        QTest::newRow("COPY's null mark") << u"\\N"_s;
        QTest::newRow("empty, not null") << QString(u""_s);
        QTest::newRow("emoji and wave dash") << u"〜😀～"_s;
    }

    void bulkRowsKeepAwkwardText()
    {
        QFETCH(QString, text);
        auto book = newBook();
        QVERIFY(book);
        const double score = 0.1 + 0.2;
        QVERIFY(book->write([&]() -> Status {
            auto insert = BulkStatement::prepare(*book, "INSERT INTO account (id, name, plan, industry, "
                                                        "health_score) VALUES (?, ?, ?, ?, ?)", 100);
            if (!insert)
                return insert.error();
            for (qint64 id = 1; id <= 3; ++id) {
                insert->bind(id).bind(u"account %1"_s.arg(id)).bind(text).bindNull().bind(score);
                if (auto ok = insert->run(); !ok)
                    return ok;
            }
            return insert->flush();
        }));
        auto read = book->query(u"SELECT plan, industry, health_score FROM account ORDER BY id"_s);
        QVERIFY(read);
        int rows = 0;
        while (read->next()) {
            ++rows;
            QCOMPARE(read->value(0).toString(), text);
            QVERIFY(!read->value(0).isNull());
            QVERIFY(read->value(1).isNull());
            QCOMPARE(read->value(2).toDouble(), score);
        }
        QCOMPARE(rows, 3);
    }

    // A row the server refuses fails the whole write, by kind, and leaves the book as it was.
    void aRefusedBulkRowWritesNothing()
    {
        auto book = newBook();
        QVERIFY(book);
        addAccount(*book, u"既存"_s, 100, u"佐藤"_s);
        const Status written = book->write([&]() -> Status {
            auto insert = BulkStatement::prepare(*book, "INSERT INTO account (id, name, external_id) "
                                                        "VALUES (?, ?, ?)", 100);
            if (!insert)
                return insert.error();
            for (qint64 id = 10; id < 13; ++id) {
                insert->bind(id).bind(u"new %1"_s.arg(id)).bind("same-id");
                if (auto ok = insert->run(); !ok)
                    return ok;
            }
            return insert->flush();
        });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Conflict);
        QVERIFY2(written.error().message.contains(u"external_id"_s), qPrintable(written.error().message));
        auto count = book->query(u"SELECT count(*) FROM account"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 1);
        // The connection is free again.
        QCOMPARE(addAccount(*book, u"次"_s, 100, u"佐藤"_s) > 0, true);
    }

    // A first load drops an empty table's indexes and references and builds them again; a
    // load that fails leaves them as they were; tables that hold rows keep theirs throughout.
    void aFirstLoadRebuildsIndexesAndReferences()
    {
        auto book = newBook();
        QVERIFY(book);
        const QStringList before = catalog(*book);
        QVERIFY2(before.size() > 20, qPrintable(before.join(u'\n')));
        const QStringList tables = {u"account"_s, u"stage_event"_s};
        for (const bool fail : {true, false}) {
            const Status loaded = book->write([&]() -> Status {
                auto load = BulkLoad::begin(*book, tables);
                if (!load)
                    return load.error();
                if (catalog(*book).size() >= before.size())
                    return Error{u"nothing was dropped"_s};
                auto insert = BulkStatement::prepare(*book, "INSERT INTO stage_event (account_id, stage, "
                                                            "entered_on) VALUES (?, ?, ?)", 100);
                insert->bind(qint64(fail ? 99 : 1)).bind("onboarding").bind("2026-04-01");
                if (auto ok = insert->run(); !ok)
                    return ok;
                if (auto ok = insert->flush(); !ok)
                    return ok;
                if (auto ok = book->execAll({u"INSERT INTO account (id, name) VALUES (1, 'A')"_s}); !ok)
                    return ok;
                return load->finish();   // checks the references: account 99 does not exist
            });
            QCOMPARE(bool(loaded), !fail);
            if (fail)
                QVERIFY2(loaded.error().message.contains(u"stage_event_account_id_fkey"_s),
                         qPrintable(loaded.error().message));
            QCOMPARE(catalog(*book), before);
        }
        auto count = book->query(u"SELECT count(*) FROM stage_event"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 1);
    }

    // An import while a colleague's import runs is refused at once, naming them and the work;
    // the book is left as it was, and the lock goes with the colleague's connection.
    void longWorkIsOneAtATime()
    {
        QTemporaryDir dir;
        const QString database = TeamServer::newDatabase();
        const QString url = TeamServer::url(database);
        EXPECT_EXIT(run(url, {u"init"_s}), 0);
        const QString csv = dir.filePath(u"accounts.csv"_s);
        writeFile(csv, "name\n株式会社ひので\n");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"colleague"_s);
            other.setHostName(TeamServer::socketFolder());
            other.setUserName(u"postgres"_s);
            other.setDatabaseName(database);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(u"SELECT set_config('application_name', 'csworkbench: import', false), "
                              "pg_advisory_lock(%1)"_s.arg(Book::ApplicationId)));
            const Run refused = run(url, {u"import"_s, u"accounts"_s, csv});
            EXPECT_EXIT(refused, 1);
            QVERIFY2(refused.err.contains("import by postgres is in progress"), refused.err.constData());
            other.close();
        }
        QSqlDatabase::removeDatabase(u"colleague"_s);
        EXPECT_EXIT(run(url, {u"import"_s, u"accounts"_s, csv}), 0);   // free again
        QCOMPARE(run(url, words("account list --format json")).json().array().size(), 1);
    }

    // What others commit is told statement by statement with the rows, their accounts and the
    // columns changed; a statement over more rows than a notification names says "many".
    void changeNoticesNameRowsAndColumns()
    {
        const QString database = TeamServer::newDatabase();
        const QString url = TeamServer::url(database);
        EXPECT_EXIT(run(url, words("demo --accounts 150 --months 3 --health-months 1 --voc 10 --seed 7")), 0);
        auto book = Book::open(url);
        QVERIFY(book);
        ChangeWatch watch(**book);
        QSignalSpy heard(&watch, &ChangeWatch::changed);
        const auto next = [&heard] {
            heard.clear();
            return heard.wait(3000) ? heard.at(0).at(0).value<QList<BookChange>>() : QList<BookChange>();
        };
        const auto find = [](const QList<BookChange> &changes, const QString &table, BookChange::Op op) {
            for (const BookChange &c : changes)
                if (c.table == table && c.op == op)
                    return c;
            return BookChange{};
        };
        EXPECT_EXIT(run(url, {u"account"_s, u"set"_s, u"7"_s, u"plan=特別プラン"_s}), 0);
        BookChange edit = find(next(), u"account"_s, BookChange::Op::Update);
        QCOMPARE(edit.rows, QList<qint64>{7});
        QCOMPARE(edit.accounts, QList<qint64>{7});
        QVERIFY2(edit.columns.contains(u"plan"_s), qPrintable(edit.columns.join(u',')));
        QVERIFY(!edit.columns.contains(u"name"_s) && !edit.columns.contains(u"arr"_s));
        QCOMPARE(fieldsOfColumns(edit.columns) & ~AccountFields(AccountField::Version), AccountFields(AccountField::Plan));

        EXPECT_EXIT(run(url, {u"task"_s, u"add"_s, u"9"_s, u"--title"_s, u"QBRの準備"_s, u"--due"_s, u"2026-12-01"_s}), 0);
        const BookChange task = find(next(), u"task"_s, BookChange::Op::Insert);
        QCOMPARE(task.accounts, QList<qint64>{9});
        QVERIFY(!task.manyRows);

        QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"colleague"_s);
        other.setHostName(TeamServer::socketFolder());
        other.setUserName(u"postgres"_s);
        other.setDatabaseName(database);
        QVERIFY(other.open());
        QSqlQuery sql(other);
        QVERIFY(sql.exec(u"UPDATE account SET industry = 'SaaS' WHERE id <= 120"_s));
        const BookChange many = find(next(), u"account"_s, BookChange::Op::Update);
        QVERIFY(many.manyRows && many.manyAccounts);
        QVERIFY(many.columns.isEmpty());
        QVERIFY(sql.exec(u"UPDATE account SET industry = industry WHERE id IN (3, 4)"_s));
        const BookChange same = find(next(), u"account"_s, BookChange::Op::Update);
        QCOMPARE(same.rows, (QList<qint64>{3, 4}));
        QVERIFY(same.columns.isEmpty());   // named rows, nothing in them changed
        QVERIFY(sql.exec(u"DELETE FROM task WHERE account_id = 9"_s));
        QVERIFY(find(next(), u"task"_s, BookChange::Op::Delete).accounts.contains(9));
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"colleague"_s);
    }

    // Who made each history row: the login that wrote it, whoever it was, through csw or SQL.
    void historyRecordsWho()
    {
        const QString database = TeamServer::newDatabase();
        const QString url = TeamServer::url(database);
        EXPECT_EXIT(run(url, {u"init"_s}), 0);
        EXPECT_EXIT(run(url, sakuraAccount()), 0);
        EXPECT_EXIT(run(url, {u"team"_s, u"user"_s, u"add"_s, u"suzuki"_s, u"--role"_s, u"csm"_s,
                              u"--csm"_s, Misaki}),
                    0);
        const QString asSuzuki = u"postgresql://suzuki@/%1?host=%2"_s.arg(database, TeamServer::socketFolder());
        EXPECT_EXIT(run(asSuzuki, {u"stage"_s, u"set"_s, u"1"_s, u"adoption"_s}), 0);
        const QJsonArray stages = run(url, words("stage history 1 --format json")).json().array();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages[0].toObject().value(u"by"_s).toString(), u"postgres"_s);
        QCOMPARE(stages[1].toObject().value(u"by"_s).toString(), u"suzuki"_s);
        EXPECT_EXIT(run(asSuzuki, {u"voc"_s, u"add"_s, u"1"_s, u"--text"_s, u"請求書をPDFで"_s, u"--kind"_s, u"feature-request"_s}), 0);
        EXPECT_EXIT(run(url, {u"voc"_s, u"set"_s, u"1"_s, u"status=triaged"_s}), 0);
        const QJsonArray changes = run(url, words("voc history 1 --format json")).json().array();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].toObject().value(u"by"_s).toString(), u"suzuki"_s);
        QCOMPARE(changes[1].toObject().value(u"by"_s).toString(), u"postgres"_s);
        // A scorecard version names who made it; a CSM may not make one.
        const Run csm = run(asSuzuki, words("scorecard set usage.yellow=20"));
        EXPECT_EXIT(csm, 1);
        QVERIFY2(csm.err.startsWith("csw: refused by the team book ") && csm.err.contains("(login suzuki, role csm)"),
                 csm.err);
        QVERIFY2(csm.err.contains("scorecards, playbooks, holidays, settings, imports and people are a lead's"), csm.err);
        QCOMPARE(run(url, words("scorecard show --format json")).json().object().value(u"version"_s).toInt(), 1);
        EXPECT_EXIT(run(url, words("scorecard set usage.yellow=20")), 0);
        const QJsonObject card = run(url, words("scorecard show --format json")).json().object();
        QCOMPARE(card.value(u"version"_s).toInt(), 2);
        QCOMPARE(card.value(u"by"_s).toString(), u"postgres"_s);
    }

    // A team book's rotating backups are the server's: csw says so and makes no folder.
    void rotatingBackupsAreTheServers()
    {
        const QString url = TeamServer::url(TeamServer::newDatabase());
        EXPECT_EXIT(run(url, {u"init"_s}), 0);
        const Run r = run(url, {u"backup"_s});
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains("pg_dump"), r.err);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestTeamBook)
#include "tst_team_book.moc"
