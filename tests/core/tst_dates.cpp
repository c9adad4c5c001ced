// SPDX-License-Identifier: MIT
#include "calendar/JapaneseEra.h"
#include "common/Dates.h"

#include <QTest>

using namespace csw;

// ISO dates are parsed strictly and computed with boost::gregorian.
class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Days in the Japanese era calendar, written as 和暦 reads them (元年 for a first year).
    void writesEraDates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("era");
        QTest::newRow("Reiwa 8") << QStringLiteral("2026-04-01") << QStringLiteral("令和8年4月1日");
        QTest::newRow("Heisei's last day") << QStringLiteral("2019-04-30") << QStringLiteral("平成31年4月30日");
        QTest::newRow("Reiwa's first day") << QStringLiteral("2019-05-01") << QStringLiteral("令和元年5月1日");
        QTest::newRow("Showa's last day") << QStringLiteral("1989-01-07") << QStringLiteral("昭和64年1月7日");
        QTest::newRow("Heisei's first day") << QStringLiteral("1989-01-08") << QStringLiteral("平成元年1月8日");
    }
    void writesEraDates()
    {
        QFETCH(QString, iso);
        QFETCH(QString, era);
        const csw::Date day = *csw::Dates::parseIso(iso);
        QCOMPARE(csw::JapaneseEra::format(day), era);
        const auto read = csw::JapaneseEra::parse(era);   // and back
        QVERIFY(read && *read);
        QCOMPARE(csw::Dates::toIso(**read), iso);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "2026-04-01" << true;
        QTest::newRow("leap day") << "2028-02-29" << true;
        QTest::newRow("no leap day") << "2026-02-29" << false;
        QTest::newRow("impossible") << "2026-02-30" << false;
        QTest::newRow("month 13") << "2026-13-01" << false;
        QTest::newRow("day 0") << "2026-01-00" << false;
        QTest::newRow("slashes") << "2026/04/01" << false;
        QTest::newRow("short") << "2026-4-1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("text") << "tomorrow" << false;
        QTest::newRow("fullwidth digits") << "２０２６-04-01" << false;
        QTest::newRow("1900 not leap") << "1900-02-29" << false;
        QTest::newRow("2000 leap") << "2000-02-29" << true;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto date = Dates::parseIso(text);
        QCOMPARE(date.has_value(), valid);
        if (valid)
            QCOMPARE(Dates::toIso(*date), text);
    }

    void addMonths_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a year") << "2026-04-01" << 12 << "2027-04-01";
        QTest::newRow("month end stays at the end") << "2026-03-31" << 1 << "2026-04-30";
        QTest::newRow("jan 31 to feb") << "2026-01-31" << 1 << "2026-02-28";
        QTest::newRow("into leap february") << "2027-02-28" << 12 << "2028-02-29";
        QTest::newRow("leap day a year on") << "2028-02-29" << 12 << "2029-02-28";
        QTest::newRow("backwards") << "2026-05-15" << -3 << "2026-02-15";
        QTest::newRow("across the year") << "2026-11-30" << 3 << "2027-02-28";
    }
    void addMonths()
    {
        QFETCH(QString, from);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(Dates::toIso(Dates::addMonths(*Dates::parseIso(from), months)), expected);
    }

    void daysBetween_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << "2026-04-01" << "2026-04-01" << 0;
        QTest::newRow("leap february") << "2028-02-01" << "2028-03-01" << 29;
        QTest::newRow("common february") << "2026-02-01" << "2026-03-01" << 28;
        QTest::newRow("leap year") << "2028-01-01" << "2029-01-01" << 366;
        QTest::newRow("fiscal year") << "2026-04-01" << "2027-04-01" << 365;
        QTest::newRow("negative") << "2026-04-10" << "2026-04-01" << -9;
    }
    void daysBetween()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, days);
        QCOMPARE(Dates::daysBetween(*Dates::parseIso(from), *Dates::parseIso(to)), long(days));
    }

    void todayOverride()
    {
        qputenv("CSW_TODAY", "2026-11-23");
        QCOMPARE(Dates::toIso(Dates::today()), QStringLiteral("2026-11-23"));
        qunsetenv("CSW_TODAY");
        QVERIFY(Dates::toIso(Dates::today()) != QStringLiteral("2026-11-23")
                || QDate::currentDate() == QDate(2026, 11, 23));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
