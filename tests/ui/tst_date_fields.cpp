// SPDX-License-Identifier: MIT
// Date fields and dates shown in the Japanese era calendar (和暦): a pasted era date is read,
// anything else leaves the field as it was, and the chosen display writes 令和8年4月1日.
#include "accounts/OptionalDateEdit.h"
#include "common/Formatting.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

class TestDateFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Formatting::setEraDates(false); }

    void pastedDatesAreRead_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");   // empty: the field keeps its date
        QTest::newRow("era") << u"令和8年4月1日"_s << u"2026-04-01"_s;
        QTest::newRow("era initial") << u" R8.4.1 "_s << u"2026-04-01"_s;
        QTest::newRow("first year") << u"令和元年5月1日"_s << u"2019-05-01"_s;
        QTest::newRow("slashes") << u"2026/4/1"_s << u"2026-04-01"_s;
        QTest::newRow("past the era") << u"平成31年5月1日"_s << QString();
        QTest::newRow("words") << u"来週"_s << QString();
    }

    void pastedDatesAreRead()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        OptionalDateEdit edit(true);
        edit.setOptionalDate(Dates::parseIso(u"2030-01-01"_s));
        edit.show();
        QApplication::clipboard()->setText(pasted);
        QTest::keySequence(&edit, QKeySequence::Paste);
        QCOMPARE(Dates::toIso(*edit.optionalDate()), expected.isEmpty() ? u"2030-01-01"_s : expected);
    }

    void datesShowInTheEraCalendarWhenChosen()
    {
        const Date day = *Dates::parseIso(u"2019-05-01"_s);
        QVERIFY(!Formatting::date(day).contains(u"令和"_s));
        Formatting::setEraDates(true);
        QCOMPARE(Formatting::date(day), u"令和元年5月1日"_s);
        OptionalDateEdit edit(false);
        edit.setOptionalDate(day);
        edit.setOptionalDate(*Dates::parseIso(u"2026-04-01"_s));
        QCOMPARE(edit.toolTip(), u"令和8年4月1日"_s);
    }

    // An amount to edit reads as the table shows it (grouped) and back as it was.
    void amountsAreGroupedAndReadBack_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("yen") << u"JPY"_s << qint64(1310000) << u"1,310,000"_s;
        QTest::newRow("small") << u"JPY"_s << qint64(999) << u"999"_s;
        QTest::newRow("zero") << u"JPY"_s << qint64(0) << u"0"_s;
        QTest::newRow("dollars") << u"USD"_s << qint64(123450) << u"1,234.50"_s;
        QTest::newRow("a million dollars") << u"USD"_s << qint64(100000000) << u"1,000,000.00"_s;
    }
    void amountsAreGroupedAndReadBack()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        const Currency c = *Currency::fromCode(currency);
        QCOMPARE(Formatting::amount(minor, c), text);
        QCOMPARE(*c.parse(text), minor);
    }
};

QTEST_MAIN(TestDateFields)
#include "tst_date_fields.moc"
