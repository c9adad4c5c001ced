// SPDX-License-Identifier: MIT
// Segments (issue 19): conditions over account fields and health measures' latest values and
// ages, read and refused with the reason; saved by name; counted with their ARR; the account
// list filtered by them. Hand-made accounts, today 2026-11-23.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/AccountRepository.h"
#include "accounts/Segments.h"
#include "health/HealthService.h"
#include "book/RowStream.h"
#include "metrics/KpiEngine.h"
#include "tasks/MyDayQueries.h"
#include "tasks/WorkRepository.h"
#include "voc/VocQuery.h"
#include "voc/VocService.h"

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct SegmentBook : KpiBook
{
    // Alpha: low touch, adoption 30 (was 70), renews in 60 days. Beta: low touch, adoption 55,
    // renews in 200 days, usage not measured since August. Gamma: high touch, in churn
    // prevention since 2026-10-01, never measured. Delta: churned.
    qint64 alpha = account("Alpha", 1'000'000, Touch::Low, "2027-01-22");
    qint64 beta = account("Beta", 2'000'000, Touch::Low, "2027-06-11");
    qint64 gamma = account("Gamma", 5'000'000, Touch::High, "2027-01-10");
    qint64 delta = account("Delta", 700'000, Touch::Low, "2027-01-05");

    SegmentBook()
    {
        must(HealthService(*book).record(alpha, date("2026-09-01"), {u"adoption=70"_s, u"usage=80"_s}));
        must(HealthService(*book).record(alpha, date("2026-11-01"), {u"adoption=30"_s, u"usage=75"_s}));
        must(HealthService(*book).record(beta, date("2026-08-01"), {u"adoption=55"_s, u"usage=40"_s}));
        must(life.moveStage(gamma, Stage::ChurnPrevention, date("2026-10-01"), {}));
        AccountChanges oil;
        oil.industry = u"Oil and Gas"_s;
        must(life.edit(beta, oil, date("2026-11-01")));
        churn(delta, "2026-11-01");
    }
    qint64 account(const char *name, Minor arr, Touch touch, const char *renewal)
    {
        Account a;
        a.name = QString::fromUtf8(name);
        a.arr = arr;
        a.touch = touch;
        a.csm = u"Sato"_s;
        a.stage = Stage::Adoption;
        a.startOn = date("2025-01-10");
        a.renewalOn = date(renewal);
        return must(life.add(a)).accountId;
    }
    QStringList names(const QString &conditions)
    {
        AccountFilter filter;
        filter.segment = must(SegmentRules::parse(*book, conditions));
        QStringList out;
        if (!AccountRepository(*book).forEach(filter, [&](const Account &a) { out << a.name; }))
            qFatal("segment list failed");
        return out;
    }
};

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void conditionsFindTheirAccounts_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("latest value, not an older one") << u"adoption < 40"_s << QStringList{u"Alpha"_s};
        QTest::newRow("three conditions") << u"adoption < 60 and touch = low and renewal_days <= 120"_s
                                          << QStringList{u"Alpha"_s};
        QTest::newRow("not measured for 60 days, or never") << u"usage.age > 60"_s
                                                            << QStringList{u"Beta"_s, u"Gamma"_s};
        QTest::newRow("measured lately") << u"usage.age <= 30"_s << QStringList{u"Alpha"_s};
        QTest::newRow("in a stage for a while") << u"stage = churn-prevention and stage_days > 30"_s
                                                << QStringList{u"Gamma"_s};
        QTest::newRow("not that long yet") << u"stage = churn-prevention and stage_days > 60"_s << QStringList{};
        QTest::newRow("arr in the currency") << u"arr >= 2000000"_s << QStringList{u"Beta"_s, u"Gamma"_s};
        QTest::newRow("japanese labels and かつ") << u"touch = ロータッチ かつ arr < 1,500,000"_s
                                                << QStringList{u"Alpha"_s};
        QTest::newRow("churned only when the stage is named") << u"stage = churned"_s << QStringList{u"Delta"_s};
        QTest::newRow("commas join too") << u"touch != high, renewal_days > 100"_s << QStringList{u"Beta"_s};
        QTest::newRow("text field") << u"csm = Sato and tenure_days > 600"_s
                                    << QStringList{u"Alpha"_s, u"Beta"_s, u"Gamma"_s};
        QTest::newRow("and inside a value") << u"industry = Oil and Gas"_s << QStringList{u"Beta"_s};
        QTest::newRow("!= keeps the empty ones") << u"industry != Oil and Gas"_s << QStringList{u"Alpha"_s, u"Gamma"_s};
        QTest::newRow("empty is none written") << u"industry = \"\""_s << QStringList{u"Alpha"_s, u"Gamma"_s};
        QTest::newRow("band label") << u"band = 赤"_s << QStringList{};   // nobody scored red here
    }
    void conditionsFindTheirAccounts()
    {
        QFETCH(QString, conditions);
        QFETCH(QStringList, expected);
        SegmentBook f;
        QCOMPARE(f.names(conditions), expected);
    }

    void badConditionsAreRefused_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown measure") << u"mood < 3"_s << u"'mood' is neither an account field"_s;
        QTest::newRow("wrong type") << u"adoption < lots"_s << u"adoption: 'lots' is not a number"_s;
        QTest::newRow("unknown touch") << u"touch = medium"_s << u"touch: 'medium' is not a touch model"_s;
        QTest::newRow("order on a key") << u"stage > adoption"_s << u"stage is compared with = or != only"_s;
        QTest::newRow("days are whole") << u"renewal_days < 1.5"_s << u"renewal_days: '1.5' is not a number of days"_s;
        QTest::newRow("days within a century") << u"tenure_days > 250000"_s << u"not a number of days"_s;
        QTest::newRow("no infinity") << u"adoption < inf"_s << u"is not a number"_s;
        QTest::newRow("not a condition") << u"adoption"_s << u"'adoption' is not FIELD OP VALUE"_s;
        QTest::newRow("nothing") << u" "_s << u"at least one condition"_s;
    }
    void badConditionsAreRefused()
    {
        QFETCH(QString, conditions);
        QFETCH(QString, reason);
        SegmentBook f;
        const auto parsed = SegmentRules::parse(*f.book, conditions);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
        QCOMPARE(Segments(*f.book).add({u"bad"_s, conditions, {}, {}}).error().kind, ErrorKind::Invalid);
        QVERIFY(must(Segments(*f.book).list()).isEmpty());   // nothing saved
    }

    // A list that asks for churned accounts itself (Stage: Churned, a churn chart's dates) gets them.
    void churnedWhenTheListAsks()
    {
        SegmentBook f;
        AccountFilter filter;
        filter.stage = Stage::Churned;
        filter.segment = must(SegmentRules::parse(*f.book, u"touch = low"_s));
        QStringList names;
        QVERIFY(AccountRepository(*f.book).forEach(filter, [&](const Account &a) { names << a.name; }));
        QCOMPARE(names, QStringList{u"Delta"_s});
    }

    void savedByNameAndCounted()
    {
        SegmentBook f;
        Segments segments(*f.book);
        QVERIFY(segments.add({u" 低タッチ更新 "_s, u"touch = low and renewal_days <= 365"_s, {}, {}}));
        const Segment saved = must(segments.get(u"低タッチ更新"_s));
        QCOMPARE(saved.conditions, u"touch = low and renewal_days <= 365"_s);
        const SegmentSize size = must(segments.size(must(SegmentRules::parse(*f.book, saved.conditions))));
        QCOMPARE(size.accounts, 2);   // Alpha and Beta; Delta churned
        QCOMPARE(size.arr, Minor(3'000'000));
        const Status taken = segments.add({u"低タッチ更新"_s, u"arr > 0"_s, {}, {}});
        QCOMPARE(taken.error().kind, ErrorKind::Conflict);
        QCOMPARE(segments.add({u" "_s, u"arr > 0"_s, {}, {}}).error().kind, ErrorKind::Invalid);
        QVERIFY(segments.remove(u"低タッチ更新"_s));
        QCOMPARE(segments.remove(u"低タッチ更新"_s).error().kind, ErrorKind::NotFound);
        QVERIFY(must(segments.list()).isEmpty());
    }

    // A segment narrows the Portfolio's figures and the VOC board (issue 19): its accounts as
    // they stand today, churned ones too, so that churn and retention keep the accounts that left.
    void scopesTheReportsAndTheBoard_data()
    {
        QTest::addColumn<QString>("conditions");
        QTest::addColumn<QStringList>("vocTexts");
        QTest::addColumn<qint64>("startAccounts");
        QTest::addColumn<Minor>("startArr");
        QTest::newRow("low touch") << u"touch = low"_s << QStringList{u"CSVで一括登録したい"_s, u"請求書の形式"_s}
                                   << qint64(3) << Minor(3'700'000);
        QTest::newRow("churn prevention") << u"stage = churn-prevention"_s << QStringList{u"ダッシュボードが重い"_s}
                                          << qint64(1) << Minor(5'000'000);
        QTest::newRow("every account") << QString() << QStringList{u"CSVで一括登録したい"_s, u"ダッシュボードが重い"_s,
                                                                   u"請求書の形式"_s}
                                       << qint64(4) << Minor(8'700'000);
    }
    void scopesTheReportsAndTheBoard()
    {
        QFETCH(QString, conditions);
        QFETCH(QStringList, vocTexts);
        QFETCH(qint64, startAccounts);
        QFETCH(Minor, startArr);
        SegmentBook f;
        const QList<SegmentCondition> segment =
            conditions.isEmpty() ? QList<SegmentCondition>() : must(SegmentRules::parse(*f.book, conditions));
        const auto logged = [&](const QString &text, qint64 account) {
            VocEntry e;
            e.text = text;
            e.kind = VocKind::FeatureRequest;
            e.links = {VocLink{account, Importance::Important}};
            e.loggedOn = date("2026-11-01");
            must(VocService(*f.book).add(e, date("2026-11-23")));
        };
        logged(u"CSVで一括登録したい"_s, f.alpha);
        logged(u"ダッシュボードが重い"_s, f.gamma);
        logged(u"請求書の形式"_s, f.delta);   // a churned account's: still in a low-touch segment
        VocFilter filter;
        filter.segment = segment;
        QVariantList values;
        auto rows = RowStream::open(*f.book, VocQuery::sql(f.book->dialect(), filter, VocSort::Id, values), values);
        QVERIFY(rows);
        QStringList texts;
        while (rows->next())
            texts << QString::fromUtf8(rows->text(VocQuery::Text));
        QCOMPARE(texts, vocTexts);
        PortfolioScope scope;
        scope.segment = segment;
        KpiSettings settings;
        const Period fy = must(Period::parse(u"FY2026"_s, settings.fiscalYearStartMonth));
        const KpiReport report = must(KpiEngine(*f.book, scope).compute(fy, KpiGrouping::None, settings, date("2026-11-23")));
        QCOMPARE(report.total.counts.accountsStart, startAccounts);
        QCOMPARE(report.total.counts.startArr, startArr);
    }

    // My Day of a segment's accounts: their renewals and tasks only.
    void scopesMyDay()
    {
        SegmentBook f;
        const auto names = [](const QList<AccountRow> &rows) {
            QStringList out;
            for (const AccountRow &r : rows)
                out << r.name;
            return out;
        };
        const Date today = date("2026-11-23");
        QCOMPARE(names(*MyDayQueries(*f.book).renewals({}, today, 90, 50)), (QStringList{u"Gamma"_s, u"Alpha"_s}));
        const MyDayQueries lowTouch(*f.book, must(SegmentRules::parse(*f.book, u"touch = low"_s)));
        QCOMPARE(names(*lowTouch.renewals({}, today, 90, 50)), QStringList{u"Alpha"_s});
        QCOMPARE(names(*lowTouch.renewals(u"Sato"_s, today, 90, 50)), QStringList{u"Alpha"_s});
        Task task;
        task.title = u"利用状況の確認"_s;
        task.dueOn = today;
        for (qint64 id : {f.alpha, f.gamma}) {
            task.accountId = id;
            must(WorkRepository(*f.book).addTask(task));
        }
        QCOMPARE(lowTouch.openTasks({}, today, today, 50)->size(), 1);
        QCOMPARE(lowTouch.openTasks({}, today, today, 50)->first().accountName, u"Alpha"_s);
        QCOMPARE(MyDayQueries(*f.book).openTasks({}, today, today, 50)->size(), 2);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
