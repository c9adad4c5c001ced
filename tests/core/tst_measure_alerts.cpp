// SPDX-License-Identifier: MIT
// Alerts per measure (issue 19): one measure past its level, or fallen by its points within its
// days, raises an alert that says what moved, from what and when to what; one open alert per
// account with the score's; withdrawn when the recording is undone; set with `scorecard set`.
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountLifecycle.h"
#include "health/HealthService.h"
#include "health/ScorecardEdit.h"

#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

// Usage alerts on a fall of 20 points within 30 days; support (lower is better) past 8 tickets.
// The score's own alerts are kept out of the way (red below 1, a drop of 100).
Scorecard card()
{
    Scorecard c;
    Measure usage{u"usage"_s, u"Usage"_s, 30, true, 0, 100, 30, 60};
    usage.alertDrop = 20;
    usage.alertDays = 30;
    Measure support{u"support"_s, u"Support"_s, 10, false, 0, 1000, 10, 4};
    support.alertAt = 8;
    c.measures = {usage, support};
    c.bands = {1, 2};
    c.dropPoints = 100;
    return c;
}

struct AlertBook : BookFixture
{
    qint64 id = 0;
    HealthService health{*book};

    AlertBook()
    {
        Account a;
        a.name = u"株式会社さくら"_s;
        a.startOn = date("2026-01-01");
        id = AccountLifecycle(*book).add(a)->accountId;
        const Status stored = book->write([&]() -> Status {
            auto storedCard = HealthRepository(*book).storeScorecard(card());
            return storedCard ? Status() : Status(storedCard.error());
        });
        if (!stored)
            qFatal("fixture: %s", qPrintable(stored.error().message));
    }
    std::optional<HealthAlert> record(const char *on, const QString &assignment)
    {
        auto update = health.record(id, date(on), {assignment});
        if (!update)
            qFatal("fixture: %s", qPrintable(update.error().message));
        return update->alert;
    }
};

} // namespace

class TestMeasureAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void aMeasureRaisesItsOwnAlert_data()
    {
        QTest::addColumn<QString>("firstOn");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("said");   // empty: no alert
        QTest::newRow("fell within the days") << u"2026-10-01"_s << u"usage=72"_s << u"usage=41"_s
                                              << u"usage fell from 72 to 41 between 2026-10-01 and 2026-10-28"_s;
        QTest::newRow("fell over longer") << u"2026-09-01"_s << u"usage=72"_s << u"usage=41"_s << QString();
        QTest::newRow("fell less") << u"2026-10-01"_s << u"usage=72"_s << u"usage=55"_s << QString();
        QTest::newRow("rose") << u"2026-10-01"_s << u"usage=41"_s << u"usage=90"_s << QString();
        QTest::newRow("rose past its level") << u"2026-10-01"_s << u"support=5"_s << u"support=12"_s
                                             << u"support rose from 5 to 12 between 2026-10-01 and 2026-10-28 (above 8)"_s;
        QTest::newRow("stayed within its level") << u"2026-10-01"_s << u"support=5"_s << u"support=8"_s << QString();
    }
    void aMeasureRaisesItsOwnAlert()
    {
        QFETCH(QString, firstOn);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, said);
        AlertBook f;
        QVERIFY(!f.record(firstOn.toLatin1().constData(), first));
        const auto alert = f.record("2026-10-28", second);
        QCOMPARE(bool(alert), !said.isEmpty());
        if (!alert)
            return;
        QCOMPARE(alert->reason, u"measure"_s);
        QCOMPARE(HealthService::measureChange(*alert), said);
        // As stored and read back for My Day, the window and csw alerts list.
        const auto open = HealthRepository(*f.book).openAlerts(date("2026-11-23"));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().measure, alert->measure);
        QCOMPARE(HealthService::measureChange(open->first()), said);
    }

    void pastTheLevelAlreadyIsSaidOnce()
    {
        AlertBook f;
        const auto first = f.record("2026-10-01", u"support=12"_s);   // no value before: past it now
        QVERIFY(first);
        QCOMPARE(HealthService::measureChange(*first), u"support was 12 on 2026-10-01 (above 8)"_s);
        QVERIFY(f.health.dismiss(first->id));
        QVERIFY(!f.record("2026-10-10", u"support=15"_s));   // still past it: nothing new
        QVERIFY(!f.record("2026-10-20", u"support=6"_s));
        QVERIFY(f.record("2026-10-25", u"support=9"_s));     // past it again
    }

    void aFallIsSaidOnce()
    {
        AlertBook f;
        QVERIFY(!f.record("2026-10-01", u"usage=72"_s));
        const auto fell = f.record("2026-10-20", u"usage=45"_s);
        QVERIFY(fell);
        QVERIFY(f.health.dismiss(fell->id));
        QVERIFY(!f.record("2026-10-25", u"usage=40"_s));   // still down there: not said again
        QVERIFY(!f.record("2026-11-02", u"usage=70"_s));
        QVERIFY(f.record("2026-11-10", u"usage=30"_s));     // fell again from where it came back to
    }

    void oneOpenAlertPerAccount()
    {
        AlertBook f;
        QVERIFY(f.record("2026-10-01", u"support=12"_s));
        QVERIFY(!f.record("2026-10-02", u"usage=80"_s));
        QVERIFY(!f.record("2026-10-05", u"usage=20"_s));   // fell 60, but an alert is open
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 1);
    }

    void undoWithdrawsIt()
    {
        AlertBook f;
        QVERIFY(!f.record("2026-10-01", u"usage=72"_s));
        auto update = f.health.record(f.id, date("2026-10-28"), {u"usage=41"_s});
        QVERIFY(update && update->alert);
        QVERIFY(f.health.restore(f.id, date("2026-10-28"), update->replaced, update->alert->id));
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 0);
    }

    void scorecardSetTakesTheAlerts_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("refused");   // empty: taken
        QTest::newRow("level and fall") << QStringList{u"usage.alert=30"_s, u"usage.drop=15"_s, u"usage.days=14"_s}
                                        << QString();
        QTest::newRow("taken away") << QStringList{u"usage.drop=none"_s} << QString();
        QTest::newRow("level outside the range") << QStringList{u"usage.alert=120"_s} << u"alert level 120"_s;
        QTest::newRow("no fall") << QStringList{u"usage.drop=0"_s} << u"more than 0"_s;
        QTest::newRow("days") << QStringList{u"usage.days=0"_s} << u"1–365"_s;
        QTest::newRow("part of a day") << QStringList{u"usage.days=1.5"_s} << u"whole number"_s;
        QTest::newRow("not a number") << QStringList{u"usage.alert=low"_s} << u"not a number"_s;
    }
    void scorecardSetTakesTheAlerts()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, refused);
        const auto edited = ScorecardEdit::apply(card(), assignments, {});
        QCOMPARE(bool(edited), refused.isEmpty());
        if (!edited) {
            QVERIFY2(edited.error().message.contains(refused), qPrintable(edited.error().message));
            return;
        }
        const Measure *usage = edited->measure(u"usage"_s);
        if (assignments.size() == 3) {
            QCOMPARE(usage->alertAt, std::optional(30.0));
            QCOMPARE(usage->alertDrop, std::optional(15.0));
            QCOMPARE(usage->alertDays, 14);
        } else {
            QVERIFY(!usage->alertDrop);
        }
        // Stored and read back as the scorecard's next version.
        BookFixture f;
        const Status stored = f.book->write([&]() -> Status {
            auto c = HealthRepository(*f.book).storeScorecard(*edited);
            return c ? Status() : Status(c.error());
        });
        QVERIFY(stored);
        const Scorecard back = *HealthRepository(*f.book).activeScorecard(std::nullopt);
        QCOMPARE(back.measure(u"usage"_s)->alertDrop, usage->alertDrop);
        QCOMPARE(back.measure(u"usage"_s)->alertAt, usage->alertAt);
        QCOMPARE(back.measure(u"support"_s)->alertAt, std::optional(8.0));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestMeasureAlerts)
#include "tst_measure_alerts.moc"
