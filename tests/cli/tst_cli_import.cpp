// SPDX-License-Identifier: MIT
// csw import through the real executable: messages that name file, row and column, the
// errors file, dry runs, and a book left exactly as it was after any failure.
#include "CliTest.h"

namespace {
QString data(const QString &name)
{
    return QStringLiteral(CSW_TEST_DATA "/import/") + name;
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndReports()
    {
        QTemporaryDir dir;
        const QString book = newBookPath(dir, u"b.sqlite"_s);
        EXPECT_EXIT(run(book, {u"init"_s}), 0);
        const Run dry = run(book, {u"import"_s, u"accounts"_s, data(u"accounts-sjis.csv"_s), u"--dry-run"_s});
        EXPECT_EXIT(dry, 0);
        QVERIFY2(dry.text().startsWith(u"Dry run: would create 3, update 0, skip 0 (cp932"_s), dry.out.constData());
        QCOMPARE(run(book, words("account list --format json")).json().array().size(), 0);
        const Run done = run(book, {u"import"_s, u"accounts"_s, data(u"accounts-sjis.csv"_s)});
        EXPECT_EXIT(done, 0);
        QVERIFY(done.text().startsWith(u"Imported: created 3"_s));
        const QJsonObject sakura = show(book);
        QCOMPARE(sakura.value(u"name"_s).toString(), u"株式会社さくら物流"_s);
        QCOMPARE(sakura.value(u"arr"_s).toInteger(), 1200000);
        QCOMPARE(sakura.value(u"renewal"_s).toString(), u"2027-03-31"_s);
        // Again: every row is a duplicate now.
        const Run again = run(book, {u"import"_s, u"accounts"_s, data(u"accounts-utf8.csv"_s),
                                     u"--on-duplicate"_s, u"skip"_s});
        EXPECT_EXIT(again, 0);
        QVERIFY(again.text().startsWith(u"Imported: created 0, updated 0, skipped 3"_s));
    }

    void badFilesNameRowAndColumn_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad values") << QStringList{data(u"bad-values.csv"_s)} << 1
                                    << u"bad-values.csv, row 3, column touch ('medium'): 'medium' is not a touch model"_s;
        QTest::newRow("unbalanced quote") << QStringList{data(u"unbalanced-quote.csv"_s)} << 1
                                          << u"row 3, column 1: a quoted field opened on line 3 is never closed"_s;
        QTest::newRow("binary") << QStringList{data(u"binary.csv"_s)} << 1 << u"not a text file"_s;
        QTest::newRow("empty") << QStringList{data(u"empty.csv"_s)} << 1 << u"is empty"_s;
        QTest::newRow("header only") << QStringList{data(u"header-only.csv"_s)} << 1 << u"no rows"_s;
        QTest::newRow("no name column") << QStringList{data(u"semicolon.csv"_s), u"--map"_s, u"name="_s} << 1
                                        << u"no column is mapped to name"_s;
        QTest::newRow("unknown column") << QStringList{data(u"semicolon.csv"_s), u"--map"_s, u"csm=Owner"_s} << 1
                                        << u"no column 'Owner'"_s;
        QTest::newRow("wrong encoding") << QStringList{data(u"accounts-sjis.csv"_s), u"--encoding"_s, u"utf-8"_s}
                                        << 1 << u"not valid UTF-8"_s;
        QTest::newRow("bad option") << QStringList{data(u"semicolon.csv"_s), u"--on-duplicate"_s, u"merge"_s} << 2
                                    << u"--on-duplicate"_s;
    }
    void badFilesNameRowAndColumn()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString book = sakuraBook(dir);
        QVERIFY(!book.isEmpty());
        const QByteArray before = digest(book);
        const Run r = run(book, QStringList{u"import"_s, u"accounts"_s} + args);
        EXPECT_EXIT(r, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(digest(book), before);
    }

