// SPDX-License-Identifier: MIT
// csw report kpis|settings and csw account reactivate through the real executable. Today is
// 2026-11-23 (CliTest.h), so the current fiscal year is FY2026: 2026-04-01..2027-03-31.
#include "CliTest.h"

namespace {

// Five accounts with hand-worked FY2026 figures:
//   1 A  Sato    1,000,000 from 2025-04-01, renewal 2026-06-30 not renewed (overdue)
//   2 B  Sato      500,000 from 2025-04-01, churns 2026-06-30, back 2026-09-01 at 800,000
//   3 C  Tanaka  2,000,000 from 2025-04-01, 2,400,000 from 2026-06-01, renewed 2026-09-30
//   4 D  Tanaka    600,000 from 2026-07-15 (new)
//   5 E  (none)    300,000 from 2025-10-01, churns 2026-10-15
const QList<QStringList> &kpiSetup()
{
    static const QList<QStringList> setup = {
        {u"init"_s},
        words("account add --name A --csm Sato --arr 1000000 --start 2025-04-01 --renewal 2026-06-30"),
        words("account add --name B --csm Sato --arr 500000 --start 2025-04-01"),
        words("account add --name C --csm Tanaka --arr 2000000 --start 2025-04-01 --renewal 2026-09-30"),
        words("account add --name D --csm Tanaka --arr 600000 --start 2026-07-15"),
        words("account add --name E --arr 300000 --start 2025-10-01"),
        words("account churn 2 --date 2026-06-30 --reason budget"),
        words("account reactivate 2 --date 2026-09-01 --arr 800000"),
        words("account set 3 arr=2400000 --date 2026-06-01"),
        words("account renew 3 --date 2026-09-30"),
        words("account churn 5 --date 2026-10-15"),
    };
    return setup;
}

const QStringList kpiKeys = {
    u"group"_s, u"accounts_start"_s, u"accounts_end"_s, u"new_accounts"_s, u"churned_accounts"_s,
    u"churned_from_start"_s, u"new_and_churned"_s, u"early_churned"_s, u"early_churn_share"_s, u"logo_churn_rate"_s, u"start_arr"_s, u"expansion_arr"_s, u"contraction_arr"_s,
    u"churned_arr"_s, u"grr"_s, u"nrr"_s, u"revenue_churn_rate"_s, u"net_revenue_churn_rate"_s, u"arpa"_s, u"ltv"_s, u"nps"_s, u"renewals_due"_s,
    u"renewals_done"_s, u"renewal_rate"_s, u"renewal_rate_arr"_s};

QStringList report(const QStringList &more)
{
    return QStringList{u"report"_s, u"kpis"_s} + more;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;   // the five-account book, only read by the tests
    QString m_book;

    QString makeBook(const QTemporaryDir &dir)
    {
        const QString path = newBookPath(dir, u"kpis.sqlite"_s);
        for (const QStringList &args : kpiSetup()) {
            const Run r = run(path, args);
            if (r.code != 0) {
                qWarning("%s", qPrintable(describe(r, 0)));
                return {};
            }
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(CSW_EXECUTABLE)));
        m_book = makeBook(m_shared);
        QVERIFY(!m_book.isEmpty());
    }

