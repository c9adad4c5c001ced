// SPDX-License-Identifier: MIT
// The csw command line refusing bad input, damaged, newer, read-only and busy books:
// exit 1 (or 2 for wrong usage), a `csw: ` message, and the book left byte for byte as it was.
#include "CliTest.h"

#include <QFileInfo>

#include <QElapsedTimer>

class TestCliErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;   // a demo book that tests copy and damage
    QString m_demoBook;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CSW_EXECUTABLE)));
        m_demoBook = newBookPath(m_shared, u"demo.sqlite"_s);
        EXPECT_EXIT(run(m_demoBook, words("demo --accounts 200 --seed 3")), 0);
    }

    void initRefusesAFileThatIsNotABook_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("name,arr\nSakura,100\n");
        QTest::newRow("empty file") << QByteArray();
    }

    void initRefusesAFileThatIsNotABook()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        writeFile(path, content);
        const Run r = run(path, {u"init"_s});
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: ") && r.err.contains("not a book"), r.err);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *args, int code, const char *message) {
            QTest::newRow(name) << words(args) << code << QString::fromUtf8(message);
        };
        row("impossible start", "account add --name X --start 2026-02-30", 1, "2026-02-30");
        row("impossible renewal", "account set 1 renewal=2026-02-30", 1, "not a date");
        row("impossible churn date", "account churn 1 --date 2026-02-30", 1, "not a date");
        row("impossible stage date", "stage set 1 adoption --date 2026-13-01", 1, "not a date");
        row("renewal before start", "account add --name X --start 2026-04-01 --renewal 2026-03-31",
            1, "before the start");
        row("unknown stage on add", "account add --name X --stage dormant", 1, "not a stage");
        row("unknown stage on set", "stage set 1 dormant", 1, "not a stage");
        row("unknown stage on list", "account list --stage dormant", 1, "not a stage");
        row("unknown touch", "account add --name X --touch medium", 1, "not a touch model");
        row("unknown touch on set", "account set 1 touch=medium", 1, "not a touch model");
        row("unknown account", "account show 999", 1, "no account 999");
        row("unknown account on set", "account set 999 csm=A", 1, "no account 999");
        row("unknown account on stage", "stage set 999 adoption", 1, "no account 999");
        row("non-numeric id", "account show abc", 1, "not an account id");
        row("zero id", "stage history 0", 1, "not an account id");
        row("negative arr", "account add --name X --arr -5", 1, "negative");
        row("negative arr on set", "account set 1 arr=-5", 1, "negative");
        row("yen with decimals", "account add --name X --arr 12.5", 1, "decimals");
        row("not money", "account add --name X --arr lots", 1, "not an amount");
        row("duplicate external id", "account add --name X --external-id CRM-1", 1, "CRM-1");
        row("arr change before start", "account set 1 arr=5 --date 2026-01-01", 1, "before");
        row("churn before start", "account churn 1 --date 2026-01-01", 1, "before");
        row("bad format", "account list --format xml", 1, "xml");
        row("bad health band", "account list --health purple", 1, "purple");
        row("demo into a book with accounts", "demo --accounts 5", 1, "already has 1 accounts");
        row("unknown command", "frobnicate", 2, "not a csw command");
        row("unknown program option", "--bogus account list", 2, "--bogus");
        row("unknown command option", "account list --bogus", 2, "bogus");
        row("missing subcommand", "account", 2, "needs one of");
        row("missing name", "account add --csm A", 2, "--name is required");
        row("missing argument", "account show", 2, "expected ID");
        row("extra argument", "account show 1 2", 2, "expected ID");
        row("missing option value", "account add --name", 2, "name");
        row("no command", "", 2, "Usage");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = digest(path);
        const Run r = run(path, args);
        EXPECT_EXIT(r, code);
        if (code == 1)
            QVERIFY2(r.err.startsWith("csw: "), r.err);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(digest(path), before);
    }

    void missingBook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nothing.sqlite"_s);
        for (const char *args : {"account list", "check", "account add --name X"}) {
            const Run r = run(path, words(args));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: ") && r.err.contains("no book"), r.err);
            QVERIFY2(r.err.contains("create one with 'csw init'"), r.err);   // the command line's own hint
            QVERIFY(!QFile::exists(path));
        }
    }

    void newerBookIsRefusedUntouched()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(RawDb(path).exec(u"PRAGMA user_version = 99"_s));
        const QByteArray before = digest(path);
        for (const char *args : {"account list", "account add --name X", "check"}) {
            const Run r = run(path, words(args));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: ") && r.err.contains("newer"), r.err);
            QCOMPARE(digest(path), before);
        }
    }

    void truncatedBookFailsCleanly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("account list") << words("account list");
        QTest::newRow("check") << words("check");
        QTest::newRow("stage history") << words("stage history 1");
        QTest::newRow("account add") << words("account add --name X");
    }

    void truncatedBookFailsCleanly()
    {
        SKIP_ON_TEAM_BOOK();
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"truncated.sqlite"_s);
        QVERIFY(QFile::copy(m_demoBook, path));
        QFile file(path);
        QVERIFY(file.resize(file.size() * 4 / 10));
        const QByteArray before = digest(path);
        const Run r = run(path, args);
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: "), r.err);
        QVERIFY2(QString::fromUtf8(r.err).contains(path + u" is damaged or not a CS Workbench book"_s), r.err);
        QCOMPARE(digest(path), before);
    }

    void readOnlyBook()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = digest(path);
        const Run add = run(path, words("account add --name X"));
        EXPECT_EXIT(add, 1);
        QVERIFY2(add.err.startsWith("csw: ") && add.err.contains("read-only"), add.err);
        QCOMPARE(digest(path), before);
        const Run list = run(path, words("account list --format json"));
        EXPECT_EXIT(list, 0);
        QCOMPARE(ids(list.json()), QList<qint64>{1});
        QCOMPARE(digest(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void busyBook()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        {
            RawDb writer(path);
            QVERIFY(writer.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(writer.exec(u"INSERT INTO account (name) VALUES ('held')"_s));
            QElapsedTimer timer;
            timer.start();
            const Run r = run(path, words("account add --name Y"), {u"CSW_BUSY_TIMEOUT_MS=300"_s});
            QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: ") && r.err.contains("busy"), r.err);
            QVERIFY(writer.exec(u"ROLLBACK"_s));
        }
        QCOMPARE(ids(run(path, words("account list --format json")).json()), QList<qint64>{1});
    }

    // A book in a folder that is not there: one line that names the folder, nothing made.
    void initInAMissingFolderSaysSo()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/book.sqlite"_s);
        const Run r = run(path, {u"init"_s});
        EXPECT_EXIT(r, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("csw: the folder ") && r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    }

    void demoWithBadOptionsCreatesNoBook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"never.sqlite"_s);
        const Run r = run(path, words("demo --accounts 0"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: the number of accounts must be between 1 and 1000000, not 0"), r.err);
        QVERIFY2(!QFile::exists(path), "a failed demo left a new, empty book behind");
    }

    void backupNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        const QString existing = dir.filePath(u"keep.txt"_s);
        writeFile(existing, "keep me\n");
        const Run refused = run(path, {u"backup"_s, existing});
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.startsWith("csw: ") && refused.err.contains("exists"), refused.err);
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
    }

    // An index out of step with its table (its stored definition changed under it): the
    // check names the rows and says to rebuild the indexes; --reindex does, losing nothing.
    void checkSaysHowToMendBrokenIndexes()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        EXPECT_EXIT(run(path, {u"account"_s, u"add"_s, u"--name"_s, u"Hinode"_s, u"--csm"_s, u"Kato"_s}), 0);
        {
            RawDb db(path);
            const int cookie = db.number(u"PRAGMA schema_version"_s);
            QVERIFY(db.exec(u"PRAGMA writable_schema = ON"_s));
            QVERIFY(db.exec(u"UPDATE sqlite_schema SET sql = 'CREATE INDEX account_csm ON account (plan)' "
                            "WHERE name = 'account_csm'"_s));
            QVERIFY(db.exec(u"PRAGMA schema_version = %1"_s.arg(cookie + 1)));
        }
        const Run broken = run(path, {u"check"_s});
        EXPECT_EXIT(broken, 1);
        QVERIFY2(broken.err.contains("missing from index account_csm"), broken.err);
        QVERIFY2(broken.err.contains("csw check --reindex"), broken.err);
        QVERIFY2(!broken.err.contains("restore"), broken.err);

        const Run mended = run(path, {u"check"_s, u"--reindex"_s});
        EXPECT_EXIT(mended, 0);
        QVERIFY2(mended.out.contains("ok"), mended.out);
        QCOMPARE(RawDb(path, true).number(u"SELECT count(*) FROM account"_s), 2);
    }

    // Damage that is more than an index: the check points to the backups instead.
    void checkSendsRealDamageToTheBackups()
    {
        SKIP_ON_TEAM_BOOK();
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        {
            RawDb db(path);
            QVERIFY(db.exec(u"PRAGMA foreign_keys = OFF"_s));
            QVERIFY(db.exec(u"INSERT INTO stage_event (account_id, stage, entered_on) "
                            "VALUES (99, 'adoption', '2026-01-01')"_s));
        }
        const Run damaged = run(path, {u"check"_s});
        EXPECT_EXIT(damaged, 1);
        QVERIFY2(damaged.err.contains("points to a missing account"), damaged.err);
        QVERIFY2(damaged.err.contains("csw restore BACKUP") && damaged.err.contains("book-backups"),
                 damaged.err);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