    // A churn export with only an id column: it fills both the external id and the name.
    void oneColumnFillsTwoFields()
    {
        QTemporaryDir dir;
        const QString book = sakuraBook(dir);
        QVERIFY(!book.isEmpty());
        const QString csv = dir.filePath(u"churn.csv"_s);
        writeFile(csv, "customerID,MonthlyCharges,Churn\n7590-VHVEG,29.85,No\n5575-GNVDE,56.95,Yes\n");
        const Run r = run(book, {u"import"_s, u"accounts"_s, csv, u"--map"_s,
                                 u"external_id=customerID,name=customerID"_s});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.text().startsWith(u"Imported: created 2"_s), r.out.constData());
        const QJsonObject second = show(book, u"2"_s);
        QCOMPARE(second.value(u"name"_s).toString(), u"7590-VHVEG"_s);
        QCOMPARE(second.value(u"external_id"_s).toString(), u"7590-VHVEG"_s);
    }

    // Era dates (和暦) as Japanese forms write them, in a file and in `account set`; a day
    // past its era's end is named by row and column and nothing is written.
    void readsEraDates()
    {
        QTemporaryDir dir;
        const QString book = sakuraBook(dir);
        QVERIFY(!book.isEmpty());
        const QString csv = dir.filePath(u"era.csv"_s);
        writeFile(csv, "name,start,renewal\n株式会社ひので,令和元年5月1日,Ｒ９．３．３１\n"
                       "株式会社あさひ,H31.4.30,令和8年4月30日\n");
        EXPECT_EXIT(run(book, {u"import"_s, u"accounts"_s, csv}), 0);
        QCOMPARE(show(book, u"2"_s).value(u"start"_s).toString(), u"2019-05-01"_s);
        QCOMPARE(show(book, u"2"_s).value(u"renewal"_s).toString(), u"2027-03-31"_s);
        QCOMPARE(show(book, u"3"_s).value(u"start"_s).toString(), u"2019-04-30"_s);
        EXPECT_EXIT(run(book, {u"account"_s, u"set"_s, u"3"_s, u"renewal=令和9年4月30日"_s}), 0);
        QCOMPARE(show(book, u"3"_s).value(u"renewal"_s).toString(), u"2027-04-30"_s);
        // Every date csw reads: a task's due date, here.
        EXPECT_EXIT(run(book, {u"task"_s, u"add"_s, u"3"_s, u"--title"_s, u"更新の確認"_s, u"--due"_s, u"R8.12.1"_s}), 0);
        QVERIFY(run(book, words("task list --format json")).text().contains(u"2026-12-01"_s));
        const QString bad = dir.filePath(u"bad-era.csv"_s);
        writeFile(bad, "name,start\n株式会社みなと,平成31年5月1日\n");
        const QByteArray before = digest(book);
        const Run refused = run(book, {u"import"_s, u"accounts"_s, bad});
        EXPECT_EXIT(refused, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains(u"row 2, column start"_s), refused.err.constData());
        QVERIFY2(QString::fromUtf8(refused.err).contains(u"平成31年5月1日"_s), refused.err.constData());
        QCOMPARE(digest(book), before);
    }

    // --set: a value for every row, for a field no column fills or a column's empty cells.
    void setFillsAFieldForEveryRow()
    {
        QTemporaryDir dir;
        const QString book = sakuraBook(dir);
        QVERIFY(!book.isEmpty());
        const QString csv = dir.filePath(u"churned.csv"_s);
        writeFile(csv, "customerID,MonthlyCharges,plan\n7590-VHVEG,29.85,\n5575-GNVDE,56.95,Pro\n");
        const Run r = run(book, {u"import"_s, u"accounts"_s, csv, u"--map"_s,
                                 u"external_id=customerID,name=customerID"_s, u"--set"_s,
                                 u"csm=佐藤 美咲,plan=Standard"_s, u"--set"_s, u"start=2025-04-01"_s});
        EXPECT_EXIT(r, 0);
        const QJsonObject first = show(book, u"2"_s);
        QCOMPARE(first.value(u"csm"_s).toString(), u"佐藤 美咲"_s);   // no column: every row
        QCOMPARE(first.value(u"plan"_s).toString(), u"Standard"_s);    // the column's empty cell
        QCOMPARE(first.value(u"start"_s).toString(), u"2025-04-01"_s);
        QCOMPARE(show(book, u"3"_s).value(u"plan"_s).toString(), u"Pro"_s);   // its own value stays
        // A bad value is named like a cell of the file; a field that is not one is refused.
        const QByteArray before = digest(book);
        const Run bad = run(book, {u"import"_s, u"accounts"_s, csv, u"--map"_s, u"name=customerID"_s,
                                   u"--set"_s, u"renewal=いつか"_s, u"--on-duplicate"_s, u"skip"_s});
        EXPECT_EXIT(bad, 1);
        QVERIFY2(bad.err.contains("--set renewal"), bad.err.constData());
        const Run unknown = run(book, {u"import"_s, u"accounts"_s, csv, u"--set"_s, u"colour=red"_s});
        EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains("'colour' is not a field"), unknown.err.constData());
        QCOMPARE(digest(book), before);
    }

    void errorsFileListsEveryBadCell()
    {
        QTemporaryDir dir;
        const QString book = sakuraBook(dir);
        QVERIFY(!book.isEmpty());
        const QString errors = dir.filePath(u"errors.csv"_s);
        const QByteArray before = digest(book);
        const Run refused = run(book, {u"import"_s, u"accounts"_s, data(u"bad-values.csv"_s), u"--errors"_s, errors});
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.startsWith("csw: nothing was imported from ") && refused.err.contains("(problems: 7)"),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("bad-values.csv, row 3, column renewal ('2027/13/01')"), refused.err.constData());
        QCOMPARE(digest(book), before);
        QFile file(errors);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFrow,column,value,reason\r\n"));   // BOM: for Excel
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(u"\r\n"_s), 8);   // the header and seven bad cells
        QVERIFY(text.contains(u"3,renewal,2027/13/01,"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
