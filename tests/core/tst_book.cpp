// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "book/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
// Runs SQL on a file through a plain connection, outside the Book class.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant pragma(Book &book, const char *name)
{
    QSqlQuery q(book.database());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0) : QVariant();
}
} // namespace

// Opening, creating, migrating and refusing books.
class TestBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSetsThePragmas()
    {
        BookFixture f;
        QCOMPARE(pragma(*f.book, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*f.book, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*f.book, "application_id").toInt(), Book::ApplicationId);
        QCOMPARE(f.book->schemaVersion(), Schema::currentVersion());
        QCOMPARE(f.book->currency().code(), QStringLiteral("JPY"));
        QVERIFY(!f.book->isReadOnly());
    }

    void reopenKeepsTheCurrency()
    {
        BookFixture f(QStringLiteral("USD"));
        f.book.reset();
        auto book = Book::open(f.path);
        QVERIFY(book);
        QCOMPARE((*book)->currency().code(), QStringLiteral("USD"));
        QCOMPARE((*book)->currency().digits(), 2);
    }

    void createRefusesAnExistingFile()
    {
        BookFixture f;
        f.book.reset();
        const QByteArray before = fileHash(f.path);
        auto again = Book::create(f.path, Currency());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("already a book")));
        QCOMPARE(fileHash(f.path), before);
    }

    void refusesFilesThatAreNotBooks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty file") << QByteArray() << "empty file" << int(ErrorKind::NotABook);
        QTest::newRow("text file") << QByteArray("name,arr\nSakura,100\n") << "not a CS Workbench book"
                                   << int(ErrorKind::NotABook);
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16)
                                << "not a CS Workbench book" << int(ErrorKind::NotABook);
        QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16) << "damaged"
                                            << int(ErrorKind::Damaged);
    }
    void refusesFilesThatAreNotBooks()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto book = Book::open(path);
        QVERIFY(!book);
        QCOMPARE(int(book.error().kind), kind);
        QVERIFY2(book.error().message.contains(message), qPrintable(book.error().message));
        QCOMPARE(fileHash(path), fileHash(path));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
        check.close();
        const auto created = Book::create(path, Currency());
        QVERIFY(!created);
        QCOMPARE(created.error().kind, ErrorKind::NotABook);
        QVERIFY2(created.error().message.contains(u"exists and is not a book"_s), qPrintable(created.error().message));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void refusesAnotherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE t (x)")});
        const QByteArray before = fileHash(path);
        auto book = Book::open(path);
        QVERIFY(!book);
        QCOMPARE(book.error().kind, ErrorKind::NotABook);
        QVERIFY(book.error().message.contains(QStringLiteral("not a CS Workbench book")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerBookUntouched()
    {
        BookFixture f;
        f.book.reset();
        rawExec(f.path, {QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileHash(f.path);
        auto book = Book::open(f.path);
        QVERIFY(!book);
        QCOMPARE(book.error().kind, ErrorKind::NewerBook);
        QVERIFY2(book.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(book.error().message));
        QCOMPARE(fileHash(f.path), before);
    }

    void refusesAMissingFile()
    {
        QTemporaryDir dir;
        auto book = Book::open(dir.filePath(QStringLiteral("nothing.sqlite")));
        QVERIFY(!book);
        QCOMPARE(book.error().kind, ErrorKind::NoBook);
        QVERIFY2(book.error().message.contains(QStringLiteral("no book at")), qPrintable(book.error().message));
        // A window user is not told to run a command: the command line adds its own hint.
        QVERIFY2(!book.error().message.contains(QStringLiteral("csw")), qPrintable(book.error().message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nothing.sqlite"))));
    }

    // Every released schema version migrates forward from a fixture made with its own SQL.
    void migratesVersion1Fixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QFile sql(QStringLiteral(CSW_TEST_DATA "/book-v1.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QStringList statements;
        for (const QString &s : QString::fromUtf8(sql.readAll()).split(QLatin1Char(';')))
            if (!s.trimmed().isEmpty())
                statements << s.trimmed();
        rawExec(path, statements);
        auto book = Book::open(path);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        QCOMPARE((*book)->schemaVersion(), Schema::currentVersion());
        auto account = AccountRepository(**book).get(1);
        QVERIFY(account);
        QCOMPARE(account->name, QStringLiteral("株式会社さくら物流"));
        QCOMPARE(account->arr, Minor(1200000));
        QCOMPARE(account->stage, Stage::Adoption);
        // Schema 8 filled in when the account entered its stage: its latest stage event.
        QSqlQuery q((*book)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT stage_on FROM account WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-06-01"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    // Schema 9 fills the folded columns search reads from the rows already there.
    void migratesSearchToFoldedText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        QStringList statements;
        for (int version = 1; version <= 8; ++version)
            statements += Schema::migrationTo(version);
        statements << QStringLiteral("PRAGMA application_id = %1").arg(Book::ApplicationId)
                   << QStringLiteral("PRAGMA user_version = 8");
        rawExec(path, statements + schema8SearchRows());
        auto book = Book::open(path);
        QVERIFY2(book, book ? "" : qPrintable(book.error().message));
        expectMigratedSearch(**book);
        QSqlQuery q((*book)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM voc_search WHERE voc_search MATCH '\"csv\"'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO voc_search (voc_search) VALUES ('integrity-check')")));
    }

    // Named values: each :name becomes a ?, its value appended in order; quoted text and
    // PostgreSQL's :: casts are not names.
    void namedValuesBecomePositional_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QVariantList>("values");
        QTest::newRow("twice") << u"SELECT * FROM t WHERE a >= :f AND b <= :l AND c >= :f"_s
                               << u"SELECT * FROM t WHERE a >= ? AND b <= ? AND c >= ?"_s
                               << QVariantList{u"2026-04-01"_s, u"2027-03-31"_s, u"2026-04-01"_s};
        QTest::newRow("quoted") << u"SELECT ':f', \":l\" FROM t WHERE a = :f"_s
                                << u"SELECT ':f', \":l\" FROM t WHERE a = ?"_s << QVariantList{u"2026-04-01"_s};
        QTest::newRow("cast") << u"SELECT id::text FROM t WHERE a = :l"_s << u"SELECT id::text FROM t WHERE a = ?"_s
                              << QVariantList{u"2027-03-31"_s};
    }
    void namedValuesBecomePositional()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(QVariantList, values);
        QVariantList ordered;
        const Book::Named named{{u"f"_s, u"2026-04-01"_s}, {u"l"_s, u"2027-03-31"_s}};
        QCOMPARE(Book::positional(sql, named, ordered), expected);
        QCOMPARE(ordered, values);
    }

    // Version 7 rewrites `x IN ('a', …)` checks as OR chains (SQLite rebuilds an IN list at
    // every statement run); they must mean the same.
    void expandsInLists_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("three") << u"a TEXT CHECK (a IN ('x', 'y', 'z'))"_s
                               << u"a TEXT CHECK ((a = 'x' OR a = 'y' OR a = 'z'))"_s;
        QTest::newRow("across lines") << u"stage TEXT CHECK (stage IN\n    ('a-b', 'c'))"_s
                                      << u"stage TEXT CHECK ((stage = 'a-b' OR stage = 'c'))"_s;
        QTest::newRow("null or") << u"CHECK (t IS NULL OR t IN ('high','low'))"_s
                                 << u"CHECK (t IS NULL OR (t = 'high' OR t = 'low'))"_s;
        QTest::newRow("quote inside") << u"CHECK (k IN ('it''s', 'b'))"_s
                                      << u"CHECK ((k = 'it''s' OR k = 'b'))"_s;
        QTest::newRow("two checks") << u"a CHECK (a IN ('1','2','3')), b CHECK (b IN ('4','5','6'))"_s
                                    << u"a CHECK ((a = '1' OR a = '2' OR a = '3')), b CHECK ((b = '4' OR b = '5' OR b = '6'))"_s;
        QTest::newRow("numbers untouched") << u"CHECK (n IN (1, 2, 3))"_s << u"CHECK (n IN (1, 2, 3))"_s;
        QTest::newRow("none") << u"CHECK (arr >= 0)"_s << u"CHECK (arr >= 0)"_s;
    }

    void expandsInLists()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(Schema::expandInLists(sql), expected);
    }

    // Version 18 widens the VOC target's check to sales, whichever way version 7 left it.
    void widensVocTargetForSales_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("or chain") << u"target TEXT NOT NULL CHECK ((target = 'product' OR target = 'marketing' OR target = 'both'))"_s
                                  << u"target TEXT NOT NULL CHECK ((target = 'product' OR target = 'marketing' OR target = 'both' OR target = 'sales'))"_s;
        QTest::newRow("in list") << u"target TEXT NOT NULL CHECK (target IN ('product', 'marketing', 'both'))"_s
                                 << u"target TEXT NOT NULL CHECK (target IN ('product', 'marketing', 'both', 'sales'))"_s;
    }
    void widensVocTargetForSales()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(Schema::rewrittenTable(18, u"voc"_s, sql), expected);
        QCOMPARE(Schema::rewrittenTable(18, u"voc_change"_s, sql), sql);   // only the VOC table's
    }

    // Version 20 widens the alert reason's check to a measure's alert.
    void widensAlertReasonForMeasures_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("or chain") << u"reason TEXT NOT NULL CHECK ((reason = 'red' OR reason = 'drop'))"_s
                                  << u"reason TEXT NOT NULL CHECK ((reason = 'red' OR reason = 'drop' OR reason = 'measure'))"_s;
        QTest::newRow("in list") << u"reason TEXT NOT NULL CHECK (reason IN ('red', 'drop'))"_s
                                 << u"reason TEXT NOT NULL CHECK (reason IN ('red', 'drop', 'measure'))"_s;
    }
    void widensAlertReasonForMeasures()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(Schema::rewrittenTable(20, u"health_alert"_s, sql), expected);
        QCOMPARE(Schema::rewrittenTable(20, u"voc"_s, sql), sql);
    }

    void migratedChecksStillRefuseBadValues()
    {
        BookFixture f;
        QSqlQuery q(f.book->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '% IN%(''%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(q.exec(u"INSERT INTO account (name, touch) VALUES ('ok', 'low')"_s));
        QVERIFY(!q.exec(u"INSERT INTO account (name, touch) VALUES ('bad', 'medium')"_s));
        QVERIFY(q.lastError().text().contains(u"CHECK constraint failed"_s));
        QVERIFY(!q.exec(u"INSERT INTO account (name, stage) VALUES ('bad', 'trial')"_s));
        QVERIFY(!q.exec(u"INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after) "
                        "VALUES (1, '2026-01-01', 'upsell', 0, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after) "
                       "VALUES (1, '2026-01-01', 'new', 0, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO voc (text, kind, target, logged_on) VALUES ('x', 'bug', 'sales', '2026-01-01')"_s));
        QVERIFY(!q.exec(u"INSERT INTO voc (text, kind, target, logged_on) VALUES ('x', 'bug', 'finance', '2026-01-01')"_s));
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }

    void readOnlyBookRefusesWrites()
    {
        BookFixture f;
        QVERIFY(AccountLifecycle(*f.book).add({.name = QStringLiteral("A")}));
        f.book.reset();
        QVERIFY(QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(f.path);
        auto book = Book::open(f.path);
        QVERIFY(book);
        QVERIFY((*book)->isReadOnly());
        QCOMPARE(*AccountRepository(**book).count(), qint64(1));
        auto added = AccountLifecycle(**book).add({.name = QStringLiteral("B")});
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::ReadOnly);
        QVERIFY(added.error().message.contains(QStringLiteral("read-only")));
        book->reset();
        QCOMPARE(fileHash(f.path), before);
    }

    void failedWorkIsRolledBack()
    {
        BookFixture f;
        bool inserted = false;
        const Status result = f.book->write([&]() -> Status {
            inserted = AccountRepository(*f.book).insert({.name = QStringLiteral("half")}).hasValue();
            return Error{QStringLiteral("stop here")};
        });
        QVERIFY(inserted);
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("stop here"));
        QCOMPARE(*AccountRepository(*f.book).count(), qint64(0));
    }

    void busyBookIsReportedNotHung()
    {
        BookFixture f;
        qputenv("CSW_BUSY_TIMEOUT_MS", "200");
        auto second = Book::open(f.path);
        qunsetenv("CSW_BUSY_TIMEOUT_MS");
        QVERIFY(second);
        QSqlQuery hold(f.book->database());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto added = AccountLifecycle(**second).add({.name = QStringLiteral("B")});
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Busy);
        QVERIFY2(added.error().message.contains(QStringLiteral("busy")),
                 qPrintable(added.error().message));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(AccountLifecycle(**second).add({.name = QStringLiteral("B")}));
    }
};

QTEST_GUILESS_MAIN(TestBook)
#include "tst_book.moc"
