// SPDX-License-Identifier: MIT
#include "../FakeToday.h"
#include "PortfolioFixture.h"

#include "voc/VocService.h"

#include "metrics/PortfolioQueries.h"
#include "metrics/PortfolioReport.h"

using namespace csw;
using namespace kpitest;
using namespace portfoliotest;

namespace csw {
inline char *toString(const CsmHealth &h)
{
    return qstrdup(qPrintable(QStringLiteral("%1: red %2 yellow %3 green %4 unscored %5")
                                  .arg(h.csm.isNull() ? QStringLiteral("(null)") : h.csm)
                                  .arg(h.red).arg(h.yellow).arg(h.green).arg(h.unscored)));
}
inline char *toString(const ChurnGroup &g)
{
    return qstrdup(qPrintable(QStringLiteral("%1: %2 accounts, %3").arg(g.value).arg(g.accounts).arg(g.arr)));
}
inline char *toString(const RenewalBucket &b)
{
    return qstrdup(qPrintable(QStringLiteral("%1..%2: %3 accounts, %4, at risk %5, %6")
                                  .arg(Dates::toIso(b.from), Dates::toIso(b.to)).arg(b.accounts)
                                  .arg(b.arr).arg(b.atRiskAccounts).arg(b.atRiskArr)));
}
} // namespace csw

Q_DECLARE_METATYPE(csw::PortfolioScope)
Q_DECLARE_METATYPE(csw::CsmHealth)
Q_DECLARE_METATYPE(csw::ChurnGroup)

namespace {

PortfolioScope csmScope(const char *csm)
{
    return PortfolioScope{.csm = QString::fromLatin1(csm)};
}

} // namespace

