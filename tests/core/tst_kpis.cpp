// SPDX-License-Identifier: MIT
#include "../FakeToday.h"
#include "KpiFixture.h"

#include <QSqlQuery>

#include "accounts/AccountRepository.h"
#include "book/BookMaintenance.h"
#include "demo/DemoGenerator.h"
#include "stages/StageRepository.h"

using namespace csw;
using namespace kpitest;

// The KPI engine on small books whose figures are worked out by hand, one edge case each.
// The period is FY2026 (2026-04-01..2027-03-31, April start) unless a test says otherwise.
class TestKpis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // History may not be dated after today; these books are written from 2030.

    void emptyBookIsAllZeroAndNa()
    {
        KpiBook b;
        for (KpiGrouping by : {KpiGrouping::None, KpiGrouping::Csm}) {
            const KpiReport r = b.report("FY2026", by);
            QVERIFY(r.groups.isEmpty());
            QVERIFY(r.total.total);
            QCOMPARE(r.total.counts, KpiCounts());
            COMPARE_RATIO(r.total.logoChurnRate, NA);
            COMPARE_RATIO(r.total.grr, NA);
            COMPARE_RATIO(r.total.nrr, NA);
            COMPARE_RATIO(r.total.renewalRate, NA);
            COMPARE_RATIO(r.total.nps, NA);
            QVERIFY(!r.total.arpa);
            QVERIFY(!r.total.ltv);
        }
    }

    // A churns in June and comes back in September at a lower ARR; B churned before the
    // period and comes back in May. A counts as churned (logo and ARR) and its return as
    // expansion; B is not in the starting cohort and is not a new account either.
    void churnAndReactivationInsideAPeriod()
    {
        KpiBook b;
        const qint64 a = b.add("A", 1'000'000, "2025-04-01");
        b.churn(a, "2026-06-30");
        b.reactivate(a, "2026-09-01", 800'000);
        const qint64 c = b.add("B", 500'000, "2025-01-01");
        b.churn(c, "2025-12-31");
        b.reactivate(c, "2026-05-01", 600'000);

        const KpiRow year = b.report("FY2026").total;
        QCOMPARE(year.counts, (KpiCounts{.accountsStart = 1, .accountsEnd = 2, .newAccounts = 0,
                                         .churnedAccounts = 1, .churnedFromStart = 1,
                                         .startArr = 1'000'000, .expansionArr = 800'000,
                                         .contractionArr = 0, .churnedArr = 1'000'000,
                                         .endArr = 1'400'000}));
        COMPARE_RATIO(year.logoChurnRate, 1.0);
        COMPARE_RATIO(year.grr, 0.0);
        COMPARE_RATIO(year.nrr, 0.8);
        QCOMPARE(year.arpa, std::optional<Minor>(700'000));
        // (700,000 / 12) x 80 % / (100 % / 12 months)
        QCOMPARE(year.ltv, std::optional<Minor>(560'000));

        // June: both active at the start (B came back in May); A churns on the last day.
        const KpiRow june = b.report("2026-06").total;
        QCOMPARE(june.counts, (KpiCounts{.accountsStart = 2, .accountsEnd = 1,
                                         .churnedAccounts = 1, .churnedFromStart = 1,
                                         .startArr = 1'600'000, .churnedArr = 1'000'000,
                                         .endArr = 600'000}));
        COMPARE_RATIO(june.grr, 0.375);
        COMPARE_RATIO(june.nrr, 0.375);

        // Q3: A was churned at the start, so its return is outside the cohort.
        const KpiRow q3 = b.report("2026-Q3").total;
        QCOMPARE(q3.counts, (KpiCounts{.accountsStart = 1, .accountsEnd = 2, .startArr = 600'000,
                                       .endArr = 1'400'000}));
        COMPARE_RATIO(q3.logoChurnRate, 0.0);
        COMPARE_RATIO(q3.grr, 1.0);
        COMPARE_RATIO(q3.nrr, 1.0);
        QVERIFY(!q3.ltv);   // no churn: LTV has no end
    }

    void churnAndReturnOnTheSameDay()
    {
        KpiBook b;
        const qint64 a = b.add("A", 900'000, "2025-04-01");
        b.churn(a, "2026-06-30");
        b.reactivate(a, "2026-06-30", 900'000);
        const KpiRow june = b.report("2026-06").total;
        QCOMPARE(june.counts, (KpiCounts{.accountsStart = 1, .accountsEnd = 1,
                                         .churnedAccounts = 1, .churnedFromStart = 1,
                                         .startArr = 900'000, .expansionArr = 900'000,
                                         .churnedArr = 900'000, .endArr = 900'000}));
        COMPARE_RATIO(june.grr, 0.0);
        COMPARE_RATIO(june.nrr, 1.0);
        QCOMPARE(b.report("2026-07").total.counts.accountsStart, qint64(1));
    }

    // Moves are counted as they happened: the rise is expansion, the fall contraction, even
    // though the account ends below where it started only by the difference.
    void expansionThenContraction()
    {
        KpiBook b;
        const qint64 a = b.add("A", 1'200'000, "2025-06-01");
        b.setArr(a, 1'500'000, "2026-05-01");
        b.setArr(a, 1'000'000, "2026-10-01");
        const KpiRow year = b.report("FY2026").total;
        QCOMPARE(year.counts, (KpiCounts{.accountsStart = 1, .accountsEnd = 1,
                                         .startArr = 1'200'000, .expansionArr = 300'000,
                                         .contractionArr = 500'000, .endArr = 1'000'000}));
        COMPARE_RATIO(year.grr, 700'000.0 / 1'200'000.0);
        COMPARE_RATIO(year.nrr, 1'000'000.0 / 1'200'000.0);
        QCOMPARE(year.arpa, std::optional<Minor>(1'000'000));
        const KpiRow next = b.report("FY2027").total;
        QCOMPARE(next.counts.startArr, Minor(1'000'000));
        COMPARE_RATIO(next.grr, 1.0);
        COMPARE_RATIO(next.nrr, 1.0);
    }

    // Accounts that start in the period are new, not part of the cohort that GRR and NRR
    // follow: their expansion and churn do not move those ratios.
    void accountsCreatedMidPeriod()
    {
        KpiBook b;
        b.add("Old", 1'000'000, "2025-01-01");
        const qint64 d = b.add("D", 600'000, "2026-07-15");
        b.setArr(d, 900'000, "2026-12-01");
        const qint64 e = b.add("E", 300'000, "2026-10-01");
        b.churn(e, "2027-02-01");
        const KpiRow year = b.report("FY2026").total;
        // E churned four months after it began: early churn (within 6 months).
        QCOMPARE(year.counts, (KpiCounts{.accountsStart = 1, .accountsEnd = 2, .newAccounts = 2,
                                         .churnedAccounts = 1, .churnedFromStart = 0, .earlyChurned = 1,
                                         .startArr = 1'000'000, .endArr = 1'900'000}));
        COMPARE_RATIO(year.logoChurnRate, 0.0);
        COMPARE_RATIO(year.grr, 1.0);
        COMPARE_RATIO(year.nrr, 1.0);
        QCOMPARE(year.arpa, std::optional<Minor>(950'000));
        QVERIFY(!year.ltv);
    }

    void fiscalYearBoundaries_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("churn");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<int>("atStart");
        QTest::addColumn<int>("atEnd");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("churned");
        QTest::newRow("started the day before") << "2026-03-31" << "" << 4 << 1 << 1 << 0 << 0;
        QTest::newRow("started on April 1") << "2026-04-01" << "" << 4 << 0 << 1 << 1 << 0;
        QTest::newRow("started on March 31") << "2027-03-31" << "" << 4 << 0 << 1 << 1 << 0;
        QTest::newRow("started the day after") << "2027-04-01" << "" << 4 << 0 << 0 << 0 << 0;
        QTest::newRow("churned the day before") << "2025-04-01" << "2026-03-31" << 4 << 0 << 0 << 0 << 0;
        QTest::newRow("churned on April 1") << "2025-04-01" << "2026-04-01" << 4 << 1 << 0 << 0 << 1;
        QTest::newRow("churned on March 31") << "2025-04-01" << "2027-03-31" << 4 << 1 << 0 << 0 << 1;
        QTest::newRow("churned the day after") << "2025-04-01" << "2027-04-01" << 4 << 1 << 1 << 0 << 0;
        QTest::newRow("January year, started Dec 31") << "2025-12-31" << "" << 1 << 1 << 1 << 0 << 0;
        QTest::newRow("January year, started Jan 1") << "2026-01-01" << "" << 1 << 0 << 1 << 1 << 0;
        QTest::newRow("January year, churned Dec 31") << "2025-01-01" << "2026-12-31" << 1 << 1 << 0 << 0 << 1;
        QTest::newRow("January year, churned Jan 1 after") << "2025-01-01" << "2027-01-01" << 1 << 1 << 1 << 0 << 0;
    }
    void fiscalYearBoundaries()
    {
        QFETCH(QString, start);
        QFETCH(QString, churn);
        QFETCH(int, fiscalStart);
        QFETCH(int, atStart);
        QFETCH(int, atEnd);
        QFETCH(int, added);
        QFETCH(int, churned);
        KpiBook b;
        const qint64 a = b.add("A", 1'200'000, start.toLatin1().constData());
        if (!churn.isEmpty())
            b.churn(a, churn.toLatin1().constData());
        const KpiCounts c = b.report("FY2026", KpiGrouping::None, fiscalStart).total.counts;
        QCOMPARE(c.accountsStart, qint64(atStart));
        QCOMPARE(c.accountsEnd, qint64(atEnd));
        QCOMPARE(c.newAccounts, qint64(added));
        QCOMPARE(c.churnedAccounts, qint64(churned));
        QCOMPARE(c.startArr, atStart ? Minor(1'200'000) : Minor(0));
        QCOMPARE(c.churnedArr, atStart && churned ? Minor(1'200'000) : Minor(0));
    }

    // L1 renews on its renewal date, Feb 29; L2 churns that day.
    void leapDays()
    {
        KpiBook b;
        const qint64 l1 = b.add("L1", 1'200'000, "2023-03-01", "Sato", "2024-02-29");
        b.renew(l1, "2024-02-29");
        QCOMPARE(AccountRepository(*b.book).get(l1)->renewalOn, std::optional(date("2025-02-28")));
        const qint64 l2 = b.add("L2", 600'000, "2023-06-01");
        b.churn(l2, "2024-02-29");

        const KpiRow feb = b.report("2024-02").total;
        QCOMPARE(feb.counts, (KpiCounts{.accountsStart = 2, .accountsEnd = 1,
                                        .churnedAccounts = 1, .churnedFromStart = 1,
                                        .startArr = 1'800'000, .churnedArr = 600'000,
                                        .endArr = 1'200'000, .renewalsDue = 1, .renewalsDone = 1,
                                        .renewalArrDue = 1'200'000, .renewalArrDone = 1'200'000}));
        COMPARE_RATIO(feb.logoChurnRate, 0.5);
        COMPARE_RATIO(feb.grr, 2.0 / 3.0);
        COMPARE_RATIO(feb.renewalRate, 1.0);
        // (1,200,000 / 12) x 80 % / (50 % a month)
        QCOMPARE(feb.ltv, std::optional<Minor>(160'000));

        QCOMPARE(b.report("2024-02-29..2024-02-29").total.counts, feb.counts);

        // FY2023 with a March start ends on the leap day: both accounts are new in it.
        const KpiRow year = b.report("FY2023", KpiGrouping::None, 3).total;
        QCOMPARE(year.counts, (KpiCounts{.accountsStart = 0, .accountsEnd = 1, .newAccounts = 2,
                                         .churnedAccounts = 1, .endArr = 1'200'000,
                                         .renewalsDue = 1, .renewalsDone = 1,
                                         .renewalArrDue = 1'200'000, .renewalArrDone = 1'200'000}));
        COMPARE_RATIO(year.logoChurnRate, NA);
        COMPARE_RATIO(year.grr, NA);

        const KpiRow march = b.report("2024-03").total;
        QCOMPARE(march.counts.accountsStart, qint64(1));
        QCOMPARE(march.counts.renewalsDue, qint64(0));
    }

    void renewals_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("due");
        QTest::addColumn<int>("done");
        QTest::addColumn<double>("rate");
        QTest::newRow("during the year") << "2026-11-23" << "FY2026" << 3 << 1 << 1.0 / 3.0;
        QTest::newRow("after R3's date") << "2027-02-15" << "FY2026" << 4 << 1 << 0.25;
        QTest::newRow("a late renewal counts where it was due") << "2026-11-23" << "FY2025" << 1 << 1 << 1.0;
        QTest::newRow("a future period") << "2026-11-23" << "FY2028" << 0 << 0 << NA;
    }
    void renewals()
    {
        QFETCH(QString, today);
        QFETCH(QString, period);
        QFETCH(int, due);
        QFETCH(int, done);
        QFETCH(double, rate);
        KpiBook b;
        b.renew(b.add("R1 renewed early", 100, "2025-04-01", "Sato", "2026-06-30"), "2026-06-25");
        b.add("R2 overdue", 100, "2025-04-01", "Sato", "2026-08-31");
        b.add("R3 not yet due", 100, "2025-04-01", "Sato", "2027-01-31");
        b.churn(b.add("R4 churned before its date", 100, "2025-04-01", "Sato", "2026-12-31"),
                "2026-10-15");
        b.churn(b.add("R5 churned last year", 100, "2025-04-01", "Sato", "2026-05-31"),
                "2026-02-01");
        b.renew(b.add("R6 renewed late", 100, "2025-04-01", "Sato", "2026-03-31"), "2026-04-05");
        const KpiRow row = b.report(period.toLatin1().constData(), KpiGrouping::None, 4,
                                    today.toLatin1().constData())
                               .total;
        QCOMPARE(row.counts.renewalsDue, qint64(due));
        QCOMPARE(row.counts.renewalsDone, qint64(done));
        COMPARE_RATIO(row.renewalRate, rate);
    }

    // The renewal rate by ARR beside the count: the ARR up for renewal in the period and the
    // part of it renewed. A monthly contract that renewed three times counts once; an overdue
    // renewal counts its ARR now, one churned before its date the ARR it lost.
    void renewalRateByArr()
    {
        KpiBook b;
        b.renew(b.add("Big renewed", 1'000'000, "2025-04-01", "Sato", "2026-06-30"), "2026-06-25");
        b.add("Overdue", 300'000, "2025-04-01", "Sato", "2026-08-31");
        b.churn(b.add("Churned before its date", 200'000, "2025-04-01", "Sato", "2026-12-31"), "2026-10-15");
        const qint64 monthly = b.add("Monthly", 100'000, "2026-03-01", "Sato", "2026-05-01");
        for (const char *on : {"2026-05-01", "2026-06-01", "2026-07-01"})
            must(b.life.renew(monthly, date(on), std::nullopt, 1));
        const KpiRow row = b.report("FY2026", KpiGrouping::None, 4, "2027-01-15").total;
        QCOMPARE(row.counts.renewalsDue, qint64(4));     // the monthly contract once
        QCOMPARE(row.counts.renewalsDone, qint64(2));
        QCOMPARE(row.counts.renewalArrDue, Minor(1'600'000));   // 1,000,000 + 300,000 + 200,000 + 100,000
        QCOMPARE(row.counts.renewalArrDone, Minor(1'100'000));
        COMPARE_RATIO(row.renewalRate, 0.5);
        COMPARE_RATIO(row.renewalRateArr, 1'100'000.0 / 1'600'000);
    }

    // Groups by the account's current CSM, sorted, accounts without one last; a group with no
    // account active at the start has n/a ratios; the groups add up to the total.
    void groupsByCsm()
    {
        KpiBook b;
        b.add("S1", 1'000'000, "2025-04-01", "Sato");
        b.churn(b.add("S2", 500'000, "2025-04-01", "Sato"), "2026-09-30");
        b.setArr(b.add("T1", 2'000'000, "2025-04-01", "Tanaka"), 2'400'000, "2026-06-01");
        b.add("N1", 300'000, "2025-04-01", nullptr);
        b.add("U1", 700'000, "2027-05-01", "Suzuki");   // starts after the period

        const KpiReport r = b.report("FY2026", KpiGrouping::Csm);
        QCOMPARE(r.groups.size(), 4);
        QCOMPARE(r.groups[0].group, QStringLiteral("Sato"));
        QCOMPARE(r.groups[1].group, QStringLiteral("Suzuki"));
        QCOMPARE(r.groups[2].group, QStringLiteral("Tanaka"));
        QVERIFY(r.groups[3].group.isNull());

        const KpiRow &sato = r.groups[0];
        QCOMPARE(sato.counts, (KpiCounts{.accountsStart = 2, .accountsEnd = 1,
                                         .churnedAccounts = 1, .churnedFromStart = 1,
                                         .startArr = 1'500'000, .churnedArr = 500'000,
                                         .endArr = 1'000'000}));
        COMPARE_RATIO(sato.logoChurnRate, 0.5);
        COMPARE_RATIO(sato.grr, 1.0 / 1.5);
        // (1,000,000 / 12) x 80 % / (50 % / 12)
        QCOMPARE(sato.ltv, std::optional<Minor>(1'600'000));

        const KpiRow &suzuki = r.groups[1];
        QCOMPARE(suzuki.counts, KpiCounts());
        COMPARE_RATIO(suzuki.logoChurnRate, NA);
        COMPARE_RATIO(suzuki.grr, NA);
        COMPARE_RATIO(suzuki.nrr, NA);
        QVERIFY(!suzuki.arpa);

        COMPARE_RATIO(r.groups[2].nrr, 1.2);
        COMPARE_RATIO(r.groups[2].grr, 1.0);
        QCOMPARE(r.groups[3].counts.startArr, Minor(300'000));

        KpiCounts sum;
        for (const KpiRow &row : r.groups)
            sum += row.counts;
        QCOMPARE(r.total.counts, sum);
        QCOMPARE(b.report("FY2026").total.counts, sum);
    }

    // Early churn: churned within the book's early-churn months of beginning (6 by default),
    // counted per group (marketing's "are we acquiring the wrong customers?" by source).
    void earlyChurn_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("early");
        QTest::newRow("within 6 months") << 6 << qint64(2);   // Q (4 months) and R (5 months 30 days)
        QTest::newRow("within 5 months") << 5 << qint64(1);   // only Q
        QTest::newRow("within 12 months") << 12 << qint64(3); // S too (11 months)
    }
    void earlyChurn()
    {
        QFETCH(int, months);
        QFETCH(qint64, early);
        KpiBook b;
        const qint64 q = b.add("Q", 100'000, "2026-05-01");
        b.churn(q, "2026-09-01");
        const qint64 r = b.add("R", 100'000, "2026-04-02");
        b.churn(r, "2026-10-01");   // a day short of 6 months
        const qint64 s = b.add("S", 100'000, "2025-06-01");
        b.churn(s, "2026-05-01");
        const qint64 t = b.add("T", 100'000, "2024-01-01");
        b.churn(t, "2026-06-01");
        KpiSettings settings;
        settings.earlyChurnMonths = months;
        const KpiRow year = must(KpiEngine(*b.book).compute(must(Period::parse(u"FY2026"_qs, 4)), KpiGrouping::None,
                                                             settings, date("2030-01-01")))
                                .total;
        QCOMPARE(year.counts.churnedAccounts, qint64(4));
        QCOMPARE(year.counts.earlyChurned, early);
        COMPARE_RATIO(year.earlyChurnShare, double(early) / 4);
    }

    // The setting is kept in the book and refused outside 1-36.
    void earlyChurnSetting()
    {
        KpiBook b;
        QCOMPARE(must(KpiSettings::load(*b.book)).earlyChurnMonths, 6);
        QVERIFY(KpiSettings::save(*b.book, std::nullopt, std::nullopt, 9));
        QCOMPARE(must(KpiSettings::load(*b.book)).earlyChurnMonths, 9);
        const Status refused = KpiSettings::save(*b.book, std::nullopt, std::nullopt, 37);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(must(KpiSettings::load(*b.book)).earlyChurnMonths, 9);
        for (const QString &text : {u"0"_qs, u"six"_qs}) {
            const auto parsed = KpiSettings::parseEarlyChurnMonths(text);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
            QVERIFY2(parsed.error().message.contains(u"from 1 to 36, not '%1'"_qs.arg(text)),
                     qPrintable(parsed.error().message));
        }
        // The other settings' refusals are of the same kind.
        QCOMPARE(KpiSettings::parseFiscalYearStartMonth(u"13"_qs).error().kind, ErrorKind::Invalid);
        QCOMPARE(KpiSettings::parseGrossMarginPercent(u"101%"_qs).error().kind, ErrorKind::Invalid);
    }

    // Revenue churn beside logo churn: churned ARR over the ARR at the start; net revenue
    // churn also nets contraction and expansion (1 - NRR), negative when expansion wins.
    void revenueChurn_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("churned");
        QTest::addColumn<qint64>("contraction");
        QTest::addColumn<qint64>("expansion");
        QTest::addColumn<double>("revenue");
        QTest::addColumn<double>("net");
        QTest::newRow("churn and contraction") << qint64(1'000'000) << qint64(200'000) << qint64(50'000)
                                                << qint64(100'000) << 0.2 << 0.15;
        QTest::newRow("expansion wins") << qint64(3'800'000) << qint64(800'000) << qint64(0) << qint64(1'200'000)
                                        << 800.0 / 3800 << -400.0 / 3800;
        QTest::newRow("nothing moved") << qint64(500'000) << qint64(0) << qint64(0) << qint64(0) << 0.0 << 0.0;
    }
    void revenueChurn()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, churned);
        QFETCH(qint64, contraction);
        QFETCH(qint64, expansion);
        QFETCH(double, revenue);
        QFETCH(double, net);
        KpiCounts c;
        c.accountsStart = 3;
        c.startArr = start;
        c.churnedArr = churned;
        c.contractionArr = contraction;
        c.expansionArr = expansion;
        const KpiRow row = KpiRow::make(QString(), c, 12, 80);
        QVERIFY(qAbs(*row.revenueChurnRate - revenue) < 1e-12);
        QVERIFY(qAbs(*row.netRevenueChurnRate - net) < 1e-12);
        QVERIFY(qAbs(*row.netRevenueChurnRate - (1 - *row.nrr)) < 1e-12);
        // No ARR at the start: n/a, not zero.
        c.startArr = 0;
        QVERIFY(!KpiRow::make(QString(), c, 12, 80).revenueChurnRate);
    }

    void npsFromAnswersInThePeriod()
    {
        KpiBook b;
        const qint64 sato = b.add("S1", 1'000'000, "2025-04-01", "Sato");
        const qint64 tanaka = b.add("T1", 1'000'000, "2025-04-01", "Tanaka");
        QSqlQuery q(b.book->database());
        // FY2026: Sato 10, 9, 7, 3 (2 promoters, 1 detractor of 4: +25); Tanaka 6, 0 (-100).
        for (const auto &[id, score, on] : {std::tuple{sato, 10, "2026-04-01"}, {sato, 9, "2026-10-01"},
                                            {sato, 7, "2027-03-31"}, {sato, 3, "2026-05-05"},
                                            {tanaka, 6, "2026-06-01"}, {tanaka, 0, "2026-07-01"},
                                            {tanaka, 10, "2026-03-31"}, {sato, 0, "2027-04-01"}}) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO nps_response (account_id, responded_on, score) "
                                          "VALUES (%1, '%2', %3)").arg(id).arg(QLatin1String(on)).arg(score)));
        }
        const KpiReport r = b.report("FY2026", KpiGrouping::Csm);
        COMPARE_RATIO(r.groups[0].nps, 25.0);
        COMPARE_RATIO(r.groups[1].nps, -100.0);
        // 6 answers: promoters 2, detractors 3.
        COMPARE_RATIO(r.total.nps, 100.0 * (2 - 3) / 6);
        QCOMPARE(r.total.counts.npsAnswers, 6);
        COMPARE_RATIO(b.report("2027-Q2").total.nps, -100.0);
        COMPARE_RATIO(b.report("2026-08").total.nps, NA);
    }

    // On a generated book, what is active at one period's end is what the next one starts
    // with, and each grouping adds up to the same total.
    void periodsChainOnADemoBook()
    {
        KpiBook b;
        QVERIFY(fillDemo(*b.book, 400));
        const Period year = *Period::parse(QStringLiteral("FY2025"), 4);
        std::optional<KpiCounts> before;
        for (const Period &m : year.splitMonths()) {
            const KpiCounts c = must(KpiEngine(*b.book).compute(m, KpiGrouping::None, {},
                                                                date("2026-11-23")))
                                    .total.counts;
            if (before) {
                QCOMPARE(c.accountsStart, before->accountsEnd);
                QCOMPARE(c.startArr, before->endArr);
            }
            QCOMPARE(c.accountsEnd, c.accountsStart + c.newAccounts - c.churnedAccounts);
            before = c;
        }
        const KpiCounts total = b.report("FY2025").total.counts;
        QVERIFY(total.accountsStart > 100);
        QVERIFY(total.churnedAccounts > 0);
        for (const QString &key : KpiEngine::groupingKeys()) {
            KpiCounts sum;
            for (const KpiRow &row : b.report("FY2025", *KpiEngine::groupingFromKey(key)).groups)
                sum += row.counts;
            QCOMPARE(sum, total);
        }
    }

    void reactivateRecordsTheReturn()
    {
        KpiBook b;
        const qint64 a = b.add("A", 1'000'000, "2025-04-01");
        b.churn(a, "2026-06-30");
        const auto back = b.life.reactivate(a, date("2026-09-01"), 800'000, QStringLiteral("戻り"));
        QVERIFY(back);
        const Account account = *AccountRepository(*b.book).get(a);
        QCOMPARE(account.stage, Stage::Adoption);
        QVERIFY(!account.churnedOn);
        QVERIFY(account.churnReason.isEmpty());
        QCOMPARE(account.arr, Minor(800'000));
        const ArrEvent last = ArrEventRepository(*b.book).forAccount(a)->last();
        QCOMPARE(last.kind, ArrChange::Reactivation);
        QCOMPARE(last.arrBefore, Minor(0));
        QCOMPARE(last.arrAfter, Minor(800'000));
        QCOMPARE(last.occurredOn, date("2026-09-01"));
        QCOMPARE(StageRepository(*b.book).events(a)->last().stage, Stage::Adoption);
        QCOMPARE(*BookMaintenance::problems(*b.book), QStringList());
        // Back in business: it can churn again.
        QVERIFY(b.life.churn(a, date("2026-12-01"), {}));
    }

    void reactivateRefuses_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("message");
        QTest::newRow("an active account") << "active" << "has not churned";
        QTest::newRow("before the churn") << "early" << "before account";
        QTest::newRow("in the future") << "future" << "future";
        QTest::newRow("a negative ARR") << "negative" << "negative";
        QTest::newRow("no such account") << "missing" << "no account";
    }
    void reactivateRefuses()
    {
        QFETCH(QString, case_);
        QFETCH(QString, message);
        KpiBook b;
        const qint64 active = b.add("Active", 1'000'000, "2025-04-01");
        const qint64 gone = b.add("Gone", 1'000'000, "2025-04-01");
        b.churn(gone, "2026-06-30");
        const QStringList before = dumpBook(*b.book);
        Expected<AccountChange> result = Error{};
        if (case_ == QLatin1String("active"))
            result = b.life.reactivate(active, date("2026-09-01"), 1);
        else if (case_ == QLatin1String("early"))
            result = b.life.reactivate(gone, date("2026-06-29"), 1);
        else if (case_ == QLatin1String("future"))
            result = b.life.reactivate(gone, date("2030-01-02"), 1);
        else if (case_ == QLatin1String("negative"))
            result = b.life.reactivate(gone, date("2026-09-01"), -1);
        else
            result = b.life.reactivate(4242, date("2026-09-01"), 1);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, case_ == QLatin1String("missing") ? ErrorKind::NotFound : ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(dumpBook(*b.book), before);
    }

    void reactivateIsUndoneExactly()
    {
        KpiBook b;
        const qint64 a = b.add("A", 1'000'000, "2025-04-01");
        b.churn(a, "2026-06-30");
        const QStringList before = dumpBook(*b.book);
        const auto back = b.life.reactivate(a, date("2026-07-01"), 0);
        QVERIFY(back);
        QCOMPARE(back->arrEvents.size(), 1);   // kept even at an ARR of 0
        QVERIFY(dumpBook(*b.book) != before);
        QVERIFY(b.life.revert(*back));
        QCOMPARE(dumpBook(*b.book), before);
        QVERIFY(AccountRepository(*b.book).get(a)->isChurned());
    }

private:
    const FakeToday m_today{"2030-01-01"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
