// SPDX-License-Identifier: MIT
// csw voc and csw export voc through the real executable: golden CSV reports, filters,
// workflow errors, and bad input that leaves the book and the old report as they were.
#include "CliTest.h"

#include <QStringDecoder>

namespace {

// The golden book: three accounts (one in churn prevention, one red), four entries with
// hostile text, a status change and a closed-loop record.
QString goldenBook(const QTemporaryDir &dir)
{
    const QString b = newBookPath(dir, u"voc.sqlite"_s);
    const QList<QStringList> steps = {
        {u"init"_s},
        {u"account"_s, u"add"_s, u"--name"_s, u"株式会社さくら物流"_s, u"--csm"_s, u"佐藤 美咲"_s,
         u"--arr"_s, u"1200000"_s},
        {u"account"_s, u"add"_s, u"--name"_s, u"Acme, \"West\" Ltd"_s, u"--csm"_s, u"Suzuki"_s,
         u"--arr"_s, u"800000"_s},
        {u"account"_s, u"add"_s, u"--name"_s, u"髙橋商事"_s, u"--csm"_s, u"佐藤 美咲"_s,
         u"--arr"_s, u"300000"_s},
        {u"health"_s, u"set"_s, u"3"_s, u"usage=5"_s},
        {u"stage"_s, u"set"_s, u"2"_s, u"churn-prevention"_s},
        {u"voc"_s, u"add"_s, u"1:dealbreaker,2:2"_s, u"--kind"_s, u"feature-request"_s, u"--text"_s,
         u"請求書のPDF出力が欲しい"_s, u"--tag"_s, u"請求,PDF"_s, u"--source"_s, u"meeting"_s,
         u"--date"_s, u"2026-10-01"_s},
        {u"voc"_s, u"add"_s, u"2"_s, u"--kind"_s, u"expectation-gap"_s, u"--text"_s,
         u"営業から「CSV連携できる」と聞いていた, but it is \"manual\"\r\n2行目"_s, u"--to"_s,
         u"marketing"_s, u"--source"_s, u"call"_s, u"--date"_s, u"2026-10-15"_s},
        {u"voc"_s, u"add"_s, u"3:3"_s, u"--kind"_s, u"bug"_s, u"--text"_s,
         u"=HYPERLINK(\"http://x\")"_s, u"--to"_s, u"both"_s, u"--date"_s, u"2026-11-02"_s},
        {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"praise"_s, u"--text"_s,
         u"-5%の工数削減、①サポートが速い～"_s, u"--to"_s, u"marketing"_s, u"--tag"_s,
         u"成功事例"_s, u"--date"_s, u"2026-11-20"_s},
        {u"voc"_s, u"set"_s, u"1"_s, u"status=handed-off"_s, u"--date"_s, u"2026-10-05"_s},
        {u"voc"_s, u"tell"_s, u"1"_s, u"1"_s, u"--contact"_s, u"田中様"_s, u"--via"_s, u"email"_s,
         u"--date"_s, u"2026-11-01"_s},
        // A customer that left for want of entry 1's PDF invoices: its churned ARR is behind it.
        {u"account"_s, u"add"_s, u"--name"_s, u"北斗システム"_s, u"--arr"_s, u"500000"_s, u"--start"_s,
         u"2025-04-01"_s},
        {u"account"_s, u"churn"_s, u"4"_s, u"--date"_s, u"2026-11-10"_s, u"--category"_s,
         u"missing-feature"_s, u"--voc"_s, u"1"_s},
    };
    for (const QStringList &step : steps) {
        const Run r = run(b, step);
        if (r.code != 0) {
            qWarning("%s: %s", qPrintable(step.join(u' ')), r.err.constData());
            return {};
        }
    }
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestCliVoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportMatchesGoldenFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("golden");
        QTest::newRow("utf-8, ranked by impact") << QStringList{} << u"voc-export.csv"_s;
        QTest::newRow("utf-8 with bom") << QStringList{u"--bom"_s} << u"voc-export-bom.csv"_s;
        QTest::newRow("cp932") << QStringList{u"--encoding"_s, u"cp932"_s} << u"voc-export-cp932.csv"_s;
        QTest::newRow("anonymized for marketing, by date")
            << QStringList{u"--anonymize"_s, u"--to"_s, u"marketing"_s, u"--sort"_s, u"date"_s}
            << u"voc-export-marketing.csv"_s;
    }
    void exportMatchesGoldenFile()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        const QString out = dir.filePath(u"out.csv"_s);
        EXPECT_EXIT(run(book, QStringList{u"export"_s, u"voc"_s, u"--output"_s, out} + options), 0);
        const QByteArray expected = readAll(QStringLiteral(CSW_TEST_DATA "/") + golden);
        if (qEnvironmentVariableIsSet("CSW_WRITE_GOLDEN")) {   // regenerated when asked
            QFile::remove(QStringLiteral(CSW_TEST_DATA "/") + golden);
            QVERIFY(QFile::copy(out, QStringLiteral(CSW_TEST_DATA "/") + golden));
        }
        QCOMPARE(readAll(out), expected);
    }

    void cp932GoldenReadsBackAsTheSameText()
    {
        // Shift_JIS bytes decode to what UTF-8 holds: no character was replaced.
        const QByteArray cp932 = readAll(QStringLiteral(CSW_TEST_DATA "/voc-export-cp932.csv"));
        const QByteArray utf8 = readAll(QStringLiteral(CSW_TEST_DATA "/voc-export.csv"));
        QStringDecoder decoder("CP932");
        const QString text = decoder.decode(cp932);
        QVERIFY(!decoder.hasError());
        QCOMPARE(text, QString::fromUtf8(utf8));
        QVERIFY(cp932 != utf8);
    }

    void listFiltersAndRanks()
    {
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        const Run ranked = run(book, {u"voc"_s, u"list"_s, u"--format"_s, u"json"_s});
        EXPECT_EXIT(ranked, 0);
        QCOMPARE(ids(ranked.json()), (QList<qint64>{1, 4, 3, 2}));
        const QJsonObject top = ranked.json().array().first().toObject();
        QCOMPARE(top.value(u"weighted_arr"_s).toInteger(), 1200000 * 3 + 800000 * 2);
        QCOMPARE(top.value(u"at_risk_arr"_s).toInteger(), 800000);
        QCOMPARE(top.value(u"contacts"_s).toString(), u"田中様"_s);
        const Run search = run(book, {u"voc"_s, u"list"_s, u"--search"_s, u"連携"_s, u"--format"_s, u"json"_s});
        QCOMPARE(ids(search.json()), QList<qint64>{2});
        const Run risk = run(book, {u"voc"_s, u"list"_s, u"--sort"_s, u"risk"_s, u"--format"_s, u"json"_s});
        QCOMPARE(ids(risk.json()), (QList<qint64>{1, 2, 3, 4}));
        const Run product = run(book, {u"voc"_s, u"list"_s, u"--to"_s, u"product"_s, u"--format"_s, u"csv"_s});
        EXPECT_EXIT(product, 0);
        QCOMPARE(product.text().count(u"\r\n"_s), 3);   // header, #1, #3 (for both)
        const Run table = run(book, {u"voc"_s, u"list"_s, u"--tag"_s, u"成功事例"_s});
        EXPECT_EXIT(table, 0);
        QVERIFY(table.text().contains(u"1,200,000"_s));
        QCOMPARE(table.text().count(u'\n'), 2);
    }

    void workflowThroughCsw()
    {
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        EXPECT_EXIT(run(book, words("voc set 3 status=triaged tags=ui,excel to=product")), 0);
        const QJsonObject shown = run(book, words("voc show 3 --format json")).json().object();
        QCOMPARE(shown.value(u"status"_s).toString(), u"triaged"_s);
        QCOMPARE(shown.value(u"tags"_s).toString(), u"excel;ui"_s);
        QCOMPARE(shown.value(u"target"_s).toString(), u"product"_s);
        EXPECT_EXIT(run(book, words("voc merge 4 --into 1")), 0);
        const Run history = run(book, words("voc history 1 --format json"));
        const QJsonArray changes = history.json().array();
        QCOMPARE(changes.last().toObject().value(u"field"_s).toString(), u"told"_s);
        QVERIFY(history.text().contains(u"merged-from"_s));
        QCOMPARE(ids(run(book, words("voc list --format json")).json()), (QList<qint64>{1, 3, 2}));
    }

    void badInputLeavesBookUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown account") << words("voc add 9 --kind bug --text x") << 1 << u"no account 9"_s;
        QTest::newRow("unknown kind") << words("voc add 1 --kind wish --text x") << 1 << u"'wish' is not one of"_s;
        QTest::newRow("unknown target") << words("voc add 1 --kind bug --text x --to finance") << 1 << u"--to"_s;
        QTest::newRow("empty text") << QStringList{u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"bug"_s, u"--text"_s, u" "_s}
                                    << 1 << u"empty"_s;
        QTest::newRow("bad importance") << words("voc add 1:5 --kind bug --text x") << 1 << u"importance"_s;
        QTest::newRow("future date") << words("voc add 1 --kind bug --text x --date 2027-01-01") << 1 << u"future"_s;
        QTest::newRow("unknown status") << words("voc set 1 status=shipped") << 1 << u"'shipped'"_s;
        QTest::newRow("status back") << words("voc set 1 status=new") << 1 << u"cannot move from handed-off to new"_s;
        QTest::newRow("one bad field undoes the others") << words("voc set 1 tags=x status=new") << 1
                                                         << u"cannot move"_s;
        QTest::newRow("unknown field") << words("voc set 1 colour=red") << 1 << u"not a VOC field"_s;
        QTest::newRow("unknown entry") << words("voc set 99 status=done") << 1 << u"no VOC entry 99"_s;
        QTest::newRow("merge into itself") << words("voc merge 2 --into 2") << 1 << u"itself"_s;
        QTest::newRow("tell an unlinked account") << words("voc tell 2 1 --contact x") << 1 << u"not linked"_s;
        QTest::newRow("unknown sort") << words("voc list --sort size") << 1 << u"--sort"_s;
        QTest::newRow("unknown encoding") << words("export voc --output - --encoding latin1") << 2 << u"--encoding"_s;
        QTest::newRow("bom with cp932") << words("export voc --output - --encoding cp932 --bom") << 2 << u"--bom"_s;
        QTest::newRow("no output") << words("export voc") << 2 << u"--output"_s;
    }
    void badInputLeavesBookUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        const QByteArray before = digest(book);
        const Run r = run(book, args);
        EXPECT_EXIT(r, code);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(u"csw: "_s), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(digest(book), before);
    }

    // Text typed on a Mac (〜 U+301C, − U+2212) goes out in CP932 as Windows and Excel write it.
    void cp932WritesTheWaveDashAsWindowsDoes()
    {
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        EXPECT_EXIT(run(book, {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"feature-request"_s, u"--text"_s,
                               u"CSV出力を10時\u301C12時に、\u22125%"_s}),
                    0);
        const QString out = dir.filePath(u"report.csv"_s);
        EXPECT_EXIT(run(book, {u"export"_s, u"voc"_s, u"--output"_s, out, u"--encoding"_s, u"cp932"_s}), 0);
        const QByteArray bytes = readAll(out);
        QVERIFY2(bytes.contains("10\x8E\x9E\x81\x60" "12\x8E\x9E"), bytes.constData());
        QVERIFY(bytes.contains("\x81\x7C" "5%"));
        QStringDecoder decoder("CP932");
        QVERIFY(QString(decoder.decode(bytes)).contains(u"10時\uFF5E12時に、\uFF0D5%"_s));
    }

    // What CP932 truly lacks: by default the export stops (below); asked to, csw writes 〓 and
    // lists every replaced character with its entry and column, never silently.
    void cp932ReplacesWhatItLacksWhenAsked()
    {
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        EXPECT_EXIT(run(book, {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"praise"_s, u"--text"_s,
                               u"最高です😀、▔"_s}),
                    0);
        const QString out = dir.filePath(u"report.csv"_s);
        const Run r = run(book, {u"export"_s, u"voc"_s, out, u"--encoding"_s, u"cp932"_s,
                                 u"--replace-unencodable"_s});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.contains("VOC entry 5, column text: \xE2\x80\x9C\xF0\x9F\x98\x80\xE2\x80\x9D (U+1F600)"),
                 r.err.constData());
        QVERIFY2(r.err.contains("(U+2594)"), r.err.constData());
        QStringDecoder decoder("CP932");
        const QString text = decoder.decode(readAll(out));
        QVERIFY(!decoder.hasError());
        QVERIFY2(text.contains(u"最高です〓、〓"_s), qPrintable(text));
        // Only for cp932, and the file once.
        const QByteArray written = readAll(out);
        const Run utf8 = run(book, {u"export"_s, u"voc"_s, out, u"--replace-unencodable"_s});
        EXPECT_EXIT(utf8, 2);
        QVERIFY2(utf8.err.startsWith("csw: --replace-unencodable is for cp932"), utf8.err.constData());
        const Run twice = run(book, {u"export"_s, u"voc"_s, out, u"--output"_s, out});
        EXPECT_EXIT(twice, 2);
        QVERIFY2(twice.err.startsWith("csw: give the file once"), twice.err.constData());
        QCOMPARE(readAll(out), written);
    }

    void failedExportKeepsTheOldReport()
    {
        QTemporaryDir dir;
        const QString book = goldenBook(dir);
        QVERIFY(!book.isEmpty());
        const QString out = dir.filePath(u"report.csv"_s);
        writeFile(out, "the old report\n");
        EXPECT_EXIT(run(book, {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"praise"_s, u"--text"_s,
                               u"最高です 😀"_s}),
                    0);
        const Run r = run(book, {u"export"_s, u"voc"_s, u"--output"_s, out, u"--encoding"_s, u"cp932"_s});
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains("VOC entry 5, column text") && r.err.contains("U+1F600"), r.err.constData());
        QCOMPARE(readAll(out), QByteArray("the old report\n"));
        const Run unwritable = run(book, {u"export"_s, u"voc"_s, u"--output"_s, dir.filePath(u"no/such/dir.csv"_s)});
        EXPECT_EXIT(unwritable, 1);
        QVERIFY(unwritable.err.contains("no/such/dir.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCliVoc)
#include "tst_cli_voc.moc"