    void totalAsJson()
    {
        const Run r = run(m_book, report(words("--period FY2026 --format json")));
        EXPECT_EXIT(r, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject total = rows.at(0).toObject();
        QCOMPARE(total.keys().size(), kpiKeys.size());
        for (const QString &key : kpiKeys)
            QVERIFY2(total.contains(key), qPrintable(key));
        QCOMPARE(total.value(u"group"_s).toString(), u"total"_s);
        const QList<std::pair<const char *, double>> expected = {
            {"accounts_start", 4}, {"accounts_end", 4}, {"new_accounts", 1},
            {"churned_accounts", 2}, {"churned_from_start", 2}, {"new_and_churned", 0},
            // B and E churned 15 and 12 months after their start: not within 6.
            {"early_churned", 0}, {"early_churn_share", 0},
            {"logo_churn_rate", 0.5}, {"start_arr", 3800000},
            {"expansion_arr", 1200000}, {"contraction_arr", 0}, {"churned_arr", 800000},
            {"grr", 0.7895}, {"nrr", 1.1053},
            // 800,000 / 3,800,000; (800,000 + 0 - 1,200,000) / 3,800,000 (expansion beat churn)
            {"revenue_churn_rate", 0.2105}, {"net_revenue_churn_rate", -0.1053}, {"arpa", 1200000},
            // FY2026 is 7 23/30 months old on 2026-11-23: LTV is measured to date,
            // 100,000 a month x 80 % / (50 % / 7.7667 months) = 1,242,667.
            {"ltv", 1242667},
            {"renewals_due", 2}, {"renewals_done", 1}, {"renewal_rate", 0.5},
            // C renewed its 2,400,000; A's 1,000,000 is overdue: 2.4M / 3.4M.
            {"renewal_rate_arr", 0.7059}};
        for (const auto &[key, value] : expected) {
            const QJsonValue v = total.value(QLatin1String(key));
            QVERIFY2(v.isDouble(), key);
            QVERIFY2(qFuzzyCompare(v.toDouble(), value),
                     qPrintable(u"%1 is %2, expected %3"_s.arg(QLatin1String(key)).arg(v.toDouble()).arg(value)));
        }
        QVERIFY(total.value(u"nps"_s).isNull());
        // Ratios have four decimals.
        QVERIFY2(r.out.contains("\"grr\": 0.7895,"), r.out);
    }

    void byCsm()
    {
        const Run r = run(m_book, report(words("--period FY2026 --by csm --format json")));
        EXPECT_EXIT(r, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0)[u"group"_s].toString(), u"Sato"_s);
        QCOMPARE(rows.at(1)[u"group"_s].toString(), u"Tanaka"_s);
        QVERIFY(rows.at(2)[u"group"_s].isNull());   // accounts without a CSM
        QCOMPARE(rows.at(3)[u"group"_s].toString(), u"total"_s);

        const QJsonValue sato = rows.at(0);
        QCOMPARE(sato[u"accounts_start"_s].toInt(), 2);
        QCOMPARE(sato[u"churned_accounts"_s].toInt(), 1);
        QCOMPARE(sato[u"expansion_arr"_s].toDouble(), 800000.0);
        QCOMPARE(sato[u"grr"_s].toDouble(), 0.6667);
        QCOMPARE(sato[u"nrr"_s].toDouble(), 1.2);
        QCOMPARE(sato[u"arpa"_s].toDouble(), 900000.0);
        QCOMPARE(sato[u"renewal_rate"_s].toDouble(), 0.0);

        const QJsonValue tanaka = rows.at(1);
        QCOMPARE(tanaka[u"new_accounts"_s].toInt(), 1);
        QCOMPARE(tanaka[u"logo_churn_rate"_s].toDouble(), 0.0);
        QVERIFY(tanaka[u"ltv"_s].isNull());   // no churn
        QCOMPARE(tanaka[u"renewal_rate"_s].toDouble(), 1.0);

        const QJsonValue none = rows.at(2);
        QCOMPARE(none[u"logo_churn_rate"_s].toDouble(), 1.0);
        QCOMPARE(none[u"grr"_s].toDouble(), 0.0);
        QVERIFY(none[u"arpa"_s].isNull());     // nobody left at the end
        QVERIFY(none[u"renewal_rate"_s].isNull());

        int started = 0;
        for (int i = 0; i < 3; ++i)
            started += rows.at(i)[u"accounts_start"_s].toInt();
        QCOMPARE(started, rows.at(3)[u"accounts_start"_s].toInt());
    }

