// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "metrics/Period.h"

#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

// Reporting periods: months, quarters, fiscal years and ranges, their boundaries (leap years,
// fiscal years starting in April or January), the period before, and bad text.
class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        const int month = int(Period::Kind::Month), quarter = int(Period::Kind::Quarter),
                  fiscal = int(Period::Kind::FiscalYear), range = int(Period::Kind::Range);
        QTest::newRow("month") << "2026-10" << 4 << "2026-10-01" << "2026-10-31" << "2026-10" << month;
        QTest::newRow("30-day month") << "2026-11" << 4 << "2026-11-01" << "2026-11-30" << "2026-11" << month;
        QTest::newRow("leap February") << "2024-02" << 4 << "2024-02-01" << "2024-02-29" << "2024-02" << month;
        QTest::newRow("common February") << "2026-02" << 4 << "2026-02-01" << "2026-02-28" << "2026-02" << month;
        QTest::newRow("2100 is not leap") << "2100-02" << 4 << "2100-02-01" << "2100-02-28" << "2100-02" << month;
        QTest::newRow("2000 is leap") << "2000-02" << 4 << "2000-02-01" << "2000-02-29" << "2000-02" << month;
        QTest::newRow("spaces around") << " 2026-10 " << 4 << "2026-10-01" << "2026-10-31" << "2026-10" << month;
        QTest::newRow("Q1") << "2026-Q1" << 4 << "2026-01-01" << "2026-03-31" << "2026-Q1" << quarter;
        QTest::newRow("Q3") << "2026-Q3" << 4 << "2026-07-01" << "2026-09-30" << "2026-Q3" << quarter;
        QTest::newRow("q4 lower case") << "2026-q4" << 4 << "2026-10-01" << "2026-12-31" << "2026-Q4" << quarter;
        QTest::newRow("FY April") << "FY2026" << 4 << "2026-04-01" << "2027-03-31" << "FY2026" << fiscal;
        QTest::newRow("FY January") << "FY2026" << 1 << "2026-01-01" << "2026-12-31" << "FY2026" << fiscal;
        QTest::newRow("FY December") << "FY2026" << 12 << "2026-12-01" << "2027-11-30" << "FY2026" << fiscal;
        QTest::newRow("FY March into a leap year") << "fy2023" << 3 << "2023-03-01" << "2024-02-29" << "FY2023" << fiscal;
        QTest::newRow("FY March, common year") << "FY2024" << 3 << "2024-03-01" << "2025-02-28" << "FY2024" << fiscal;
        QTest::newRow("FY April over a leap day") << "FY2023" << 4 << "2023-04-01" << "2024-03-31" << "FY2023" << fiscal;
        QTest::newRow("range") << "2026-04-01..2026-09-30" << 4 << "2026-04-01" << "2026-09-30"
                               << "2026-04-01..2026-09-30" << range;
        QTest::newRow("one leap day") << "2024-02-29..2024-02-29" << 4 << "2024-02-29" << "2024-02-29"
                                      << "2024-02-29..2024-02-29" << range;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, label);
        QFETCH(int, kind);
        const auto period = Period::parse(text, fiscalStart);
        QVERIFY2(period, qPrintable(period ? QString() : period.error().message));
        QCOMPARE(Dates::toIso(period->first()), first);
        QCOMPARE(Dates::toIso(period->last()), last);
        QCOMPARE(period->label(), label);
        QCOMPARE(int(period->kind()), kind);
        QCOMPARE(period->days(), Dates::daysBetween(date(first.toLatin1()), date(last.toLatin1())) + 1);
    }

    void badText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("a year alone") << "2026" << "not a period";
        QTest::newRow("month 13") << "2026-13" << "no month 13";
        QTest::newRow("month 0") << "2026-00" << "no month 0";
        QTest::newRow("Q5") << "2026-Q5" << "Q1 to Q4";
        QTest::newRow("Q0") << "2026-Q0" << "Q1 to Q4";
        QTest::newRow("two-digit FY") << "FY26" << "not a period";
        QTest::newRow("slashes") << "2026/10" << "not a period";
        QTest::newRow("full-width digits") << QStringLiteral("２０２６-10") << "not a period";
        QTest::newRow("words") << "last year" << "not a period";
        QTest::newRow("impossible day") << "2026-02-30..2026-03-31" << "2026-02-30";
        QTest::newRow("not a leap year") << "2026-02-01..2026-02-29" << "2026-02-29";
        QTest::newRow("backwards") << "2026-10-01..2026-09-30" << "ends before it starts";
        QTest::newRow("open end") << "2026-10-01.." << "not a date";
        QTest::newRow("open start") << "..2026-10-01" << "not a period";
        QTest::newRow("too early") << "1800-01" << "outside the years";
        QTest::newRow("too late") << "FY9998" << "outside the years";
    }
    void badText()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto period = Period::parse(text, 4);
        QVERIFY(!period);
        QCOMPARE(period.error().kind, ErrorKind::Invalid);
        QVERIFY2(period.error().message.contains(message), qPrintable(period.error().message));
    }

    void months_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("months");
        QTest::newRow("month") << "2024-02" << 1.0;
        QTest::newRow("quarter") << "2026-Q3" << 3.0;
        QTest::newRow("fiscal year") << "FY2026" << 12.0;
        QTest::newRow("half year") << "2026-04-01..2026-09-30" << 6.0;
        QTest::newRow("mid-month to mid-month") << "2026-04-15..2026-05-14" << 1.0;
        QTest::newRow("half of January") << "2026-01-01..2026-01-15" << 15.0 / 31.0;
        // Jan 29 to Feb 28 is a month; Feb 29 is one day of the 29 from Feb 29 to Mar 28.
        QTest::newRow("a month and a leap day") << "2024-01-29..2024-02-29" << 1.0 + 1.0 / 29.0;
    }
    void months()
    {
        QFETCH(QString, text);
        QFETCH(double, months);
        QCOMPARE(Period::parse(text, 4)->months(), months);
    }

    void previous_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("label");
        QTest::newRow("January") << "2026-01" << 4 << "2025-12-01" << "2025-12-31" << "2025-12";
        QTest::newRow("March after a leap February") << "2024-03" << 4 << "2024-02-01" << "2024-02-29" << "2024-02";
        QTest::newRow("Q1") << "2026-Q1" << 4 << "2025-10-01" << "2025-12-31" << "2025-Q4";
        QTest::newRow("FY April") << "FY2026" << 4 << "2025-04-01" << "2026-03-31" << "FY2025";
        QTest::newRow("FY March") << "FY2024" << 3 << "2023-03-01" << "2024-02-29" << "FY2023";
        QTest::newRow("half year") << "2026-04-01..2026-09-30" << 4 << "2025-10-01" << "2026-03-31"
                                   << "2025-10-01..2026-03-31";
        QTest::newRow("ten days over a leap day") << "2024-03-01..2024-03-10" << 4 << "2024-02-20"
                                                  << "2024-02-29" << "2024-02-20..2024-02-29";
        QTest::newRow("a whole month as a range") << "2024-03-01..2024-03-31" << 4 << "2024-02-01"
                                                  << "2024-02-29" << "2024-02-01..2024-02-29";
    }
    void previous()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, label);
        const Period before = Period::parse(text, fiscalStart)->previous();
        QCOMPARE(Dates::toIso(before.first()), first);
        QCOMPARE(Dates::toIso(before.last()), last);
        QCOMPARE(before.label(), label);
    }

    // Quarters of the fiscal year: with an April start, 3Q (第3四半期) is October to December.
    void fiscalQuarters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("April start, Q1") << "FY2026-Q1" << 4 << "2026-04-01" << "2026-06-30";
        QTest::newRow("April start, Q3") << "FY2026-Q3" << 4 << "2026-10-01" << "2026-12-31";
        QTest::newRow("April start, Q4 over the year's end") << "FY2026-Q4" << 4 << "2027-01-01" << "2027-03-31";
        QTest::newRow("January start is the calendar") << "fy2026-q2" << 1 << "2026-04-01" << "2026-06-30";
        QTest::newRow("November start, Q2 over a leap day") << "FY2027-Q2" << 11 << "2028-02-01" << "2028-04-30";
        QTest::newRow("October start, Q1") << "FY2026-Q1" << 10 << "2026-10-01" << "2026-12-31";
    }
    void fiscalQuarters()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto period = Period::parse(text, fiscalStart);
        QVERIFY2(period, period ? "" : qPrintable(period.error().message));
        QCOMPARE(period->kind(), Period::Kind::FiscalQuarter);
        QCOMPARE(Dates::toIso(period->first()), first);
        QCOMPARE(Dates::toIso(period->last()), last);
        QCOMPARE(period->label(), text.toUpper());
        QCOMPARE(period->next().previous(), *period);
        // Every day of it is in it, by fiscalQuarterOf.
        QCOMPARE(Period::fiscalQuarterOf(period->first(), fiscalStart), *period);
        QCOMPARE(Period::fiscalQuarterOf(period->last(), fiscalStart), *period);
        // Four of them make the fiscal year.
        const Period year = Period::fiscalYearOf(period->first(), fiscalStart);
        Period q = Period::fiscalQuarterOf(year.first(), fiscalStart);
        for (int i = 0; i < 3; ++i)
            q = q.next();
        QCOMPARE(q.last(), year.last());
    }

    void fiscalQuartersRefuseBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Q5") << "FY2026-Q5" << "'FY2026-Q5' is not a period: a quarter is Q1 to Q4";
        QTest::newRow("Q0") << "FY2026-Q0" << "'FY2026-Q0' is not a period: a quarter is Q1 to Q4";
        QTest::newRow("no year") << "FY-Q3" << "'FY-Q3' is not a period; use 2026-10";
    }
    void fiscalQuartersRefuseBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto period = Period::parse(text, 4);
        QVERIFY(!period);
        QCOMPARE(period.error().kind, ErrorKind::Invalid);
        QVERIFY2(period.error().message.contains(reason), qPrintable(period.error().message));
        const auto noFiscalYear = Period::parse(u"FY2026"_s, 13);   // no month 13 to start one in
        QVERIFY(!noFiscalYear);
        QCOMPARE(noFiscalYear.error().kind, ErrorKind::Invalid);
    }

    // How a reader says each kind of period, in English (the Japanese is in the translations).
    void shownLabels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("month") << "2026-11" << "2026-11";
        QTest::newRow("calendar quarter") << "2026-Q3" << "2026-Q3 (calendar)";
        QTest::newRow("fiscal year") << "FY2026" << "FY2026";
        QTest::newRow("fiscal quarter") << "FY2026-Q4" << "FY2026 Q4";
        QTest::newRow("range") << "2026-04-01..2026-09-30" << "2026-04-01 to 2026-09-30";
    }
    void shownLabels()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(Period::parse(text, 4)->shownLabel(), shown);
    }

    // A period still running is measured to date and compared with the same stretch of the
    // one before (前年同期); a finished or future period is left whole.
    void toDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("previousFirst");
        QTest::addColumn<QString>("previousLast");
        QTest::addColumn<double>("months");
        QTest::newRow("fiscal year, 7.7 months in") << "FY2026" << "2026-11-23" << "2026-11-23" << "2025-04-01"
                                                    << "2025-11-23" << 7.0 + 23.0 / 30.0;
        QTest::newRow("a month") << "2026-11" << "2026-11-23" << "2026-11-23" << "2026-10-01" << "2026-10-23"
                                 << 23.0 / 30.0;
        QTest::newRow("March 31 against February") << "2026-03" << "2026-03-31" << "2026-03-31" << "2026-02-01"
                                                   << "2026-02-28" << 1.0;
        QTest::newRow("March 30 against a short February") << "2026-03" << "2026-03-30" << "2026-03-30"
                                                           << "2026-02-01" << "2026-02-28" << 30.0 / 31.0;
        QTest::newRow("fiscal quarter") << "FY2026-Q3" << "2026-11-23" << "2026-11-23" << "2026-07-01"
                                        << "2026-08-23" << 1.0 + 23.0 / 30.0;
        // The end of February a year before is its end too, the leap day.
        QTest::newRow("leap day a year on") << "FY2024" << "2025-02-28" << "2025-02-28" << "2023-04-01"
                                            << "2024-02-29" << 11.0;
        QTest::newRow("a finished year stays whole") << "FY2025" << "2026-11-23" << "2026-03-31" << "2024-04-01"
                                                     << "2025-03-31" << 12.0;
        QTest::newRow("a future year stays whole") << "FY2027" << "2026-11-23" << "2028-03-31" << "2026-04-01"
                                                   << "2027-03-31" << 12.0;
    }
    void toDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, today);
        QFETCH(QString, last);
        QFETCH(QString, previousFirst);
        QFETCH(QString, previousLast);
        QFETCH(double, months);
        const Period whole = *Period::parse(text, 4);
        const Period measured = whole.toDate(*Dates::parseIso(today));
        QCOMPARE(Dates::toIso(measured.last()), last);
        QCOMPARE(measured.fullLast(), whole.last());
        QCOMPARE(measured.label(), whole.label());
        QVERIFY(qAbs(measured.months() - months) < 1e-9);
        const Period before = measured.previous();
        QCOMPARE(Dates::toIso(before.first()), previousFirst);
        QCOMPARE(Dates::toIso(before.last()), previousLast);
        QCOMPARE(measured.isToDate(), measured.last() != whole.last());
        if (measured.isToDate()) {
            QCOMPARE(measured.shownLabel(), whole.shownLabel() + u" to date"_s);
            QVERIFY(before.shownLabel().endsWith(u", same stretch"_s) || !before.isToDate());
            QCOMPARE(measured.next(), whole.next());
        }
    }

    void next_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("label");
        QTest::newRow("December") << "2025-12" << 4 << "2026-01-01" << "2026-01-31" << "2026-01";
        QTest::newRow("January to a leap February") << "2024-01" << 4 << "2024-02-01" << "2024-02-29" << "2024-02";
        QTest::newRow("Q4") << "2025-Q4" << 4 << "2026-01-01" << "2026-03-31" << "2026-Q1";
        QTest::newRow("FY April") << "FY2026" << 4 << "2027-04-01" << "2028-03-31" << "FY2027";
        QTest::newRow("half year") << "2025-10-01..2026-03-31" << 4 << "2026-04-01" << "2026-09-30"
                                   << "2026-04-01..2026-09-30";
        QTest::newRow("ten days over a leap day") << "2024-02-20..2024-02-29" << 4 << "2024-03-01"
                                                  << "2024-03-10" << "2024-03-01..2024-03-10";
        QTest::newRow("a whole month as a range") << "2024-02-01..2024-02-29" << 4 << "2024-03-01"
                                                  << "2024-03-31" << "2024-03-01..2024-03-31";
    }
    // next() mirrors previous(): stepping forward then back returns where it started.
    void next()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, label);
        const Period start = *Period::parse(text, fiscalStart);
        const Period after = start.next();
        QCOMPARE(Dates::toIso(after.first()), first);
        QCOMPARE(Dates::toIso(after.last()), last);
        QCOMPARE(after.label(), label);
        QCOMPARE(after.previous(), start);
    }

    void fiscalYearOf_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("label");
        QTest::newRow("March 31 is the year before") << "2026-03-31" << 4 << "FY2025";
        QTest::newRow("April 1 starts it") << "2026-04-01" << 4 << "FY2026";
        QTest::newRow("December in an April year") << "2026-12-31" << 4 << "FY2026";
        QTest::newRow("January year, first day") << "2026-01-01" << 1 << "FY2026";
        QTest::newRow("January year, last day") << "2026-12-31" << 1 << "FY2026";
        QTest::newRow("leap day in a March year") << "2024-02-29" << 3 << "FY2023";
    }
    void fiscalYearOf()
    {
        QFETCH(QString, day);
        QFETCH(int, fiscalStart);
        QFETCH(QString, label);
        const Period year = Period::fiscalYearOf(date(day.toLatin1()), fiscalStart);
        QCOMPARE(year.label(), label);
        QVERIFY(year.contains(date(day.toLatin1())));
        QCOMPARE(year.months(), 12.0);
    }

    void dayBefore()
    {
        QCOMPARE(Period::parse(QStringLiteral("2024-03"), 4)->dayBefore(), date("2024-02-29"));
        QCOMPARE(Period::parse(QStringLiteral("FY2026"), 4)->dayBefore(), date("2026-03-31"));
        QCOMPARE(Period::parse(QStringLiteral("FY2026"), 1)->dayBefore(), date("2025-12-31"));
    }

    void splitsIntoMonthsAndQuarters()
    {
        const Period year = *Period::parse(QStringLiteral("FY2026"), 4);
        QStringList labels;
        for (const Period &m : year.splitMonths())
            labels << m.label();
        QCOMPARE(labels.size(), 12);
        QCOMPARE(labels.first(), QStringLiteral("2026-04"));
        QCOMPARE(labels.last(), QStringLiteral("2027-03"));
        labels.clear();
        for (const Period &q : year.splitQuarters())
            labels << q.label();
        QCOMPARE(labels, (QStringList{QStringLiteral("2026-Q2"), QStringLiteral("2026-Q3"),
                                      QStringLiteral("2026-Q4"), QStringLiteral("2027-Q1")}));

        // Fiscal quarters that are not calendar quarters are ranges; the pieces cover the year.
        const QList<Period> march = Period::parse(QStringLiteral("FY2023"), 3)->splitQuarters();
        QCOMPARE(march.size(), 4);
        QCOMPARE(march.first().label(), QStringLiteral("2023-03-01..2023-05-31"));
        QCOMPARE(march.last().label(), QStringLiteral("2023-12-01..2024-02-29"));

        const QList<Period> pieces =
            Period::parse(QStringLiteral("2024-01-15..2024-03-10"), 4)->splitMonths();
        labels.clear();
        long days = 0;
        for (const Period &p : pieces) {
            labels << p.label();
            days += p.days();
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("2024-01-15..2024-01-31"),
                                      QStringLiteral("2024-02"),
                                      QStringLiteral("2024-03-01..2024-03-10")}));
        QCOMPARE(days, Period::parse(QStringLiteral("2024-01-15..2024-03-10"), 4)->days());
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
