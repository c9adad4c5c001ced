// SPDX-License-Identifier: MIT
#include "common/Money.h"

#include <QTest>

using namespace csw;

// Money is parsed into integer minor units, per currency, and never through floating point.
class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("reason");   // of a refusal
        QTest::newRow("yen") << "JPY" << "1200000" << true << 1200000LL << QString();
        QTest::newRow("yen grouped") << "JPY" << "1,200,000" << true << 1200000LL << QString();
        QTest::newRow("yen zero decimals") << "JPY" << "500.00" << true << 500LL << QString();
        QTest::newRow("yen with sen") << "JPY" << "500.5" << false << 0LL << "more decimals than JPY allows (0)";
        QTest::newRow("dollars and cents") << "USD" << "1234.50" << true << 123450LL << QString();
        QTest::newRow("dollars one decimal") << "USD" << "1234.5" << true << 123450LL << QString();
        QTest::newRow("dollars whole") << "USD" << "12" << true << 1200LL << QString();
        QTest::newRow("a third of a cent") << "USD" << "0.333" << false << 0LL << "more decimals than USD allows (2)";
        QTest::newRow("dinar mils") << "BHD" << "1.234" << true << 1234LL << QString();
        QTest::newRow("negative") << "JPY" << "-5" << false << 0LL << "the amount -5 is negative";
        QTest::newRow("text") << "JPY" << "lots" << false << 0LL << "'lots' is not an amount of money";
        QTest::newRow("empty") << "JPY" << "" << false << 0LL << "'' is not an amount of money";
        QTest::newRow("exponent") << "USD" << "1e6" << false << 0LL << "'1e6' is not an amount of money";
        QTest::newRow("too large") << "JPY" << "123456789012345678901" << false << 0LL << "is too large";
        QTest::newRow("spaces") << "JPY" << " 300 " << true << 300LL << QString();
    }
    void parse()
    {
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qlonglong, minor);
        QFETCH(QString, reason);
        const auto c = Currency::fromCode(currency);
        QVERIFY(c);
        const auto amount = c->parse(text);
        QCOMPARE(amount.hasValue(), valid);
        if (valid) {
            QCOMPARE(qlonglong(*amount), minor);
        } else {
            QCOMPARE(amount.error().kind, ErrorKind::Invalid);
            QVERIFY2(amount.error().message.contains(reason), qPrintable(amount.error().message));
        }
    }

    void format_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("yen") << "JPY" << 1200000LL << "1200000" << "1,200,000";
        QTest::newRow("small yen") << "JPY" << 999LL << "999" << "999";
        QTest::newRow("cents") << "USD" << 123450LL << "1234.50" << "1,234.50";
        QTest::newRow("one cent") << "USD" << 1LL << "0.01" << "0.01";
        QTest::newRow("negative") << "EUR" << -123456789LL << "-1234567.89" << "-1,234,567.89";
        QTest::newRow("zero") << "JPY" << 0LL << "0" << "0";
    }
    void format()
    {
        QFETCH(QString, currency);
        QFETCH(qlonglong, minor);
        QFETCH(QString, plain);
        QFETCH(QString, grouped);
        const auto c = Currency::fromCode(currency);
        QCOMPARE(c->toPlain(minor), plain);
        QCOMPARE(c->toGrouped(minor), grouped);
    }

    void codes()
    {
        QCOMPARE(Currency::fromCode(QStringLiteral("usd"))->code(), QStringLiteral("USD"));
        QCOMPARE(Currency::fromCode(QStringLiteral("JPY"))->digits(), 0);
        QCOMPARE(Currency::fromCode(QStringLiteral("EUR"))->digits(), 2);
        for (const QString &code : {QStringLiteral("yen!"), QString()}) {
            const auto refused = Currency::fromCode(code);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ErrorKind::Invalid);
            QVERIFY2(refused.error().message.contains(QStringLiteral("'%1' is not a currency code").arg(code)),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(Currency().code(), QStringLiteral("JPY"));
    }

    void revenueShownPerMonth_data()
    {
        QTest::addColumn<bool>("monthly");
        QTest::addColumn<qint64>("arr");
        QTest::addColumn<qint64>("shown");
        QTest::newRow("ARR as it is") << false << qint64(1'000'000) << qint64(1'000'000);
        QTest::newRow("MRR exact") << true << qint64(1'200'000) << qint64(100'000);
        QTest::newRow("MRR rounded down") << true << qint64(1'000'000) << qint64(83'333);
        QTest::newRow("MRR rounded up") << true << qint64(1'000'010) << qint64(83'334);
        QTest::newRow("MRR half up") << true << qint64(18) << qint64(2);
        QTest::newRow("MRR of a loss") << true << qint64(-1'000'010) << qint64(-83'334);
    }
    void revenueShownPerMonth()
    {
        QFETCH(bool, monthly);
        QFETCH(qint64, arr);
        QFETCH(qint64, shown);
        const RevenueView view{monthly};
        QCOMPARE(view.shown(arr), shown);
        QCOMPARE(view.toArr(shown), monthly ? shown * 12 : shown);
        QCOMPARE(view.relabel(QStringLiteral("Churned ARR (JPY)")),
                 monthly ? QStringLiteral("Churned MRR (JPY)") : QStringLiteral("Churned ARR (JPY)"));
        QCOMPARE(view.key(), monthly ? QStringLiteral("mrr") : QStringLiteral("arr"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
