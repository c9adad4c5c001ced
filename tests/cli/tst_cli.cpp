// SPDX-License-Identifier: MIT
// The csw command line doing its work: books, accounts, stages, demo, backup, help.
// Runs the real executable; the refusals are in tst_cli_errors.cpp.
#include "CliTest.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;   // a book of three accounts that tests only read
    QString m_listBook;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CSW_EXECUTABLE)));
        m_listBook = newBookPath(m_shared, u"list.sqlite"_s);
        const QList<QStringList> setup = {
            {u"init"_s}, sakuraAccount(),
            {u"account"_s, u"add"_s, u"--name"_s, u"Foo, \"Bar\" Inc"_s, u"--csm"_s, u"Suzuki"_s,
             u"--touch"_s, u"low"_s, u"--start"_s, u"2026-04-01"_s},
            {u"account"_s, u"add"_s, u"--name"_s, u"=1+2"_s, u"--csm"_s, Misaki, u"--touch"_s,
             u"tech"_s},
            words("stage set 2 adoption --date 2026-05-01")};
        for (const QStringList &args : setup)
            EXPECT_EXIT(run(m_listBook, args), 0);
    }

    void initCreatesABookAndRefusesToRecreateIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sqlite"_s);
        const Run created = run(path, {u"init"_s});
        EXPECT_EXIT(created, 0);
        QVERIFY(created.text().contains(u"Created the book"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(16), QByteArray("SQLite format 3\0", 16));
        file.close();
        QCOMPARE(run(path, words("account list --format json")).json().array().size(), 0);

        const QByteArray before = digest(path);
        const Run again = run(path, {u"init"_s});
        EXPECT_EXIT(again, 1);
        QVERIFY2(again.err.startsWith("csw: ") && again.err.contains("already a book"), again.err);
        QCOMPARE(digest(path), before);
    }

    void initWithACurrency()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"usd.sqlite"_s);
        EXPECT_EXIT(run(path, words("init --currency USD")), 0);
        EXPECT_EXIT(run(path, words("account add --name Acme --arr 1234.50")), 0);
        const QJsonObject account = show(path);
        QCOMPARE(account.value(u"currency"_s).toString(), u"USD"_s);
        QVERIFY(account.value(u"arr"_s).isDouble());
        QCOMPARE(account.value(u"arr"_s).toDouble(), 1234.5);
        const QJsonArray list = run(path, words("account list --format json")).json().array();
        QCOMPARE(list.at(0).toObject().value(u"arr"_s).toDouble(), 1234.5);

        const QString bad = dir.filePath(u"bad.sqlite"_s);
        const Run r = run(bad, words("init --currency usd1"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: --currency: "), r.err);
        QVERIFY(!QFile::exists(bad));
    }

    void accountAddAndShow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"book.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        const Run added = run(path, sakuraAccount());
        EXPECT_EXIT(added, 0);
        QCOMPARE(added.out, QByteArray("1\n"));
        const Run shown = run(path, words("account show 1 --format json"));
        EXPECT_EXIT(shown, 0);
        QJsonParseError error;
        const QJsonObject a = QJsonDocument::fromJson(shown.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, shown.out);
        static const QRegularExpression snake(u"^[a-z]+(_[a-z]+)*$"_s);
        for (const QString &key : a.keys())
            QVERIFY2(snake.match(key).hasMatch(), qPrintable(key));
        QCOMPARE(a.value(u"id"_s).toInt(), 1);
        QCOMPARE(a.value(u"name"_s).toString(), Sakura);
        QCOMPARE(a.value(u"csm"_s).toString(), Misaki);
        QCOMPARE(a.value(u"touch"_s).toString(), u"high"_s);
        QVERIFY(a.value(u"arr"_s).isDouble());
        QCOMPARE(a.value(u"arr"_s).toDouble(), 1200000.0);
        QCOMPARE(a.value(u"start"_s).toString(), u"2026-04-01"_s);
        QCOMPARE(a.value(u"renewal"_s).toString(), u"2027-03-31"_s);
        QCOMPARE(a.value(u"stage"_s).toString(), u"onboarding"_s);
        QCOMPARE(a.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(a.value(u"currency"_s).toString(), u"JPY"_s);
        QCOMPARE(a.value(u"stage_since"_s).toString(), u"2026-04-01"_s);
        QCOMPARE(a.value(u"days_in_stage"_s).toInt(), 236);
        QCOMPARE(a.value(u"days_to_renewal"_s).toInt(), 128);
        QVERIFY(a.contains(u"health_score"_s) && a.value(u"health_score"_s).isNull());
        QVERIFY(a.value(u"churned_on"_s).isNull());
    }

    void accountListFilters_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all") << QStringList() << QList<qint64>{1, 2, 3};
        QTest::newRow("csm") << QStringList{u"--csm"_s, Misaki} << QList<qint64>{1, 3};
        QTest::newRow("stage") << words("--stage adoption") << QList<qint64>{2};
        QTest::newRow("stage ja") << words("--stage オンボーディング") << QList<qint64>{1, 3};
        QTest::newRow("touch") << words("--touch low") << QList<qint64>{2};
        QTest::newRow("touch and csm")
            << QStringList{u"--touch"_s, u"tech"_s, u"--csm"_s, Misaki} << QList<qint64>{3};
        QTest::newRow("no match") << words("--csm Nobody") << QList<qint64>{};
        QTest::newRow("search a name") << QStringList{u"--search"_s, u"さくら"_s} << QList<qint64>{1};
        QTest::newRow("search, any case") << words("--search bar") << QList<qint64>{2};
        QTest::newRow("search an external id") << words("--search crm-1") << QList<qint64>{1};
        QTest::newRow("search a CSM") << words("--search SUZUKI") << QList<qint64>{2};
        QTest::newRow("search, wildcards are text") << words("--search %") << QList<qint64>{};
        QTest::newRow("search and stage") << QStringList{u"--search"_s, u"美咲"_s, u"--stage"_s, u"onboarding"_s}
                                          << QList<qint64>{1, 3};
    }

    void accountListFilters()
    {
        QFETCH(QStringList, filter);
        QFETCH(QList<qint64>, expected);
        const Run r = run(m_listBook, words("account list --format json") + filter);
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.json().isArray(), r.out);
        QCOMPARE(ids(r.json()), expected);
    }

    // export accounts picks the same accounts as account list, as CSV for Excel.
    void exportAccountsFilters_data() { accountListFilters_data(); }
    void exportAccountsFilters()
    {
        QFETCH(QStringList, filter);
        QFETCH(QList<qint64>, expected);
        const Run r = run(m_listBook, words("export accounts --output -") + filter);
        EXPECT_EXIT(r, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(r.out.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.value(0).startsWith(u"id,name,"_s));
        QList<qint64> got;
        for (const QString &line : lines.mid(1))
            got << line.section(u',', 0, 0).toLongLong();
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void exportAccountsRefusesBadInput()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"accounts.csv"_s);
        const Run bad = run(m_listBook, words("export accounts --stage nope") + QStringList{file});
        EXPECT_EXIT(bad, 1);
        QVERIFY2(bad.err.contains("--stage: 'nope'"), bad.err.constData());
        QVERIFY(!QFile::exists(file));
        const Run nowhere = run(m_listBook, words("export accounts"));   // where to?
        EXPECT_EXIT(nowhere, 2);
        QVERIFY2(nowhere.err.startsWith("csw: say where to write"), nowhere.err.constData());
        const Run written = run(m_listBook, QStringList{u"export"_s, u"accounts"_s, file, u"--no-bom"_s});
        EXPECT_EXIT(written, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("id,name,"));
        csv.close();
        // CP932 for older Excel; options that do not go together are refused.
        const Run sjis = run(m_listBook, words("export accounts --output - --encoding cp932"));
        EXPECT_EXIT(sjis, 0);
        QVERIFY(sjis.out.startsWith("id,name,"));
        QVERIFY(QStringDecoder("CP932").decode(sjis.out).operator QString().contains(u"美咲"_s));
        const QList<std::pair<const char *, const char *>> refusedOptions = {
            {"export accounts - --encoding cp932 --no-bom", "--no-bom is for UTF-8 files"},
            {"export accounts - --encoding latin1", "--encoding latin1: give utf-8 or cp932"},
            {"export accounts - --replace-unencodable", "--replace-unencodable is for cp932"}};
        for (const auto &[words_, reason] : refusedOptions) {
            const Run refused = run(m_listBook, words(words_));
            EXPECT_EXIT(refused, 2);
            QVERIFY2(refused.err.startsWith("csw: ") && refused.err.contains(reason), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
        }
    }

    void accountListFormats()
    {
        const Run csv = run(m_listBook, words("account list --format csv"));
        EXPECT_EXIT(csv, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].trimmed(), QByteArray("id,name,external_id,csm,touch,plan,industry,"
                                                "source,arr,start,renewal,stage,churned_on,"
                                                "churn_reason,health_score,health_band,churn_reason_code"));
        QVERIFY2(lines[1].startsWith(QByteArray("1," + Sakura.toUtf8() + ",CRM-1,")), lines[1]);
        QVERIFY2(lines[2].startsWith("2,\"Foo, \"\"Bar\"\" Inc\",,Suzuki,low,"), lines[2]);
        QVERIFY2(lines[3].startsWith("3,'=1+2,"), lines[3]);

        const Run table = run(m_listBook, words("account list"));
        EXPECT_EXIT(table, 0);
        const QStringList rows = table.text().trimmed().split(u'\n');
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows[0].startsWith(u"ID"_s) && rows[0].contains(u"Name"_s), qPrintable(rows[0]));
        QVERIFY(rows[1].contains(u"1,200,000"_s));

        const Run json = run(m_listBook, words("account list --format json"));
        EXPECT_EXIT(json, 0);
        const QJsonArray list = json.json().array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toObject().value(u"name"_s).toString(), u"Foo, \"Bar\" Inc"_s);
        QCOMPARE(list.at(2).toObject().value(u"name"_s).toString(), u"=1+2"_s);
        QCOMPARE(list.at(1).toObject().value(u"stage"_s).toString(), u"adoption"_s);
        QVERIFY(list.at(2).toObject().value(u"start"_s).isNull());
    }

    void accountSet()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        EXPECT_EXIT(run(path, words("account set 1 arr=1500000 --date 2026-10-01")), 0);
        EXPECT_EXIT(run(path, words("account set 1 arr=1000000 --date 2026-11-01 --note less")), 0);
        QCOMPARE(countArrEvents(path, "new"), 1);
        QCOMPARE(countArrEvents(path, "expansion"), 1);
        QCOMPARE(countArrEvents(path, "contraction"), 1);
        QCOMPARE(show(path).value(u"arr"_s).toDouble(), 1000000.0);
        EXPECT_EXIT(run(path, words("account set 1 csm=Sato")), 0);
        QCOMPARE(show(path).value(u"csm"_s).toString(), u"Sato"_s);

        const QByteArray before = digest(path);
        const QList<std::pair<const char *, const char *>> refused = {
            {"account set 1 stage=adoption", "stage set"},
            {"account set 1 colour=red", "not an account field"}};
        for (const auto &[args, message] : refused) {
            const Run r = run(path, words(args));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: ") && r.err.contains(message), r.err);
            QCOMPARE(digest(path), before);
        }
    }

    void accountRenew()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        const Run renewed = run(path, words("account renew 1"));
        EXPECT_EXIT(renewed, 0);
        QCOMPARE(renewed.out, QByteArray("2028-03-31\n"));
        QCOMPARE(show(path).value(u"renewal"_s).toString(), u"2028-03-31"_s);
        const Run more = run(path, words("account renew 1 --date 2026-11-23 --arr 1500000"));
        EXPECT_EXIT(more, 0);
        QCOMPARE(more.out, QByteArray("2029-03-31\n"));
        QCOMPARE(countArrEvents(path, "expansion"), 1);
        QCOMPARE(show(path).value(u"arr"_s).toDouble(), 1500000.0);
        QCOMPARE(RawDb(path, true).number(u"SELECT count(*) FROM renewal_event"_s), 2);

        QByteArray before = digest(path);
        Run r = run(path, words("account renew 1 --term-months 0"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: the term must be between 1 and 120 months, not 0"), r.err);
        QCOMPARE(digest(path), before);
        EXPECT_EXIT(run(path, words("account churn 1 --date 2026-11-23")), 0);
        before = digest(path);
        r = run(path, words("account renew 1"));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: ") && r.err.contains("churned"), r.err);
        QCOMPARE(digest(path), before);
    }

    void accountChurn()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        EXPECT_EXIT(run(path, words("account add --name Other")), 0);
        EXPECT_EXIT(run(path, words("account churn 1 --date 2026-10-31 --reason 予算削減")), 0);
        const QJsonObject a = show(path);
        QCOMPARE(a.value(u"stage"_s).toString(), u"churned"_s);
        QCOMPARE(a.value(u"status"_s).toString(), u"churned"_s);
        QCOMPARE(a.value(u"churned_on"_s).toString(), u"2026-10-31"_s);
        QCOMPARE(a.value(u"churn_reason"_s).toString(), u"予算削減"_s);
        QCOMPARE(countArrEvents(path, "churn"), 1);

        const QByteArray before = digest(path);
        const Run twice = run(path, words("account churn 1 --date 2026-11-01"));
        EXPECT_EXIT(twice, 1);
        QVERIFY2(twice.err.contains("churned already"), twice.err);
        const Run noDate = run(path, words("account churn 2"));
        EXPECT_EXIT(noDate, 2);
        QVERIFY2(noDate.err.contains("--date"), noDate.err);
        QCOMPARE(digest(path), before);
        QCOMPARE(show(path, u"2"_s).value(u"status"_s).toString(), u"active"_s);
    }

    void stageSetAndHistory()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        for (const char *move : {"stage set 1 adoption --date 2026-05-01",
                                 "stage set 1 churn-prevention --date 2026-08-01 --note usage",
                                 "stage set 1 adoption --date 2026-09-01"})
            EXPECT_EXIT(run(path, words(move)), 0);
        const Run history = run(path, words("stage history 1 --format json"));
        EXPECT_EXIT(history, 0);
        const QJsonArray spans = history.json().array();
        QCOMPARE(spans.size(), 4);
        const QStringList stages = {u"onboarding"_s, u"adoption"_s, u"churn-prevention"_s,
                                    u"adoption"_s};
        const QStringList entered = {u"2026-04-01"_s, u"2026-05-01"_s, u"2026-08-01"_s,
                                     u"2026-09-01"_s};
        const QList<int> days = {30, 92, 31, 83};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject span = spans.at(i).toObject();
            QCOMPARE(span.value(u"stage"_s).toString(), stages[i]);
            QCOMPARE(span.value(u"entered_on"_s).toString(), entered[i]);
            if (i < 3)
                QCOMPARE(span.value(u"left_on"_s).toString(), entered[i + 1]);
            else
                QVERIFY(span.value(u"left_on"_s).isNull());
            QCOMPARE(span.value(u"days"_s).toInt(), days[i]);
            QVERIFY(span.value(u"current"_s).isBool());
            QCOMPARE(span.value(u"current"_s).toBool(), i == 3);
        }
        QCOMPARE(spans.at(2).toObject().value(u"note"_s).toString(), u"usage"_s);

        const QByteArray before = digest(path);
        const QList<std::pair<const char *, const char *>> refused = {
            {"stage set 1 adoption --date 2026-11-01", "already in"},
            {"stage set 1 expansion --date 2026-08-15", "before"},
            {"stage set 1 churned --date 2026-11-01", "account churn"}};
        for (const auto &[args, message] : refused) {
            const Run r = run(path, words(args));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: ") && r.err.contains(message), r.err);
            QCOMPARE(digest(path), before);
        }
        EXPECT_EXIT(run(path, words("stage set 1 チャーン防止 --date 2026-11-01")), 0);
        QCOMPARE(show(path).value(u"stage"_s).toString(), u"churn-prevention"_s);
    }

    void demoIsReproducible()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.sqlite"_s), b = dir.filePath(u"b.sqlite"_s),
                      c = dir.filePath(u"c.sqlite"_s);
        EXPECT_EXIT(run(a, words("demo --accounts 50 --seed 7")), 0);
        EXPECT_EXIT(run(b, words("demo --accounts 50 --seed 7")), 0);
        EXPECT_EXIT(run(c, words("demo --accounts 50 --seed 8")), 0);
        const QStringList csv = words("account list --format csv");
        const Run listA = run(a, csv);
        EXPECT_EXIT(listA, 0);
        QCOMPARE(int(listA.out.count('\n')), 51);
        QCOMPARE(run(b, csv).out, listA.out);
        QVERIFY(run(c, csv).out != listA.out);
        for (const char *id : {"1", "7", "25", "50"}) {
            const QStringList history = {u"stage"_s, u"history"_s, QString::fromLatin1(id),
                                         u"--format"_s, u"json"_s};
            const Run h = run(a, history);
            EXPECT_EXIT(h, 0);
            QVERIFY(!h.json().array().isEmpty());
            QCOMPARE(run(b, history).out, h.out);
        }

        const QJsonArray list = run(a, words("account list --format json")).json().array();
        QSet<QString> touches, csms;
        int churned = 0;
        for (const QJsonValue &v : list) {
            touches << v.toObject().value(u"touch"_s).toString();
            csms << v.toObject().value(u"csm"_s).toString();
            churned += v.toObject().value(u"stage"_s).toString() == u"churned"_s;
        }
        QCOMPARE(touches, (QSet<QString>{u"high"_s, u"low"_s, u"tech"_s}));
        QVERIFY2(csms.size() >= 3, qPrintable(QStringList(csms.values()).join(u", "_s)));
        QVERIFY(churned >= 1);

        const Run check = run(a, {u"check"_s});
        EXPECT_EXIT(check, 0);
        QVERIFY2(check.out.contains(": ok"), check.out);
        const QByteArray before = digest(a);
        const Run again = run(a, words("demo --accounts 50 --seed 7"));
        EXPECT_EXIT(again, 1);
        QVERIFY2(again.err.startsWith("csw: ") && again.err.contains("already has 50"), again.err);
        QCOMPARE(digest(a), before);
    }

    // csw demo writes its names and texts in the language csw speaks (English here), or the
    // one asked for; the accounts and figures are the same.
    void demoSpeaksTheLanguageAsked()
    {
        QTemporaryDir dir;
        const QString en = dir.filePath(u"en.sqlite"_s), ja = dir.filePath(u"ja.sqlite"_s);
        EXPECT_EXIT(run(en, words("demo --accounts 40")), 0);
        EXPECT_EXIT(run(ja, words("demo --accounts 40 --language ja")), 0);
        const QJsonArray english = run(en, words("account list --format json")).json().array();
        const QJsonArray japanese = run(ja, words("account list --format json")).json().array();
        QCOMPARE(english.size(), 40);
        QCOMPARE(japanese.size(), 40);
        static const QRegularExpression kana(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
        int japaneseNames = 0;
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QJsonObject e = english[i].toObject(), j = japanese[i].toObject();
            QVERIFY2(!kana.match(e.value(u"name"_s).toString() + e.value(u"csm"_s).toString()).hasMatch(),
                     qPrintable(e.value(u"name"_s).toString()));
            japaneseNames += kana.match(j.value(u"name"_s).toString()).hasMatch();
            QCOMPARE(e.value(u"arr"_s), j.value(u"arr"_s));
            QCOMPARE(e.value(u"stage"_s), j.value(u"stage"_s));
        }
        QVERIFY(japaneseNames > 20);
        const Run bad = run(dir.filePath(u"fr.sqlite"_s), words("demo --accounts 5 --language fr"));
        EXPECT_EXIT(bad, 2);
        QVERIFY2(bad.err.contains("--language: 'fr'"), bad.err.constData());
    }

    void backup()
    {
        QTemporaryDir dir;
        const QString book = dir.filePath(u"team.sqlite"_s);
        EXPECT_EXIT(run(book, words("demo --accounts 50 --seed 5")), 0);
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        const QByteArray source = digest(book);
        EXPECT_EXIT(run(book, {u"backup"_s, copy}), 0);
        QCOMPARE(digest(book), source);
        const Run check = run(copy, {u"check"_s});
        EXPECT_EXIT(check, 0);
        QVERIFY2(check.out.contains(": ok"), check.out);
        const QStringList csv = words("account list --format csv");
        const Run original = run(book, csv);
        QCOMPARE(int(original.out.count('\n')), 51);
        QCOMPARE(run(copy, csv).out, original.out);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *args, const char *expected) {
            QTest::newRow(args) << words(args) << QString::fromUtf8(expected).split(u'|');
        };
        row("--help", "Usage: csw|init|account add|stage history|backup|check");
        row("-h", "Usage: csw");
        row("--version", "csw ");
        row("-v", "csw ");
        row("init --help", "--currency");
        row("init --version", "csw ");
        row("demo --help", "--accounts|--seed");
        row("account add --help", "--name|--arr|--start");
        row("account add --version", "csw ");
        row("account list --help", "--csm|--stage|--format");
        row("account renew --help", "--term-months");
        row("stage history --help", "--format");
        row("backup --help", "FILE");
        row("check --help", "check");
        row("account --help",
            "account add|account list|account show|account set|account churn|account renew");
        row("stage --help", "stage set|stage history");
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unused.sqlite"_s);
        const Run r = run(path, args);
        EXPECT_EXIT(r, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
        for (const QString &text : expected)
            QVERIFY2(r.text().contains(text), qPrintable(text + u" not in:\n"_s + r.text()));
        QVERIFY(!QFile::exists(path));
    }
    // csw contact: add with roles (Japanese too), list (primary first), set (moving the primary,
    // marking who left), remove; bad input refused with the reason and nothing written.
    void contacts()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"contacts.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name A --start 2025-01-01")), 0);
        const Run first = run(path, {u"contact"_s, u"add"_s, u"1"_s, u"--name"_s, u"田中 一郎"_s, u"--title"_s,
                                     u"部長"_s, u"--email"_s, u"tanaka@example.co.jp"_s, u"--phone"_s,
                                     u"03-1234-5678"_s, u"--role"_s, u"決裁者"_s, u"--primary"_s});
        EXPECT_EXIT(first, 0);
        QCOMPARE(first.out.trimmed(), QByteArray("1"));
        EXPECT_EXIT(run(path, words("contact add 1 --name Abe --role champion,user --phone +81-90-1234-5678")), 0);
        QJsonArray list = run(path, words("contact list 1 --format json")).json().array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[u"name"_s].toString(), u"田中 一郎"_s);
        QCOMPARE(list.at(0)[u"roles"_s].toString(), u"decision-maker"_s);
        QCOMPARE(list.at(0)[u"primary"_s].toString(), u"yes"_s);
        QCOMPARE(list.at(1)[u"roles"_s].toString(), u"champion,user"_s);
        EXPECT_EXIT(run(path, words("contact set 2 primary=yes left=2026-10-31")), 0);
        list = run(path, words("contact list 1 --format json")).json().array();
        QCOMPARE(list.at(0)[u"primary"_s].toString(), u"no"_s);   // those who left are listed last
        QCOMPARE(list.at(1)[u"left_on"_s].toString(), u"2026-10-31"_s);
        QCOMPARE(list.at(1)[u"primary"_s].toString(), u"yes"_s);

        const QList<std::pair<QString, QString>> refused = {
            {u"contact add 1 --name X --email x@"_s, u"email"_s},
            {u"contact add 1 --name X --phone 123"_s, u"phone"_s},
            {u"contact add 1 --name X --primary"_s, u"primary"_s},
            {u"contact add 1 --name X --role boss"_s, u"boss"_s},
            {u"contact add 9 --name X"_s, u"9"_s},
            {u"contact set 1 mood=happy"_s, u"mood"_s},
            {u"contact remove 7"_s, u"7"_s}};
        for (const auto &[line, reason] : refused) {
            const Run r = run(path, line.split(u' '));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.contains(reason.toUtf8()), r.err);
        }
        QCOMPARE(run(path, words("contact list 1 --format json")).json().array().size(), 2);
        // The hand-off names the account's contacts; what it lacks is listed by key.
        EXPECT_EXIT(run(path, {u"handoff"_s, u"set"_s, u"1"_s, u"sales_owner=鈴木"_s, u"purpose=請求の自動化"_s,
                               u"decision_maker=1"_s, u"champion=2"_s}),
                    0);
        const QJsonObject handoff = run(path, words("handoff show 1 --format json")).json().object();
        QCOMPARE(handoff[u"sales_owner"_s].toString(), u"鈴木"_s);
        QCOMPARE(handoff[u"champion"_s].toInt(), 2);
        QCOMPARE(handoff[u"missing"_s].toString(), u"problems; expectations; success_criteria"_s);
        const Run bad = run(path, words("handoff set 1 budget=1"));
        EXPECT_EXIT(bad, 1);
        QVERIFY2(bad.err.contains("budget"), bad.err);
        EXPECT_EXIT(run(path, words("contact remove 1")), 0);
        QCOMPARE(run(path, words("contact list 1 --format json")).json().array().size(), 1);
        QVERIFY(run(path, words("handoff show 1 --format json")).json().object()[u"decision_maker"_s].isNull());
    }
    // Contacts where the book names people: --with on an activity, --said-by on a VOC entry,
    // voc tell --contact and nps add --respondent by id or name; one named is kept when removed.
    void contactsInHistory()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"people.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name A --start 2025-01-01")), 0);
        EXPECT_EXIT(run(path, words("account add --name B --start 2025-01-01")), 0);
        EXPECT_EXIT(run(path, {u"contact"_s, u"add"_s, u"1"_s, u"--name"_s, u"田中 一郎"_s}), 0);
        EXPECT_EXIT(run(path, {u"contact"_s, u"add"_s, u"1"_s, u"--name"_s, u"鈴木 花子"_s}), 0);
        EXPECT_EXIT(run(path, {u"contact"_s, u"add"_s, u"2"_s, u"--name"_s, u"山田 太郎"_s}), 0);

        EXPECT_EXIT(run(path, {u"activity"_s, u"add"_s, u"1"_s, u"--kind"_s, u"meeting"_s, u"--text"_s, u"キックオフ"_s,
                               u"--with"_s, u"田中一郎、2"_s}),
                    0);
        const QJsonArray activities = run(path, words("activity list 1 --format json")).json().array();
        QCOMPARE(activities.at(0)[u"attendees"_s].toString(), u"田中 一郎; 鈴木 花子"_s);
        const Run stranger = run(path, {u"activity"_s, u"add"_s, u"1"_s, u"--kind"_s, u"call"_s, u"--text"_s, u"x"_s,
                                        u"--with"_s, u"山田 太郎"_s});
        EXPECT_EXIT(stranger, 1);
        QVERIFY2(stranger.err.contains("山田 太郎"), stranger.err);

        EXPECT_EXIT(run(path, {u"voc"_s, u"add"_s, u"1"_s, u"--kind"_s, u"expectation-gap"_s, u"--to"_s, u"sales"_s,
                               u"--text"_s, u"1か月で導入と聞いた"_s, u"--said-by"_s, u"鈴木 花子"_s}),
                    0);
        QCOMPARE(run(path, words("voc show 1 --format json")).json().object()[u"said_by"_s].toString(), u"鈴木 花子"_s);
        QCOMPARE(run(path, words("voc list --to sales --format json")).json().array().size(), 1);
        QCOMPARE(run(path, words("voc list --to product --format json")).json().array().size(), 0);
        const Run othersPerson = run(path, words("voc set 1 said_by=3"));   // B's person
        EXPECT_EXIT(othersPerson, 1);
        QVERIFY2(QString::fromUtf8(othersPerson.err).startsWith(u"csw: contact 3 (山田 太郎) is not one of the people of account 1"_s),
                 othersPerson.err);
        QCOMPARE(run(path, words("voc show 1 --format json")).json().object()[u"said_by"_s].toString(), u"鈴木 花子"_s);
        EXPECT_EXIT(run(path, {u"voc"_s, u"tell"_s, u"1"_s, u"1"_s, u"--contact"_s, u"田中 一郎"_s}), 0);
        EXPECT_EXIT(run(path, {u"nps"_s, u"add"_s, u"1"_s, u"--score"_s, u"9"_s, u"--respondent"_s, u"1"_s}), 0);
        QCOMPARE(run(path, words("nps list 1 --format json")).json().array().at(0)[u"respondent"_s].toString(),
                 u"田中 一郎"_s);

        // The book's own measures: a champion named moves the health score.
        const Run unknown = run(path, words("scorecard set --add mood"));
        EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains("champion"), unknown.err);
        EXPECT_EXIT(run(path, words("scorecard set --add champion --add handoff")), 0);
        const Run champion = run(path, words("contact set 1 roles=champion"));
        EXPECT_EXIT(champion, 0);
        QVERIFY2(champion.out.contains("health score"), champion.out);
        const QJsonArray measures = run(path, words("scorecard show --format json")).json().object()[u"measures"_s].toArray();
        QStringList keys;
        for (const QJsonValue &m : measures)
            keys << m[u"measure"_s].toString();
        QVERIFY2(keys.contains(u"champion"_s) && keys.contains(u"handoff"_s), qPrintable(keys.join(u',')));

        const Run kept = run(path, words("contact remove 2"));   // said the VOC entry
        EXPECT_EXIT(kept, 0);
        QVERIFY2(kept.out.contains("former contact"), kept.out);
        QCOMPARE(run(path, words("contact list 1 --format json")).json().array().size(), 1);
        QCOMPARE(run(path, words("voc show 1 --format json")).json().object()[u"said_by"_s].toString(),
                 u"鈴木 花子 (former contact)"_s);
        EXPECT_EXIT(run(path, words("contact restore 2")), 0);   // listed again
        QCOMPARE(run(path, words("contact list 1 --format json")).json().array().size(), 2);
        const Run twice = run(path, words("contact restore 2"));
        EXPECT_EXIT(twice, 1);
        QVERIFY2(QString::fromUtf8(twice.err).startsWith(u"csw: contact 2 (鈴木 花子) is listed: nothing to restore"_s),
                 twice.err);
        QCOMPARE(run(path, words("contact list 1 --format json")).json().array().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
