// SPDX-License-Identifier: MIT
// Importing: the CSV reader on golden files (good and bad), cell values, the suggested
// mapping, and account imports that write all rows or none.
#include "../BookFixture.h"

#include "accounts/AccountRepository.h"
#include "importing/AccountImport.h"
#include "importing/ImportRunner.h"
#include "importing/ImportValues.h"
#include "importing/RowImport.h"
#include "io/CsvReader.h"
#include "voc/VocRepository.h"

#include <QSqlQuery>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CSW_TEST_DATA "/import/") + name;
}

Expected<ImportResult> importAccounts(Book &book, const QString &file, ImportOptions options = {},
                                      const QString &map = {})
{
    ImportRequest request;
    request.path = data(file);
    request.map = map;
    options.today = date("2026-11-23");
    request.options = options;
    auto outcome = ImportRunner(book).run(request);
    if (!outcome)
        return outcome.error();
    return outcome->result;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGoodFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstCell");
        QTest::newRow("utf-8, crlf") << u"accounts-utf8.csv"_s << u"utf-8"_s << u","_s << 3 << u"株式会社さくら物流"_s;
        QTest::newRow("utf-8 with bom") << u"accounts-bom.csv"_s << u"utf-8"_s << u","_s << 3 << u"株式会社さくら物流"_s;
        QTest::newRow("shift_jis") << u"accounts-sjis.csv"_s << u"cp932"_s << u","_s << 3 << u"株式会社さくら物流"_s;
        QTest::newRow("tsv, lf") << u"accounts-lf.tsv"_s << u"utf-8"_s << u"\t"_s << 3 << u"株式会社さくら物流"_s;
        QTest::newRow("semicolons") << u"semicolon.csv"_s << u"utf-8"_s << u";"_s << 2 << u"Berlin GmbH"_s;
        QTest::newRow("quotes and line breaks") << u"salesforce.csv"_s << u"utf-8"_s << u","_s << 2 << u"Acme, Inc."_s;
        QTest::newRow("excel unicode text (utf-16)") << u"utf16.csv"_s << u"utf-16"_s << u","_s << 1 << u"A"_s;
        QTest::newRow("header only") << u"header-only.csv"_s << u"utf-8"_s << u","_s << 0 << QString();
    }
    void readsGoodFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(int, rows);
        QFETCH(QString, firstCell);
        const auto table = CsvReader::readFile(data(file));
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(TextEncodings::key(table->encoding), encoding);
        QCOMPARE(QString(table->delimiter), delimiter);
        QCOMPARE(table->rows.size(), rows);
        if (rows > 0)
            QCOMPARE(table->rows[0][0], firstCell);
        QVERIFY(!table->header.isEmpty());
    }

    void quotedFieldsKeepEverything()
    {
        const auto table = CsvReader::readFile(data(u"salesforce.csv"_s));
        QVERIFY(table);
        QCOMPARE(table->rows[0][6], u"Says \"hi\"\nsecond line"_s);
        QCOMPARE(table->rows[1][6], QString());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        const int invalid = int(ErrorKind::Invalid);
        QTest::newRow("empty") << u"empty.csv"_s << u"empty.csv is empty"_s << invalid;
        QTest::newRow("binary") << u"binary.csv"_s << u"not a text file"_s << invalid;
        QTest::newRow("unbalanced quote") << u"unbalanced-quote.csv"_s
                                          << u"row 3, column 1: a quoted field opened on line 3 is never closed"_s
                                          << invalid;
        QTest::newRow("text after a quote") << u"text-after-quote.csv"_s << u"row 2, column 1: text after a closing quote"_s
                                            << invalid;
        QTest::newRow("ragged rows") << u"ragged.csv"_s
                                     << u"row 3 has 2 cells, the header has 3; row 4 has 4 cells, the header has 3"_s
                                     << invalid;
        QTest::newRow("missing file") << u"no-such-file.csv"_s << u"cannot read"_s << int(ErrorKind::Io);
    }
    void refusesBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, kind);
        const auto table = CsvReader::readFile(data(file));
        QVERIFY(!table);
        QVERIFY2(table.error().message.contains(message), qPrintable(table.error().message));
        QCOMPARE(int(table.error().kind), kind);
    }

    void aTenMegabyteField()
    {
        QByteArray big = "name,notes\r\nA,\"";
        const QByteArray chunk = "長いメモ \"\"quoted\"\", commas, and\r\nline breaks. ";
        while (big.size() < 10 * 1024 * 1024)
            big += chunk;
        big += "\"\r\nB,short\r\n";
        const auto table = CsvReader::parse(big, u"big.csv"_s);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 2);
        QVERIFY(table->rows[0][1].size() > 3 * 1024 * 1024);
        QVERIFY(table->rows[0][1].startsWith(u"長いメモ \"quoted\", commas, and\r\nline"_s));
        QCOMPARE(table->rows[1][1], u"short"_s);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("expected");   // empty: an error
        QTest::newRow("iso") << u"2026-04-01"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("slashes") << u"2026/4/1"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("japanese") << u"2026年4月1日"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("full-width digits") << u"２０２６年４月１日"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("compact") << u"20260401"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("month first") << u"4/1/2026"_s << u"mdy"_s << u"2026-04-01"_s;
        QTest::newRow("day first") << u"1/4/2026"_s << u"dmy"_s << u"2026-04-01"_s;
        QTest::newRow("year last needs an order") << u"4/1/2026"_s << u"ymd"_s << QString();
        QTest::newRow("leap day") << u"2028-02-29"_s << u"ymd"_s << u"2028-02-29"_s;
        QTest::newRow("not a leap day") << u"2026-02-29"_s << u"ymd"_s << QString();
        QTest::newRow("month 13") << u"2026/13/01"_s << u"ymd"_s << QString();
        QTest::newRow("words") << u"next Tuesday"_s << u"ymd"_s << QString();
        // Japanese era dates, through ICU's Japanese calendar.
        QTest::newRow("令和8年4月1日") << u"令和8年4月1日"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("令和元年5月1日") << u"令和元年5月1日"_s << u"ymd"_s << u"2019-05-01"_s;
        QTest::newRow("R8.4.1") << u"R8.4.1"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("r8/4/1") << u"r8/4/1"_s << u"dmy"_s << u"2026-04-01"_s;
        QTest::newRow("H31.4.30, Heisei's last day") << u"H31.4.30"_s << u"ymd"_s << u"2019-04-30"_s;
        QTest::newRow("平成31年4月30日") << u"平成31年4月30日"_s << u"ymd"_s << u"2019-04-30"_s;
        QTest::newRow("平成31年5月1日 is Reiwa") << u"平成31年5月1日"_s << u"ymd"_s << QString();
        QTest::newRow("full-width era date") << u"令和８年１２月３１日"_s << u"ymd"_s << u"2026-12-31"_s;
        QTest::newRow("spaced") << u"令和 8 年 4 月 1 日"_s << u"ymd"_s << u"2026-04-01"_s;
        QTest::newRow("昭和64年1月7日") << u"昭和64年1月7日"_s << u"ymd"_s << u"1989-01-07"_s;
        QTest::newRow("平成元年1月8日") << u"平成元年1月8日"_s << u"ymd"_s << u"1989-01-08"_s;
        QTest::newRow("S64.1.8 is Heisei") << u"S64.1.8"_s << u"ymd"_s << QString();
        QTest::newRow("令和8年2月30日") << u"令和8年2月30日"_s << u"ymd"_s << QString();
        QTest::newRow("no such era") << u"X8.4.1"_s << u"ymd"_s << QString();
        QTest::newRow("not an era") << u"東京8年4月1日"_s << u"ymd"_s << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, order);
        QFETCH(QString, expected);
        const auto parsed = ImportValues::date(text, *ImportValues::dateOrderFromKey(order));
        QCOMPARE(parsed ? Dates::toIso(*parsed) : QString(), expected);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("expected");   // -1: an error
        QTest::newRow("yen mark and commas") << u"¥1,200,000"_s << u"JPY"_s << qint64(1200000);
        QTest::newRow("full-width yen") << u"￥１，２００"_s << u"JPY"_s << qint64(1200);
        QTest::newRow("en (円)") << u"300,000円"_s << u"JPY"_s << qint64(300000);
        QTest::newRow("shift_jis backslash") << u"\\5,000"_s << u"JPY"_s << qint64(5000);
        QTest::newRow("dollars and cents") << u"$1,234.50"_s << u"USD"_s << qint64(123450);
        QTest::newRow("too many decimals for yen") << u"1.5"_s << u"JPY"_s << qint64(-1);
        QTest::newRow("negative") << u"-100"_s << u"JPY"_s << qint64(-1);
        QTest::newRow("accounting negative") << u"(100)"_s << u"JPY"_s << qint64(-1);
        QTest::newRow("text") << u"12x"_s << u"JPY"_s << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, expected);
        const auto parsed = ImportValues::amount(text, *Currency::fromCode(currency));
        QCOMPARE(parsed ? qint64(*parsed) : qint64(-1), expected);
    }

    void flags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");   // -1: an error
        for (const char *yes : {"yes", "TRUE", "1", "y", "はい", "○"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
        for (const char *no : {"no", "False", "0", "いいえ", "×"})
            QTest::newRow(no) << QString::fromUtf8(no) << 0;
        QTest::newRow("maybe") << u"maybe"_s << -1;
    }
    void flags()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto parsed = ImportValues::flag(text);
        QCOMPARE(parsed ? int(*parsed) : -1, expected);
    }

    void suggestsMappings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mapping");
        QTest::newRow("japanese headers") << u"accounts-utf8.csv"_s
            << u"csm=担当CSM,external_id=顧客ID,industry=業種,mrr=月額,name=会社名,plan=プラン,renewal=契約更新日,"
               "source=流入経路,stage=ステージ,start=契約開始日,touch=タッチモデル"_s;
        QTest::newRow("salesforce export") << u"salesforce.csv"_s
            << u"arr=AnnualRevenue,csm=Owner,external_id=AccountNumber,industry=Industry,name=Name,"
               "source=AccountSource"_s;
        QTest::newRow("our own names") << u"semicolon.csv"_s << u"arr=arr,name=name,start=start"_s;
    }
    void suggestsMappings()
    {
        QFETCH(QString, file);
        QFETCH(QString, mapping);
        const auto table = CsvReader::readFile(data(file));
        QVERIFY(table);
        QCOMPARE(ImportMapping::suggest(AccountImport::fields(), table->header).toText(table->header), mapping);
    }

    void importsTheSameAccountsFromEveryEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8") << u"accounts-utf8.csv"_s;
        QTest::newRow("bom") << u"accounts-bom.csv"_s;
        QTest::newRow("shift_jis") << u"accounts-sjis.csv"_s;
        QTest::newRow("tsv") << u"accounts-lf.tsv"_s;
    }
    void importsTheSameAccountsFromEveryEncoding()
    {
        QFETCH(QString, file);
        BookFixture f;
        const auto result = importAccounts(*f.book, file);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->problems.isEmpty());
        QCOMPARE(result->created, 3);
        AccountRepository accounts(*f.book);
        const Account a = *accounts.get(1);
        QCOMPARE(a.name, u"株式会社さくら物流"_s);
        QCOMPARE(a.externalId, u"C-001"_s);
        QCOMPARE(a.csm, u"佐藤 美咲"_s);
        QCOMPARE(a.arr, Minor(1'200'000));   // monthly 100,000 x 12
        QCOMPARE(a.stage, Stage::Adoption);
        QCOMPARE(a.startOn, std::optional(date("2025-04-01")));
        QCOMPARE(a.renewalOn, std::optional(date("2027-03-31")));
        const Account b = *accounts.get(2);
        QCOMPARE(b.touch, Touch::Low);
        QCOMPARE(b.arr, Minor(600'000));
        QCOMPARE(b.stage, Stage::Onboarding);
        QCOMPARE(accounts.get(3)->name, u"ｶﾌﾞｼｷｶﾞｲｼｬ 半角"_s);
        // Each new account has its first stage and ARR events, as if added by hand.
        QSqlQuery q(f.book->database());
        q.exec(u"SELECT count(*) FROM arr_event WHERE kind = 'new'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.exec(u"SELECT count(*) FROM stage_event"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // ... and is dated in its stage from that event (My Day's onboarding list reads it).
        q.exec(u"SELECT count(*) FROM account WHERE stage_on IS DISTINCT FROM (SELECT max(e.entered_on) "
               "FROM stage_event e WHERE e.account_id = account.id)"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The import suspends the triggers that keep stage_on while it writes; they are back.
        if (f.book->engine() == BookEngine::Postgres)
            q.exec(u"SELECT count(*) FROM pg_trigger WHERE tgenabled = 'O' AND tgname IN "
                   "('stage_event_since_insert', 'account_since_insert')"_s);
        else
            q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                   "('stage_event_since_insert', 'account_since_insert')"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        // An account added by hand afterwards takes the next id (a team book's sequence moved on).
        QCOMPARE(addAccount(*f.book, u"手で追加"_s, 100), qint64(4));
    }

    void badRowsAreAllListedAndNothingIsWritten()
    {
        BookFixture f;
        QVERIFY(importAccounts(*f.book, u"semicolon.csv"_s));
        const QStringList before = dumpBook(*f.book);
        const auto result = importAccounts(*f.book, u"bad-values.csv"_s);
        QVERIFY(result);
        QStringList seen;
        for (const ImportProblem &p : result->problems)
            seen << u"%1 %2 %3"_s.arg(p.row).arg(p.column, p.value);
        QCOMPARE(seen, (QStringList{u"2 arr 12x"_s, u"2 start 2026-02-30"_s, u"3 touch medium"_s,
                                    u"3 churned maybe"_s, u"3 renewal 2027/13/01"_s, u"3 start 2030-01-01"_s,
                                    u"4 name "_s}));
        QVERIFY(!result->written);
        QCOMPARE(dumpBook(*f.book), before);
    }

    void duplicates_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<bool>("problems");
        QTest::newRow("stop") << int(DuplicatePolicy::Stop) << 0 << 0 << 0 << true;
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 1 << 2 << 0 << false;
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 1 << 0 << 2 << false;
    }
    void duplicates()
    {
        QFETCH(int, policy);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        QFETCH(bool, problems);
        BookFixture f;
        QVERIFY(importAccounts(*f.book, u"accounts-utf8.csv"_s, {}, u"touch=,stage="_s));
        AccountRepository accounts(*f.book);
        Account first = *accounts.get(1);
        first.csm = u"someone else"_s;
        QVERIFY(f.book->write([&] { return accounts.update(first, first.version); }));
        QVERIFY(f.book->write([&] { return accounts.remove(3); }));
        const QStringList before = dumpBook(*f.book);
        ImportOptions options;
        options.duplicates = DuplicatePolicy(policy);
        const auto result = importAccounts(*f.book, u"accounts-sjis.csv"_s, options, u"touch=,stage="_s);
        QVERIFY(result);
        QCOMPARE(!result->problems.isEmpty(), problems);
        if (problems) {
            QCOMPARE(result->problems.size(), 2);
            QVERIFY(result->problems[0].reason.contains(u"already has this account (id 1)"_s));
            QCOMPARE(dumpBook(*f.book), before);
            return;
        }
        QCOMPARE(result->created, created);
        QCOMPARE(result->updated, updated);
        QCOMPARE(result->skipped, skipped);
        QCOMPARE(*accounts.count(), 3);
        QCOMPARE(accounts.get(1)->csm,
                 DuplicatePolicy(policy) == DuplicatePolicy::Update ? u"佐藤 美咲"_s : u"someone else"_s);
    }

    void duplicateIdsInTheFile()
    {
        BookFixture f;
        const auto result = importAccounts(*f.book, u"duplicate-ids.csv"_s);
        QVERIFY(result);
        QCOMPARE(result->problems.size(), 1);
        QCOMPARE(result->problems[0].row, 4);
        QCOMPARE(result->problems[0].reason, u"the same account as row 2"_s);
        QCOMPARE(*AccountRepository(*f.book).count(), 0);
    }

    void dryRunAndCancelWriteNothing()
    {
        BookFixture f;
        const QStringList before = dumpBook(*f.book);
        ImportOptions dry;
        dry.dryRun = true;
        const auto counted = importAccounts(*f.book, u"accounts-utf8.csv"_s, dry);
        QVERIFY(counted);
        QCOMPARE(counted->created, 3);
        QVERIFY(!counted->written);
        QCOMPARE(dumpBook(*f.book), before);

        QByteArray many = "name,arr\n";
        for (int i = 0; i < 2000; ++i)
            many += "Account " + QByteArray::number(i) + ",100\n";
        auto table = CsvReader::parse(many, u"many.csv"_s);
        QVERIFY(table);
        ImportOptions cancelled;
        cancelled.progress = [](qint64 done, qint64) { return done < 1000; };
        const auto result = AccountImport(*f.book).run(
            *table, ImportMapping::suggest(AccountImport::fields(), table->header), cancelled);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY(result.error().message.contains(u"cancelled"_s));
        // The imports that write row by row (health, VOC, NPS…) are cancelled alike.
        const auto rows = RowImport::run(*f.book, *table, cancelled,
                                         [](qsizetype, QList<ImportProblem> &) { return Status(); });
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind, ErrorKind::Cancelled);
        QCOMPARE(dumpBook(*f.book), before);
    }

    // 250 new accounts: on a team book two full batches of rows and the rest, each row whole.
    void manyRowsArriveWhole()
    {
        BookFixture f;
        QByteArray many = "name,arr,start,churned_on\n";
        for (int i = 1; i <= 250; ++i)
            many += "取引先 " + QByteArray::number(i) + "," + QByteArray::number(i * 1000)
                    + ",2025-04-01," + (i % 50 == 0 ? "2026-03-31" : "") + "\n";
        auto table = CsvReader::parse(many, u"many.csv"_s);
        QVERIFY(table);
        const auto result = AccountImport(*f.book).run(
            *table, ImportMapping::suggest(AccountImport::fields(), table->header), {});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->created, 250);
        QSqlQuery q(f.book->database());
        QVERIFY(q.exec(u"SELECT count(*), sum(arr), max(id) FROM account"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 250);
        QCOMPARE(q.value(1).toLongLong(), 250LL * 251 / 2 * 1000);
        QCOMPARE(q.value(2).toInt(), 250);
        QVERIFY(q.exec(u"SELECT count(*) FROM stage_event"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 255);   // each its first stage, and 5 churned
        QVERIFY(q.exec(u"SELECT count(*) FROM arr_event"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 255);
        QVERIFY(q.exec(u"SELECT name FROM account WHERE id = 137"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"取引先 137"_s);
    }

    void rowImports_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("created");
        QTest::addColumn<QStringList>("problems");   // "row column"
        QTest::newRow("health measures") << u"health"_s
            << QByteArray("顧客ID,計測日,usage,NPS answer (0–10)\nC-001,2026-11-01,55,8\n#2,2026/11/02,20,3\n")
            << 2 << QStringList{};
        QTest::newRow("health, bad cells") << u"health"_s
            << QByteArray("account,date,usage,nps\nC-001,2026-11-01,abc,8\nC-404,2026-11-01,50,\nC-002,2027-01-01,5,\n"
                          "C-002,2026-11-01,50,11\n")
            << 0 << QStringList{u"2 usage"_s, u"3 account"_s, u"4 date"_s, u"5 "_s};
        QTest::newRow("voc, several accounts") << u"voc"_s
            << QByteArray("会社名,内容,種別,タグ,重要度,引き継ぎ先\n株式会社さくら物流;C-002,PDF出力が欲しい,機能要望,請求、PDF,3,両方\n"
                          "C-003,\"Slow, very \"\"slow\"\"\",bug,,1,product\n")
            << 2 << QStringList{};
        QTest::newRow("voc, bad cells") << u"voc"_s
            << QByteArray("account,text,kind,importance\nC-001,,bug,1\nC-001,x,wish,1\nC-001,x,bug,5\nnobody,x,bug,1\n")
            << 0 << QStringList{u"2 "_s, u"3 kind"_s, u"4 importance"_s, u"5 account"_s};
        QTest::newRow("nps") << u"nps"_s
            << QByteArray("email,account,score,comment,回答日\na@x.jp,C-001,9,良い,2026-10-01\nb@x.jp,C-002,0,,2026-10-02\n")
            << 2 << QStringList{};
        QTest::newRow("nps, bad cells") << u"nps"_s
            << QByteArray("account,score,date\nC-001,11,2026-10-01\nC-002,x,2026-10-01\nC-002,5,2026-13-01\n")
            << 0 << QStringList{u"2 score"_s, u"3 score"_s, u"4 date"_s};
    }
    void rowImports()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, csv);
        QFETCH(int, created);
        QFETCH(QStringList, problems);
        BookFixture f;
        QVERIFY(importAccounts(*f.book, u"accounts-utf8.csv"_s));
        const QStringList before = dumpBook(*f.book);
        const auto table = CsvReader::parse(csv, kind + u".csv"_s);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        ImportRunner runner(*f.book);
        const ImportKind k = *ImportRunner::kindFromKey(kind);
        const auto fields = runner.fields(k);
        QVERIFY(fields);
        ImportOptions options;
        options.today = date("2026-11-23");
        const auto result = runner.run(k, *table, ImportMapping::suggest(*fields, table->header), options);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QStringList seen;
        for (const ImportProblem &p : result->problems)
            seen << u"%1 %2"_s.arg(p.row).arg(p.column);
        QCOMPARE(seen, problems);
        QCOMPARE(result->created, created);
        QSqlQuery q(f.book->database());
        const QString table_ = kind == u"health"_s ? u"health_score"_s : kind == u"voc"_s ? u"voc"_s : u"nps_response"_s;
        q.exec(u"SELECT count(*) FROM %1"_s.arg(table_));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), created);
        if (!problems.isEmpty())
            QCOMPARE(dumpBook(*f.book), before);
        if (kind == u"voc"_s && created > 0) {
            const auto first = VocRepository(*f.book).get(1);
            QCOMPARE(first->links, (QList<VocLink>{{1, Importance::Dealbreaker}, {2, Importance::Dealbreaker}}));
            QCOMPARE(first->tags, (QStringList{u"PDF"_s, u"請求"_s}));
            QCOMPARE(first->target, VocTarget::Both);
            QCOMPARE(VocRepository(*f.book).get(2)->text, u"Slow, very \"slow\""_s);
        }
    }

    void savedMappings()
    {
        BookFixture f;
        ImportRequest request;
        request.path = data(u"semicolon.csv"_s);
        request.map = u"start="_s;
        request.saveMapAs = u"europe"_s;
        QVERIFY(ImportRunner(*f.book).run(request));
        QCOMPARE(*ImportRunner(*f.book).savedMapping(ImportKind::Accounts, u"europe"_s), u"arr=arr,name=name"_s);
        QCOMPARE(*ImportRunner(*f.book).savedMappingNames(ImportKind::Accounts), QStringList{u"europe"_s});
        QVERIFY(!AccountRepository(*f.book).get(1)->startOn);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
