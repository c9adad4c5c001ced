// SPDX-License-Identifier: MIT
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "metrics/Cohorts.h"

using namespace csw;
using namespace kpitest;

namespace {

// January 2026: A (100,000, up to 150,000 on 03-15) stays; B (100,000) churns on 04-01.
// February 2026: C (200,000) churns on 03-01 and comes back on 06-01 at 100,000.
struct CohortBook : KpiBook
{
    CohortBook()
    {
        const qint64 a = add("A", 100'000, "2026-01-10");
        setArr(a, 150'000, "2026-03-15");
        const qint64 b = add("B", 100'000, "2026-01-20");
        churn(b, "2026-04-01");
        const qint64 c = add("C", 200'000, "2026-02-05", "Tanaka");
        churn(c, "2026-03-01");
        reactivate(c, "2026-06-01", 100'000);
    }

    QList<CohortRow> rows(CohortRequest::Step step, const QString &csm = {})
    {
        CohortRequest request;
        request.scope.csm = csm;
        request.step = step;
        request.months = 12;
        request.today = date("2026-11-23");
        return must(Cohorts::compute(*book, request));
    }
};

const CohortRow &rowOf(const QList<CohortRow> &rows, const QString &label)
{
    static const CohortRow none;
    for (const CohortRow &r : rows) {
        if (r.cohort.label() == label)
            return r;
    }
    return none;
}

} // namespace

// Logo and ARR retention by start cohort, each account measured on its start day + k months;
// worked out by hand.
class TestCohorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void byMonth_data()
    {
        QTest::addColumn<QString>("cohort");
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("logo");
        QTest::addColumn<double>("arr");
        QTest::newRow("January, start") << "2026-01" << 0 << 1.0 << 1.0;
        QTest::newRow("January, before A's upsell") << "2026-01" << 2 << 1.0 << 1.0;
        QTest::newRow("January, B gone, A up") << "2026-01" << 3 << 0.5 << 0.75;
        QTest::newRow("January, last month known") << "2026-01" << 9 << 0.5 << 0.75;
        QTest::newRow("January, not reached yet") << "2026-01" << 10 << NA << NA;
        QTest::newRow("February, start") << "2026-02" << 0 << 1.0 << 1.0;
        QTest::newRow("February, C churned") << "2026-02" << 1 << 0.0 << 0.0;
        QTest::newRow("February, C back at half") << "2026-02" << 4 << 1.0 << 0.5;
        QTest::newRow("March, nobody started") << "2026-03" << 0 << NA << NA;
    }
    void byMonth()
    {
        QFETCH(QString, cohort);
        QFETCH(int, month);
        QFETCH(double, logo);
        QFETCH(double, arr);
        CohortBook b;
        const QList<CohortRow> rows = b.rows(CohortRequest::Step::Month);
        QCOMPARE(rows.size(), 13);   // 2025-11 to 2026-11
        QCOMPARE(rows.constFirst().cohort.label(), u"2025-11"_qs);
        const CohortRow &row = rowOf(rows, cohort);
        QCOMPARE(row.logo.size(), 13);
        COMPARE_RATIO(row.logo.value(month), logo);
        COMPARE_RATIO(row.arr.value(month), arr);
    }

    void counts()
    {
        CohortBook b;
        const QList<CohortRow> rows = b.rows(CohortRequest::Step::Month);
        QCOMPARE(rowOf(rows, u"2026-01"_qs).accounts, qint64(2));
        QCOMPARE(rowOf(rows, u"2026-01"_qs).startArr, Minor(200'000));
        QCOMPARE(rowOf(rows, u"2026-02"_qs).startArr, Minor(200'000));
        QCOMPARE(rowOf(rows, u"2026-11"_qs).logo.constFirst(), std::nullopt);   // nobody, and not over
    }

    // A CSM's cohorts hold only their accounts: Tanaka has C alone.
    void withinAScope()
    {
        CohortBook b;
        const QList<CohortRow> rows = b.rows(CohortRequest::Step::Month, u"Tanaka"_qs);
        QCOMPARE(rowOf(rows, u"2026-01"_qs).accounts, qint64(0));
        QCOMPARE(rowOf(rows, u"2026-02"_qs).accounts, qint64(1));
    }

    // Fiscal quarters of an April year: FY2025-Q4 (2026-01..03) holds A, B and C.
    void byFiscalQuarter()
    {
        CohortBook b;
        const QList<CohortRow> rows = b.rows(CohortRequest::Step::Quarter);
        const CohortRow &q = rowOf(rows, u"FY2025-Q4"_qs);
        QCOMPARE(q.accounts, qint64(3));
        QCOMPARE(q.startArr, Minor(400'000));
        COMPARE_RATIO(q.logo.value(0), 1.0);
        COMPARE_RATIO(q.logo.value(1), 2.0 / 3);   // C churned before its first month was out
        COMPARE_RATIO(q.arr.value(1), 0.5);        // A and B at 100,000 each, of 400,000
        COMPARE_RATIO(q.logo.value(4), 2.0 / 3);   // B gone, C back
        COMPARE_RATIO(q.arr.value(4), 250.0 / 400); // A 150,000 and C 100,000
    }

private:
    const FakeToday m_today{"2030-01-01"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