    void groupings_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<int>("rows");
        QTest::newRow("touch") << "touch" << 2;      // all high touch, plus the total
        QTest::newRow("plan") << "plan" << 2;        // no plan: one group without a value
        QTest::newRow("source") << "source" << 2;
        QTest::newRow("industry") << "industry" << 2;
    }
    void groupings()
    {
        QFETCH(QString, by);
        QFETCH(int, rows);
        const Run r = run(m_book, report({u"--by"_s, by, u"--format"_s, u"json"_s}));
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.json().array().size(), rows);
    }

    void csvHeaderAndRow()
    {
        const Run r = run(m_book, report(words("--period FY2026 --format csv")));
        EXPECT_EXIT(r, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.at(0), "group,accounts_start,accounts_end,new_accounts,churned_accounts,"
                              "churned_from_start,new_and_churned,early_churned,early_churn_share,logo_churn_rate,start_arr,expansion_arr,contraction_arr,churned_arr,"
                              "grr,nrr,revenue_churn_rate,net_revenue_churn_rate,arpa,ltv,nps,renewals_due,renewals_done,renewal_rate,renewal_rate_arr\r");
        QCOMPARE(lines.at(1), "total,4,4,1,2,2,0,0,0.0000,0.5000,3800000,1200000,0,800000,0.7895,1.1053,0.2105,-0.1053,"
                              "1200000,1242667,,2,1,0.5000,0.7059\r");
    }

    void tableForPeople()
    {
        const Run r = run(m_book, report(words("--by csm")));   // the current fiscal year
        EXPECT_EXIT(r, 0);
        const QString text = r.text();
        QVERIFY2(text.startsWith(u"KPIs for FY2026 to date (2026-04-01 to 2026-11-23), JPY\n"_s), r.out);
        QVERIFY2(text.contains(u"78.9 %"_s) && text.contains(u"110.5 %"_s), r.out);
        QVERIFY2(text.contains(u"3,800,000"_s), r.out);
        QVERIFY2(text.contains(u"n/a"_s) && text.contains(u"(none)"_s), r.out);
        QVERIFY2(text.trimmed().split(u'\n').last().startsWith(u"Total"_s), r.out);
        // Without --period: the fiscal year holding today.
        QCOMPARE(run(m_book, report(words("--format json"))).out,
                 run(m_book, report(words("--period FY2026 --format json"))).out);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("month 13") << words("--period 2026-13") << "--period: '2026-13' is not a period";
        QTest::newRow("two-digit year") << words("--period FY26") << "--period: 'FY26' is not a period";
        QTest::newRow("backwards range") << words("--period 2026-10-01..2026-09-30")
                                         << "ends before it starts";
        QTest::newRow("impossible day") << words("--period 2026-02-29..2026-03-31") << "2026-02-29";
        QTest::newRow("unknown grouping") << words("--by colour")
                                          << "--by: 'colour' is not one of csm, touch, plan, source, industry";
        QTest::newRow("unknown format") << words("--format xml") << "--format";
    }
    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(m_book, report(args));
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.startsWith("csw: ") && QString::fromUtf8(r.err).contains(message), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void emptyBook()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"empty.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        const Run r = run(path, report(words("--by csm --format json")));
        EXPECT_EXIT(r, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"accounts_start"_s].toInt(), 0);
        QVERIFY(rows.at(0)[u"grr"_s].isNull());
        QVERIFY(rows.at(0)[u"ltv"_s].isNull());
    }

    void moneyInTheBooksCurrency()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"usd.sqlite"_s);
        EXPECT_EXIT(run(path, words("init --currency USD")), 0);
        EXPECT_EXIT(run(path, words("account add --name Acme --arr 1234.50 --start 2025-01-01")), 0);
        const Run r = run(path, report(words("--period 2026-Q3 --format json")));
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.json().array().at(0)[u"start_arr"_s].toDouble(), 1234.5);
        QVERIFY2(r.out.contains("\"start_arr\": 1234.50"), r.out);
    }

    void settings()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        QVERIFY(!path.isEmpty());
        const Run shown = run(path, words("report settings --format json"));
        EXPECT_EXIT(shown, 0);
        QJsonObject s = shown.json().object();
        QCOMPARE(s[u"fiscal_year_start_month"_s].toInt(), 4);
        QCOMPARE(s[u"gross_margin_percent"_s].toDouble(), 80.0);
        QCOMPARE(s[u"early_churn_months"_s].toInt(), 6);
        QCOMPARE(s[u"revenue"_s].toString(), u"arr"_s);
        QCOMPARE(s[u"current_fiscal_year"_s].toString(), u"FY2026"_s);
        QCOMPARE(s[u"current_fiscal_year_first"_s].toString(), u"2026-04-01"_s);

        const Run set = run(path, words("report settings --fiscal-year-start 1 --gross-margin 70 "
                                        "--early-churn-months 9 --format json"));
        EXPECT_EXIT(set, 0);
        s = set.json().object();
        QCOMPARE(s[u"early_churn_months"_s].toInt(), 9);
        QCOMPARE(s[u"fiscal_year_start_month"_s].toInt(), 1);
        QCOMPARE(s[u"gross_margin_percent"_s].toDouble(), 70.0);
        QCOMPARE(s[u"current_fiscal_year_last"_s].toString(), u"2026-12-31"_s);
        RawDb db(path, true);
        QCOMPARE(db.number(u"SELECT value FROM book_meta WHERE key = 'fiscal_year_start_month'"_s), 1);
        QCOMPARE(db.number(u"SELECT value FROM book_meta WHERE key = 'gross_margin_percent'"_s), 70);

        // The default period is now the calendar year 2026, to date; LTV uses the new margin:
        // (4,800,000 / 4 / 12) x 70 % / (50 % / 10.7667 months) = 1,507,333.
        const Run kpis = run(path, report(words("--format table")));
        QVERIFY2(kpis.text().startsWith(u"KPIs for FY2026 to date (2026-01-01 to 2026-11-23)"_s), kpis.out);
        const QJsonObject total = run(path, report(words("--format json"))).json().array().at(0).toObject();
        QVERIFY2(qAbs(total[u"ltv"_s].toDouble() - 1507333.33) < 1, qPrintable(QString::number(total[u"ltv"_s].toDouble())));

        // MRR: a table for people shows money per month and names it so; csv and json stay ARR.
        const QString startArr = total[u"start_arr"_s].toVariant().toString();
        EXPECT_EXIT(run(path, words("report settings --revenue mrr")), 0);
        QCOMPARE(run(path, words("report settings --format json")).json().object()[u"revenue"_s].toString(), u"mrr"_s);
        const Run monthly = run(path, report(words("--format table")));
        QVERIFY2(monthly.text().contains(u"Start MRR"_s) && !monthly.text().contains(u"Start ARR"_s), monthly.out);
        const qint64 perMonth = (total[u"start_arr"_s].toInteger() + 6) / 12;
        QVERIFY2(monthly.text().contains(QLocale(QLocale::English).toString(perMonth)), monthly.out);
        QCOMPARE(run(path, report(words("--format json"))).json().array().at(0).toObject()[u"start_arr"_s]
                     .toVariant().toString(), startArr);
        EXPECT_EXIT(run(path, words("report settings --revenue arr")), 0);

        const QByteArray before = digest(path);
        const QList<std::pair<const char *, const char *>> refused = {
            {"--fiscal-year-start 13", "--fiscal-year-start: the fiscal year's first month must be a month number from 1 to 12, not '13'"},
            {"--fiscal-year-start 0", "--fiscal-year-start: the fiscal year's first month must be a month number from 1 to 12, not '0'"},
            {"--fiscal-year-start April", "--fiscal-year-start: the fiscal year's first month must be a month number from 1 to 12, not 'April'"},
            {"--gross-margin 101", "--gross-margin: the gross margin must be a percentage from 0 to 100, not '101'"},
            {"--gross-margin -5", "--gross-margin: the gross margin must be a percentage from 0 to 100, not '-5'"},
            {"--gross-margin abc", "--gross-margin: the gross margin must be a percentage from 0 to 100, not 'abc'"},
            {"--fiscal-year-start 5 --gross-margin 120", "--gross-margin: the gross margin must be a percentage from 0 to 100, not '120'"},
            {"--early-churn-months 0", "--early-churn-months: early churn must be within a number of months from 1 to 36, not '0'"},
            {"--early-churn-months 37", "--early-churn-months: early churn must be within a number of months from 1 to 36, not '37'"},
            {"--early-churn-months half", "--early-churn-months: early churn must be within a number of months from 1 to 36, not 'half'"},
            {"--revenue yen", "--revenue: 'yen' is not arr (money per year) or mrr (per month)"}};
        for (const auto &[bad, reason] : refused) {
            const Run r = run(path, words("report settings") + words(bad));
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.startsWith("csw: --"), r.err);
            QVERIFY2(r.err.contains(reason), r.err);
            QCOMPARE(digest(path), before);
        }
    }

    // report cohorts: A, B and C began on 2025-04-01; B churned on 2026-06-30 (month 15 of
    // its life) and came back on 2026-09-01 (month 17).
    void cohortsFromTheCommandLine()
    {
        const Run r = run(m_book, words("report cohorts --months 24 --format json"));
        EXPECT_EXIT(r, 0);
        QJsonObject april;
        for (const QJsonValue &row : r.json().array()) {
            if (row.toObject().value(u"cohort"_s).toString() == u"2025-04"_s)
                april = row.toObject();
        }
        QCOMPARE(april.value(u"accounts"_s).toInt(), 3);
        QCOMPARE(april.value(u"m0"_s).toDouble(), 1.0);
        QCOMPARE(april.value(u"m14"_s).toDouble(), 1.0);
        QVERIFY(qAbs(april.value(u"m15"_s).toDouble() - 2.0 / 3) < 1e-4);
        QCOMPARE(april.value(u"m17"_s).toDouble(), 1.0);
        QVERIFY(april.value(u"m20"_s).isNull());   // 2026-12-01 is still to come
        const Run arr = run(m_book, words("report cohorts --by quarter --arr --months 6 --format csv"));
        EXPECT_EXIT(arr, 0);
        QVERIFY2(arr.out.startsWith("cohort,accounts,start_arr,m0,m1,m2,m3,m4,m5,m6\r\n"), arr.out);
        const QList<std::pair<const char *, const char *>> refused = {
            {"report cohorts --by week", "csw: --by: 'week' is not month or quarter"},
            {"report cohorts --months 0", "csw: --months: '0' is not a number of months from 1 to 120"},
            {"report cohorts --months x", "csw: --months: 'x' is not a number of months from 1 to 120"}};
        for (const auto &[bad, reason] : refused) {
            const Run r = run(m_book, words(bad));
            EXPECT_EXIT(r, 2);
            QVERIFY2(r.err.startsWith(reason), r.err);
            QVERIFY(r.out.isEmpty());
        }
    }

    void reactivateFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = sakuraBook(dir);
        QVERIFY(!path.isEmpty());
        const Run notChurned = run(path, words("account reactivate 1 --date 2026-10-01 --arr 5"));
        EXPECT_EXIT(notChurned, 1);
        QVERIFY2(notChurned.err.contains("has not churned"), notChurned.err);
        EXPECT_EXIT(run(path, words("account churn 1 --date 2026-09-30")), 0);
        const QByteArray before = digest(path);
        const QList<std::tuple<const char *, int, const char *>> refused = {
            {"account reactivate 1 --arr 5", 2, "csw: account reactivate: --date is required"},
            {"account reactivate 1 --date 2026-10-01", 2, "csw: account reactivate: --arr is required"},
            {"account reactivate 1 --date 2026-10-01 --arr -5", 1, "csw: --arr: the amount -5 is negative"}};
        for (const auto &[line, code, reason] : refused) {
            const Run r = run(path, words(line));
            EXPECT_EXIT(r, code);
            QVERIFY2(r.err.startsWith(reason), r.err);
            QCOMPARE(digest(path), before);
        }
        const Run early = run(path, words("account reactivate 1 --date 2026-09-29 --arr 900000"));
        EXPECT_EXIT(early, 1);
        QVERIFY2(early.err.startsWith("csw: 2026-09-29 is before account 1 churned"), early.err);
        QCOMPARE(digest(path), before);

        EXPECT_EXIT(run(path, words("account reactivate 1 --date 2026-10-01 --arr 900000 --note back")), 0);
        const QJsonObject account = show(path);
        QCOMPARE(account[u"stage"_s].toString(), u"adoption"_s);
        QCOMPARE(account[u"status"_s].toString(), u"active"_s);
        QVERIFY(account[u"churned_on"_s].isNull());
        QCOMPARE(account[u"arr"_s].toDouble(), 900000.0);
        QCOMPARE(countArrEvents(path, "reactivation"), 1);
        EXPECT_EXIT(run(path, {u"check"_s}), 0);
    }

    // Churns recorded under a category (given, or named by the reason's text), the list edited,
    // and why customers left by reason and source; bad input refused with the reason.
    void churnReasons()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"reasons.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        for (const char *line : {"account add --name A --arr 1200000 --start 2025-01-01 --source web",
                                 "account add --name B --arr 600000 --start 2025-01-01 --source web",
                                 "account add --name C --arr 300000 --start 2025-01-01 --source seminar",
                                 "voc add 3 --kind feature-request --text CSV-export --date 2026-05-01"})
            EXPECT_EXIT(run(path, words(line)), 0);
        EXPECT_EXIT(run(path, words("account churn 1 --date 2026-06-01 --category price --reason 値上げ")), 0);
        EXPECT_EXIT(run(path, words("account churn 2 --date 2026-07-01 --reason 価格")), 0);
        EXPECT_EXIT(run(path, words("account churn 3 --date 2026-08-01 --category MISSING-FEATURE --voc 1")), 0);
        const QJsonObject a = run(path, words("account show 1 --format json")).json().object();
        QCOMPARE(a[u"churn_reason_code"_s].toString(), u"price"_s);
        QCOMPARE(a[u"churn_reason"_s].toString(), u"値上げ"_s);

        const QJsonArray byReason = run(path, words("report churn-reasons --period FY2026 --format json")).json().array();
        QCOMPARE(byReason.size(), 2);
        QCOMPARE(byReason.at(0)[u"reason_code"_s].toString(), u"price"_s);
        QCOMPARE(byReason.at(0)[u"reason"_s].toString(), u"Price"_s);
        QCOMPARE(byReason.at(0)[u"churns"_s].toInt(), 2);
        QCOMPARE(byReason.at(0)[u"churned_arr"_s].toDouble(), 1'800'000.0);
        QCOMPARE(byReason.at(0)[u"arr_share"_s].toDouble(), 0.8571);
        QCOMPARE(byReason.at(1)[u"reason_code"_s].toString(), u"missing-feature"_s);
        const Run bySource = run(path, words("report churn-reasons --period FY2026 --by source --format csv"));
        EXPECT_EXIT(bySource, 0);
        QCOMPARE(bySource.out, QByteArray("reason_code,reason,source,churns,churned_arr,arr_share\r\n"
                                          "price,Price,web,2,1800000,0.8571\r\n"
                                          "missing-feature,Missing features,seminar,1,300000,0.1429\r\n"));

        EXPECT_EXIT(run(path, words("churn-reason add contract-terms --ja 契約条件 --en Contract-terms")), 0);
        EXPECT_EXIT(run(path, words("churn-reason retire contract-terms")), 0);
        QCOMPARE(run(path, words("churn-reason list --format json")).json().array().size(), 7);
        QCOMPARE(run(path, words("churn-reason list --all --format json")).json().array().size(), 8);
        EXPECT_EXIT(run(path, words("churn-reason restore contract-terms")), 0);
        EXPECT_EXIT(run(path, words("churn-reason set contract-terms --en Terms")), 0);
        QCOMPARE(run(path, words("churn-reason list --format json")).json().array().at(7)[u"label_en"_s].toString(),
                 u"Terms"_s);
    }

    void churnReasonsRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown category") << u"account churn 1 --date 2026-06-01 --category weather"_s << 1
                                          << u"'weather' is not a churn reason"_s;
        QTest::newRow("missing VOC entry") << u"account churn 1 --date 2026-06-01 --category price --voc 9"_s << 1
                                           << u"no VOC entry 9"_s;
        QTest::newRow("bad VOC id") << u"account churn 1 --date 2026-06-01 --voc x"_s << 2 << u"--voc"_s;
        QTest::newRow("code taken") << u"churn-reason add price --ja 値段 --en Cost"_s << 1 << u"exists already"_s;
        QTest::newRow("bad code") << u"churn-reason add Big_One --ja 大 --en Big"_s << 1 << u"lower-case"_s;
        QTest::newRow("unknown to retire") << u"churn-reason retire nothing"_s << 1 << u"no churn reason"_s;
        QTest::newRow("report by csm") << u"report churn-reasons --by csm"_s << 2 << u"--by"_s;
    }
    void churnReasonsRefused()
    {
        QFETCH(QString, line);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"refused.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name A --arr 1200000 --start 2025-01-01")), 0);
        const Run r = run(path, line.split(u' '));
        EXPECT_EXIT(r, code);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err);
        const QJsonObject a = run(path, words("account show 1 --format json")).json().object();
        QCOMPARE(a[u"stage"_s].toString(), u"onboarding"_s);
        QCOMPARE(run(path, words("churn-reason list --all --format json")).json().array().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