// The portfolio charts' queries over a hand-worked book, whole and narrowed to a CSM or a
// touch model, and the KPI engine's scope.
class TestPortfolioQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void median_data()
    {
        QTest::addColumn<QList<long>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("none") << QList<long>{} << NA;
        QTest::newRow("one") << QList<long>{5} << 5.0;
        QTest::newRow("two: the mean of the middle") << QList<long>{40, 30} << 35.0;
        QTest::newRow("three, unsorted") << QList<long>{7, 1, 4} << 4.0;
    }
    void median()
    {
        QFETCH(QList<long>, values);
        QFETCH(double, expected);
        COMPARE_RATIO(PortfolioQueries::median(values), expected);
    }

    void emptyBook()
    {
        KpiBook b;
        const PortfolioQueries q(*b.book);
        QVERIFY(q.healthByCsm()->isEmpty());
        const QList<StageArr> stages = *q.arrByStage();
        QCOMPARE(stages.size(), 4);
        for (const StageArr &row : stages)
            QCOMPARE(row.arr, 0);
        QCOMPARE(q.renewalWindows(date("2026-11-23"), {30})->constFirst().accounts, 0);
        QCOMPARE(q.renewalsByMonth(date("2026-11-23"), 12)->size(), 12);
        QVERIFY(q.churnBy(PortfolioQueries::ChurnField::Plan, Period::month(2026, 6))->isEmpty());
        const auto cohorts = *q.onboardingByCohort(date("2026-11-23"), 8, 4);
        QCOMPARE(cohorts.size(), 8);
        QVERIFY(!cohorts.constFirst().medianDays);
    }

    // Active accounts only: E and F churned. D has no score.
    void healthByCsm_data()
    {
        QTest::addColumn<PortfolioScope>("scope");
        QTest::addColumn<QList<CsmHealth>>("expected");
        QTest::newRow("all") << PortfolioScope()
                             << QList<CsmHealth>{{u"Sato"_qs, 1, 0, 1, 0}, {u"Tanaka"_qs, 0, 1, 0, 1}};
        QTest::newRow("high touch") << PortfolioScope{.touch = Touch::High}
                                    << QList<CsmHealth>{{u"Sato"_qs, 1, 0, 0, 0},
                                                        {u"Tanaka"_qs, 0, 1, 0, 0}};
        QTest::newRow("Tanaka") << csmScope("Tanaka")
                                << QList<CsmHealth>{{u"Tanaka"_qs, 0, 1, 0, 1}};
        QTest::newRow("nobody") << csmScope("Suzuki") << QList<CsmHealth>{};
    }
    void healthByCsm()
    {
        QFETCH(PortfolioScope, scope);
        QFETCH(QList<CsmHealth>, expected);
        PortfolioBook b;
        QCOMPARE(*b.queries(scope).healthByCsm(), expected);
    }

    void arrByStage()
    {
        PortfolioBook b;
        QCOMPARE(*b.queries().arrByStage(),
                 (QList<StageArr>{{Stage::Onboarding, 1, 300'000},
                                  {Stage::Adoption, 2, 1'500'000},
                                  {Stage::Expansion, 0, 0},
                                  {Stage::ChurnPrevention, 1, 2'000'000}}));
        QCOMPARE(b.queries(csmScope("Sato")).arrByStage()->at(1), (StageArr{Stage::Adoption, 2, 1'500'000}));
        QCOMPARE(b.queries(csmScope("Sato")).arrByStage()->at(3).accounts, 0);
    }

    // A (1,000,000) x3 and B (500,000) x1: weighted 3,500,000; C (2,000,000) alone: 2,000,000.
    void vocByKind()
    {
        PortfolioBook b;
        VocService voc(*b.book);
        VocEntry e;
        e.text = QStringLiteral("PDF");
        e.kind = VocKind::FeatureRequest;
        e.loggedOn = date("2026-10-01");
        e.links = {{1, Importance::Dealbreaker}, {2, Importance::NiceToHave}};
        QVERIFY(voc.add(e));
        e.kind = VocKind::Bug;
        e.target = VocTarget::Both;
        e.links = {{3, Importance::Important}};
        QVERIFY(voc.add(e));
        e.loggedOn = date("2025-10-01");   // outside FY2026
        QVERIFY(voc.add(e));
        const Period fy = *Period::parse(QStringLiteral("FY2026"), 4);
        QCOMPARE(*b.queries().vocByKind(fy),
                 (QList<VocGroup>{{QStringLiteral("bug"), QStringLiteral("both"), 1, 4'000'000},
                                  {QStringLiteral("feature-request"), QStringLiteral("product"), 1, 3'500'000}}));
        QCOMPARE(*b.queries(csmScope("Tanaka")).vocByKind(fy),
                 (QList<VocGroup>{{QStringLiteral("bug"), QStringLiteral("both"), 1, 4'000'000}}));
    }

    // From 2026-11-23: A on 12-10 (red), B on 01-15, C on 02-10 (churn prevention); E churned.
    void renewalWindows()
    {
        PortfolioBook b;
        const Date today = date("2026-11-23");
        const auto rows = *b.queries().renewalWindows(today, {30, 60, 90});
        QCOMPARE(rows, (QList<RenewalBucket>{
                           {today, date("2026-12-23"), 1, 1'000'000, 1, 1'000'000},
                           {today, date("2027-01-22"), 2, 1'500'000, 1, 1'000'000},
                           {today, date("2027-02-21"), 3, 3'500'000, 2, 3'000'000}}));
        const auto tanaka = *b.queries(csmScope("Tanaka")).renewalWindows(today, {30, 90});
        QCOMPARE(tanaka.at(0).accounts, 0);
        QCOMPARE(tanaka.at(1), (RenewalBucket{today, date("2027-02-21"), 1, 2'000'000, 1, 2'000'000}));
    }

    void renewalsByMonth()
    {
        PortfolioBook b;
        const auto rows = *b.queries().renewalsByMonth(date("2026-11-23"), 12);
        QCOMPARE(rows.size(), 12);
        QCOMPARE(rows[0], (RenewalBucket{date("2026-11-23"), date("2026-11-30")}));
        QCOMPARE(rows[1], (RenewalBucket{date("2026-12-01"), date("2026-12-31"), 1, 1'000'000, 1, 1'000'000}));
        QCOMPARE(rows[2], (RenewalBucket{date("2027-01-01"), date("2027-01-31"), 1, 500'000, 0, 0}));
        QCOMPARE(rows[3], (RenewalBucket{date("2027-02-01"), date("2027-02-28"), 1, 2'000'000, 1, 2'000'000}));
        QCOMPARE(rows[7], (RenewalBucket{date("2027-06-01"), date("2027-06-30"), 1, 300'000, 0, 0}));
        QCOMPARE(rows[11].to, date("2027-10-31"));
        qint64 accounts = 0;
        for (const RenewalBucket &row : rows)
            accounts += row.accounts;
        QCOMPARE(accounts, 4);
    }

    // FY2026: E (Referral, Starter, 400,000) on 2026-06-30, F (Webinar, Enterprise, 800,000) on
    // 2026-09-15; most churned ARR first. E churned 14 months after its start, F 17: early churn
    // only when that is within 15 months.
    void churnBy_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("period");
        QTest::addColumn<PortfolioScope>("scope");
        QTest::addColumn<QList<ChurnGroup>>("expected");
        const int source = int(PortfolioQueries::ChurnField::Source);
        const int plan = int(PortfolioQueries::ChurnField::Plan);
        QTest::newRow("source FY2026") << 6 << source << u"FY2026"_qs << PortfolioScope()
                                       << QList<ChurnGroup>{{u"Webinar"_qs, 1, 800'000},
                                                            {u"Referral"_qs, 1, 400'000}};
        QTest::newRow("plan FY2026") << 6 << plan << u"FY2026"_qs << PortfolioScope()
                                     << QList<ChurnGroup>{{u"Enterprise"_qs, 1, 800'000},
                                                          {u"Starter"_qs, 1, 400'000}};
        QTest::newRow("plan 2026-Q3") << 6 << plan << u"2026-Q3"_qs << PortfolioScope()
                                      << QList<ChurnGroup>{{u"Enterprise"_qs, 1, 800'000}};
        QTest::newRow("source, Sato") << 6 << source << u"FY2026"_qs << csmScope("Sato")
                                      << QList<ChurnGroup>{{u"Webinar"_qs, 1, 800'000}};
        QTest::newRow("FY2025: none") << 6 << source << u"FY2025"_qs << PortfolioScope()
                                      << QList<ChurnGroup>{};
        QTest::newRow("early within 15 months") << 15 << source << u"FY2026"_qs << PortfolioScope()
                                                << QList<ChurnGroup>{{u"Webinar"_qs, 1, 800'000, 0},
                                                                     {u"Referral"_qs, 1, 400'000, 1}};
    }
    void churnBy()
    {
        QFETCH(int, months);
        QFETCH(int, field);
        QFETCH(QString, period);
        QFETCH(PortfolioScope, scope);
        QFETCH(QList<ChurnGroup>, expected);
        PortfolioBook b;
        const Period p = must(Period::parse(period, 4));
        QCOMPARE(*b.queries(scope).churnBy(PortfolioQueries::ChurnField(field), p, months), expected);
    }

    // 2025-Q2: E 40 days, F 30 -> 35. 2026-Q1: A 30, B 40, C 20 -> 30. 2026-Q3: D still in it.
    void onboardingByCohort()
    {
        PortfolioBook b;
        const auto rows = *b.queries().onboardingByCohort(date("2026-11-23"), 8, 4);
        QCOMPARE(rows.size(), 8);
        // Fiscal quarters of an April year: FY2024-Q4 (2025-01..03) to FY2026-Q3 (2026-10..12).
        QCOMPARE(rows.constFirst().quarter, Period::fiscalQuarter(2024, 4, 4));
        QCOMPARE(rows.constLast().quarter, Period::fiscalQuarter(2026, 3, 4));
        QCOMPARE(rows[1].finished, 2);
        COMPARE_RATIO(rows[1].medianDays, 35.0);
        QCOMPARE(rows[4].finished, 3);
        COMPARE_RATIO(rows[4].medianDays, 30.0);
        QCOMPARE(rows[6].finished, 0);
        QCOMPARE(rows[6].ongoing, 1);
        COMPARE_RATIO(rows[6].medianDays, NA);
        COMPARE_RATIO(rows[0].medianDays, NA);

        const auto sato = *b.queries(csmScope("Sato")).onboardingByCohort(date("2026-11-23"), 8, 4);
        COMPARE_RATIO(sato[1].medianDays, 30.0);
        COMPARE_RATIO(sato[4].medianDays, 35.0);
        QCOMPARE(sato[6].ongoing, 0);
    }

    // Sato's FY2026: A, B and F active at the start (2,300,000), F churns (800,000).
    void kpiEngineScope()
    {
        PortfolioBook b;
        KpiSettings settings;
        const Period fy = must(Period::parse(u"FY2026"_qs, 4));
        const KpiRow sato = must(KpiEngine(*b.book, csmScope("Sato"))
                                     .compute(fy, KpiGrouping::None, settings, date("2026-11-23")))
                                .total;
        QCOMPARE(sato.counts.accountsStart, 3);
        QCOMPARE(sato.counts.startArr, 2'300'000);
        QCOMPARE(sato.counts.churnedFromStart, 1);
        QCOMPARE(sato.counts.churnedArr, 800'000);
        QCOMPARE(sato.counts.accountsEnd, 2);
        QCOMPARE(sato.counts.endArr, 1'500'000);
        COMPARE_RATIO(sato.grr, 1'500'000.0 / 2'300'000.0);

        // The touch models partition the book: their counts add up to the whole.
        const KpiRow all = must(KpiEngine(*b.book).compute(fy, KpiGrouping::None, settings,
                                                          date("2026-11-23"))).total;
        KpiCounts sum;
        for (Touch touch : {Touch::High, Touch::Low, Touch::Tech})
            sum += must(KpiEngine(*b.book, PortfolioScope{.touch = touch})
                            .compute(fy, KpiGrouping::None, settings, date("2026-11-23")))
                       .total.counts;
        QCOMPARE(sum, all.counts);
        QCOMPARE(all.counts.accountsStart, 5);
    }

    void report()
    {
        PortfolioBook b;
        PortfolioRequest request;
        request.period = must(Period::parse(u"FY2026"_qs, 4));
        request.today = date("2026-11-23");
        const PortfolioData data = must(PortfolioReport::compute(*b.book, request));
        QCOMPARE(data.current.counts.accountsStart, 5);
        // FY2026 is still running on 2026-11-23: measured to date, against FY2025's same
        // stretch (2025-04-01..2025-11-23), when E and F were new (A, B, C came later).
        QCOMPARE(data.request.period.last(), date("2026-11-23"));
        QVERIFY(data.request.period.isToDate());
        QCOMPARE(data.previous.counts.newAccounts, 2);
        QCOMPARE(data.retention.size(), 12);
        QCOMPARE(data.retention.constLast().period, Period::month(2026, 11));
        QCOMPARE(data.renewalWindows.size(), 3);
        QCOMPARE(data.onboarding.size(), 8);

        request.trendStep = PortfolioRequest::TrendStep::Quarter;
        const QList<Period> quarters = PortfolioReport::trendPeriods(request, 4);
        QCOMPARE(quarters.size(), 8);
        QCOMPARE(quarters.constFirst(), Period::fiscalQuarter(2024, 4, 4));
        QCOMPARE(quarters.constLast(), Period::fiscalQuarter(2026, 3, 4));
        QCOMPARE(quarters.constLast().label(), u"FY2026-Q3"_qs);
        // A fiscal year from November: its quarters start in November, February, May, August.
        const QList<Period> november = PortfolioReport::trendPeriods(request, 11);
        QCOMPARE(november.constLast(), Period::fiscalQuarter(2026, 1, 11));
        QCOMPARE(Dates::toIso(november.constLast().first()), u"2026-11-01"_qs);

        std::atomic_bool cancel{true};
        const auto cancelled = PortfolioReport::compute(*b.book, request, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY2(cancelled.error().message.contains(u"the portfolio computation was cancelled"_qs),
                 qPrintable(cancelled.error().message));
    }

    // Another thread's read-only Book on the same file sees the same figures.
    void readOnlyBook()
    {
        PortfolioBook b;
        auto reader = must(Book::openForReading(b.path));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(*PortfolioQueries(*reader).healthByCsm(), *b.queries().healthByCsm());
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestPortfolioQueries)
#include "tst_portfolio_queries.moc"
