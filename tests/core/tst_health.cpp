// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "health/HealthService.h"
#include "health/ScorecardEdit.h"

#include <QSqlQuery>
#include <QTest>

using namespace csw;

namespace {
const Measure usage{QStringLiteral("usage"), QStringLiteral("Usage"), 30, true, 0, 100, 30, 60};
const Measure support{QStringLiteral("support"), QStringLiteral("Support"), 10, false, 0, 1000, 10, 4};

qint64 addAccount(Book &book)
{
    Account a;
    a.name = QStringLiteral("株式会社さくら");
    a.startOn = date("2026-01-01");
    return AccountLifecycle(book).add(a)->accountId;
}

qint64 count(Book &book, const char *sql)
{
    QSqlQuery q(book.database());
    q.exec(QString::fromUtf8(sql));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

// Health scores: the arithmetic, recording, explaining, alerts and scorecard versions.
class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void measureScore_data()
    {
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("score");
        QTest::newRow("worst end") << false << 0.0 << 0.0;
        QTest::newRow("below the range clamps") << false << -5.0 << 0.0;
        QTest::newRow("halfway to yellow") << false << 15.0 << 20.0;
        QTest::newRow("at yellow: the red/yellow edge") << false << 30.0 << 40.0;
        QTest::newRow("between yellow and green") << false << 45.0 << 55.0;
        QTest::newRow("at green: the yellow/green edge") << false << 60.0 << 70.0;
        QTest::newRow("best end") << false << 100.0 << 100.0;
        QTest::newRow("above the range clamps") << false << 150.0 << 100.0;
        QTest::newRow("lower is better: none") << true << 0.0 << 100.0;
        QTest::newRow("lower is better: at green") << true << 4.0 << 70.0;
        QTest::newRow("lower is better: at yellow") << true << 10.0 << 40.0;
        QTest::newRow("lower is better: worst") << true << 1000.0 << 0.0;
    }
    void measureScore()
    {
        QFETCH(bool, lowerIsBetter);
        QFETCH(double, value);
        QFETCH(double, score);
        const Measure &m = lowerIsBetter ? support : usage;
        QCOMPARE(ScoreMath::measureScore(m, value, Bands()), score);
    }

    void weightedMean_data()
    {
        QTest::addColumn<QList<double>>("values");   // usage, support; NaN = missing
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("band");
        QTest::addColumn<bool>("complete");
        const double none = std::nan("");
        // usage 60 scores 70 (w 30), support 4 scores 70 (w 10).
        QTest::newRow("both green") << QList<double>{60, 4} << 70.0 << "green" << true;
        // usage 30 → 40 (w 30), support 1000 → 0 (w 10): (1200 + 0) / 40 = 30.
        QTest::newRow("weights count") << QList<double>{30, 1000} << 30.0 << "red" << true;
        // Missing support drops out of both sums: 40 over weight 30 (75 % of the weight: complete).
        QTest::newRow("missing measure") << QList<double>{30, none} << 40.0 << "yellow" << true;
        // Only support (weight 10 of 40 = 25 % < 60 %): incomplete.
        QTest::newRow("incomplete") << QList<double>{none, 4} << 70.0 << "green" << false;
        // usage 29.9 → 39.87 → rounds to 39.9: red, just below the edge.
        QTest::newRow("just below the edge") << QList<double>{29.9, none} << 39.9 << "red" << true;
    }
    void weightedMean()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, score);
        QFETCH(QString, band);
        QFETCH(bool, complete);
        Scorecard card;
        card.measures = {usage, support};
        card.minimumWeightShare = 60;
        QList<MeasureValue> given;
        if (!std::isnan(values[0]))
            given << MeasureValue{QStringLiteral("usage"), values[0], date("2026-11-01")};
        if (!std::isnan(values[1]))
            given << MeasureValue{QStringLiteral("support"), values[1], date("2026-11-01")};
        const auto result = ScoreMath::score(card, given);
        QVERIFY(result);
        QCOMPARE(result->score, score);
        QCOMPARE(Scorecard::bandKey(result->band), band);
        QCOMPARE(result->complete, complete);
        double sum = 0;
        for (const MeasureResult &m : result->measures)
            sum += m.contribution;
        QCOMPARE(std::round(sum * 10) / 10, score);
    }

    void noValuesNoScore() { QVERIFY(!ScoreMath::score(Scorecard::defaults(), {})); }

    void scorecardValidation_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero weight") << QStringList{QStringLiteral("usage.weight=0")} << "weight";
        QTest::newRow("negative weight") << QStringList{QStringLiteral("usage.weight=-1")} << "weight";
        QTest::newRow("thresholds reversed") << QStringList{QStringLiteral("usage.yellow=70")} << "thresholds";
        QTest::newRow("threshold out of range") << QStringList{QStringLiteral("usage.green=150")} << "thresholds";
        QTest::newRow("not a number") << QStringList{QStringLiteral("usage.weight=lots")} << "not a number";
        QTest::newRow("bad field") << QStringList{QStringLiteral("usage.colour=red")} << "field";
        QTest::newRow("new measure incomplete") << QStringList{QStringLiteral("logins.weight=5")} << "needs";
        QTest::newRow("bad direction") << QStringList{QStringLiteral("usage.direction=up")} << "higher or lower";
    }
    void scorecardValidation()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, message);
        const auto edited = ScorecardEdit::apply(Scorecard::defaults(), assignments);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Invalid);
        QVERIFY2(edited.error().message.contains(message), qPrintable(edited.error().message));
    }

    void bandsMustMeet_data()
    {
        QTest::addColumn<double>("redBelow");
        QTest::addColumn<double>("greenFrom");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << 40.0 << 70.0 << true;
        QTest::newRow("overlap") << 70.0 << 40.0 << false;
        QTest::newRow("no yellow") << 50.0 << 50.0 << false;
        QTest::newRow("beyond 100") << 40.0 << 120.0 << false;
        QTest::newRow("zero red") << 0.0 << 70.0 << false;
    }
    void bandsMustMeet()
    {
        QFETCH(double, redBelow);
        QFETCH(double, greenFrom);
        QFETCH(bool, valid);
        Scorecard card = Scorecard::defaults();
        card.bands = {redBelow, greenFrom};
        const Status validated = card.validate();
        QCOMPARE(validated.hasValue(), valid);
        if (!valid) {
            QCOMPARE(validated.error().kind, ErrorKind::Invalid);
            QVERIFY2(validated.error().message.contains(QStringLiteral("the bands must meet in order")),
                     qPrintable(validated.error().message));
        }
    }

    void recordScoresAndKeepsHistory()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        auto first = health.record(id, date("2026-10-01"),
                                   {QStringLiteral("usage=60"), QStringLiteral("support=4")});
        QVERIFY(first);
        QCOMPARE(first->result->score, 70.0);
        auto second = health.record(id, date("2026-11-01"), {QStringLiteral("usage=30")});
        QVERIFY(second);
        // support 4 (a month old, still fresh) and usage 30: (30×40 + 10×70) / 40 = 47.5.
        QCOMPARE(second->result->score, 47.5);
        const auto history = *HealthRepository(*f.book).history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].scorecardVersion, 1);
        const Account a = *AccountRepository(*f.book).get(id);
        QCOMPARE(a.healthScore, std::optional(47.5));
        QCOMPARE(a.healthBand, std::optional(Band::Yellow));
    }

    void badMeasuresStoreNothing_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown measure") << QStringList{QStringLiteral("logins=5")} << "2026-11-01" << "not a measure";
        QTest::newRow("outside the range") << QStringList{QStringLiteral("usage=101")} << "2026-11-01" << "outside";
        QTest::newRow("not a number") << QStringList{QStringLiteral("usage=high")} << "2026-11-01" << "not a number";
        QTest::newRow("one bad among good") << QStringList{QStringLiteral("usage=50"), QStringLiteral("nps=11")} << "2026-11-01" << "outside";
        QTest::newRow("future date") << QStringList{QStringLiteral("usage=50")} << "2026-11-24" << "future";
        QTest::newRow("no value") << QStringList{} << "2026-11-01" << "MEASURE=VALUE";
    }
    void badMeasuresStoreNothing()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, on);
        QFETCH(QString, message);
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        auto result = HealthService(*f.book).record(id, *Dates::parseIso(on), assignments);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(count(*f.book, "SELECT count(*) FROM health_measure"), 0);
        QCOMPARE(count(*f.book, "SELECT count(*) FROM health_score"), 0);
        QCOMPARE(count(*f.book, "SELECT count(*) FROM scorecard"), 0);
    }

    void alertsAreRaisedOnce()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(!health.record(id, date("2026-10-01"), {QStringLiteral("usage=60")})->alert);
        // A fall into red raises one alert.
        auto red = health.record(id, date("2026-10-10"), {QStringLiteral("usage=10")});
        QVERIFY(red->alert);
        QCOMPARE(red->alert->reason, QStringLiteral("red"));
        // Still red, and a further drop: no second alert while one is open.
        QVERIFY(!health.record(id, date("2026-10-20"), {QStringLiteral("usage=0")})->alert);
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 1);
        QVERIFY(health.dismiss(red->alert->id));
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 0);
        const Status again = health.dismiss(red->alert->id);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY2(again.error().message.contains(QStringLiteral("alert %1 is closed already").arg(red->alert->id)),
                 qPrintable(again.error().message));
        const Status snoozed = health.snooze(red->alert->id, date("2026-12-01"));
        QVERIFY(!snoozed);
        QCOMPARE(snoozed.error().kind, ErrorKind::Invalid);
        // An alert that is not in the book is said to be not found, by its kind.
        const auto missing = HealthRepository(*f.book).alert(red->alert->id + 1000);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    // My Day lists the newest open alerts first, at most `limit`, with their accounts; dismissed
    // ones and those snoozed past today are left out, with or without a CSM filter.
    void openAlertsNewestFirstWithinTheLimit()
    {
        BookFixture f;
        HealthService health(*f.book);
        QList<qint64> alerts;
        const char *days[] = {"2026-10-05", "2026-10-09", "2026-10-07", "2026-10-11", "2026-10-03"};
        for (int i = 0; i < 5; ++i) {
            Account a;
            a.name = QStringLiteral("顧客%1").arg(i);
            a.csm = i % 2 ? QStringLiteral("佐藤") : QStringLiteral("Kim");
            a.startOn = date("2026-01-01");
            const qint64 id = AccountLifecycle(*f.book).add(a)->accountId;
            auto red = health.record(id, date(days[i]), {QStringLiteral("usage=5")});
            QVERIFY(red && red->alert);
            alerts << red->alert->id;
        }
        QVERIFY(health.dismiss(alerts[3]));                      // the newest
        QVERIFY(health.snooze(alerts[1], date("2026-12-01")));  // the second newest
        HealthRepository repository(*f.book);
        auto two = repository.openAlerts(date("2026-11-23"), {}, 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).accountName, QStringLiteral("顧客2"));
        QCOMPARE(two->at(0).raisedOn, date("2026-10-07"));
        QCOMPARE(two->at(1).accountName, QStringLiteral("顧客0"));
        QCOMPARE(two->at(1).accountCsm, QStringLiteral("Kim"));
        QCOMPARE(repository.openAlerts(date("2026-11-23"))->size(), 3);
        QCOMPARE(repository.openAlerts(date("2026-12-01"), {}, 10)->first().accountName, QStringLiteral("顧客1"));
        auto sato = repository.openAlerts(date("2026-12-01"), QStringLiteral("佐藤"), 1);
        QCOMPARE(sato->size(), 1);
        QCOMPARE(sato->first().accountName, QStringLiteral("顧客1"));
    }

    void dropWithin30DaysRaisesAnAlert()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-10-01"), {QStringLiteral("usage=100")}));   // 100
        auto drop = health.record(id, date("2026-10-25"), {QStringLiteral("usage=60")});  // 70
        QVERIFY(drop->alert);
        QCOMPARE(drop->alert->reason, QStringLiteral("drop"));
        QCOMPARE(drop->alert->previousScore, std::optional(100.0));
        // Snoozed alerts come back when the snooze ends.
        QVERIFY(health.snooze(drop->alert->id, date("2026-12-01")));
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 0);
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-12-01"))->size(), 1);
        const Status past = health.snooze(drop->alert->id, date("2026-11-01"));
        QVERIFY(!past);
        QCOMPARE(past.error().kind, ErrorKind::Invalid);
        QVERIFY2(past.error().message.contains(QStringLiteral("snooze until a day after today, not 2026-11-01")),
                 qPrintable(past.error().message));
        QCOMPARE(HealthRepository(*f.book).openAlerts(date("2026-11-23"))->size(), 0);   // still snoozed until 2026-12-01
    }

    void slowDeclineIsNotADrop()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-09-01"), {QStringLiteral("usage=100")}));
        QVERIFY(!health.record(id, date("2026-10-15"), {QStringLiteral("usage=60")})->alert);
    }

    void explainShowsEachMeasureAndTheChange()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-10-01"), {QStringLiteral("usage=60"), QStringLiteral("support=4")}));
        QVERIFY(health.record(id, date("2026-11-01"), {QStringLiteral("usage=30")}));
        const auto e = health.explain(id, std::nullopt);
        QVERIFY(e);
        QCOMPARE(e->scoredOn, date("2026-11-01"));
        QCOMPARE(e->result.score, 47.5);
        QCOMPARE(e->previousOn, std::optional(date("2026-10-01")));
        QCOMPARE(e->previous->score, 70.0);
        QCOMPARE(e->result.measures.size(), 2);
        const auto onDate = health.explain(id, date("2026-10-15"));
        QCOMPARE(onDate->scoredOn, date("2026-10-01"));
        const auto tooEarly = health.explain(id, date("2026-09-01"));
        QVERIFY(!tooEarly);
        QCOMPARE(tooEarly.error().kind, ErrorKind::NotFound);
        QVERIFY2(tooEarly.error().message.contains(QStringLiteral("account %1 has no health score on or before 2026-09-01").arg(id)),
                 qPrintable(tooEarly.error().message));
    }

    void scorecardVersionsAndRecompute()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-10-01"), {QStringLiteral("usage=30")}));   // 40
        HealthRepository repo(*f.book);
        auto edited = ScorecardEdit::apply(*repo.activeScorecard(std::nullopt),
                                           {QStringLiteral("usage.yellow=20")});
        QVERIFY(edited);
        Expected<Scorecard> stored = Error{};
        QVERIFY(f.book->write([&]() -> Status {
            stored = repo.storeScorecard(*edited);
            return stored ? Status() : Status(stored.error());
        }));
        QCOMPARE(stored->version, 2);
        // The kept score stays under version 1 until recomputed.
        QCOMPARE(repo.history(id)->first().scorecardVersion, 1);
        QCOMPARE(repo.history(id)->first().score, 40.0);
        QCOMPARE(*health.recompute(std::nullopt), qint64(1));
        QCOMPARE(repo.history(id)->first().scorecardVersion, 2);
        // usage 30 on the new line: 40 at 20, 70 at 60 → 47.5.
        QCOMPARE(repo.history(id)->first().score, 47.5);
    }

    void touchModelsMayHaveTheirOwnScorecard()
    {
        BookFixture f;
        HealthRepository repo(*f.book);
        Scorecard tech = *ScorecardEdit::apply(Scorecard::defaults(), {QStringLiteral("usage.weight=60")});
        tech.touch = Touch::Tech;
        QVERIFY(f.book->write([&]() -> Status {
            auto s = repo.storeScorecard(tech);
            return s ? Status() : Status(s.error());
        }));
        QCOMPARE(repo.activeScorecard(Touch::Tech)->measure(QStringLiteral("usage"))->weight, 60.0);
        QCOMPARE(repo.activeScorecard(Touch::High)->measure(QStringLiteral("usage"))->weight, 30.0);
    }

    // Undo of a record: the values it replaced come back, the ones it added go, and the scores
    // of that date and the later ones, the account's latest score and the alerts are as before.
    void restorePutsTheBookBack()
    {
        BookFixture f;
        const qint64 id = addAccount(*f.book);
        HealthService health(*f.book);
        QVERIFY(health.record(id, date("2026-10-01"), {QStringLiteral("usage=60"), QStringLiteral("support=4")}));
        QVERIFY(health.record(id, date("2026-10-20"), {QStringLiteral("usage=70")}));
        QVERIFY(health.record(id, date("2026-11-01"), {QStringLiteral("usage=65")}));
        const auto rows = [&f] {
            QStringList all;
            QSqlQuery q(f.book->database());
            q.exec(QStringLiteral("SELECT 'm', account_id, measured_on, measure, value FROM health_measure "
                                  "UNION ALL SELECT 's', account_id, scored_on, band, score FROM health_score "
                                  "UNION ALL SELECT 'a', id, coalesce(health_band, ''), '', health_score FROM account "
                                  "UNION ALL SELECT 'alert', id, status, reason, score FROM health_alert "
                                  "ORDER BY 1, 2, 3, 4"));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 5; ++i)
                    row << q.value(i).toString();
                all << row.join(QLatin1Char('|'));
            }
            return all;
        };
        const QStringList before = rows();

        // Over an existing value (usage on 10-20), a new one (nps) and into red: an alert.
        auto update = health.record(id, date("2026-10-20"),
                                    {QStringLiteral("usage=5"), QStringLiteral("nps=0")});
        QVERIFY(update);
        QVERIFY(update->alert);
        QCOMPARE(update->replaced.size(), 2);
        QCOMPARE(update->replaced[0].first, QStringLiteral("usage"));
        QCOMPARE(update->replaced[0].second, std::optional(70.0));
        QCOMPARE(update->replaced[1].first, QStringLiteral("nps"));
        QCOMPARE(update->replaced[1].second, std::optional<double>());
        QVERIFY(rows() != before);
        QVERIFY(health.restore(id, date("2026-10-20"), update->replaced, update->alert->id));
        QCOMPARE(rows(), before);

        // A date that had nothing before loses its score again; the drop alert goes with it.
        auto fresh = health.record(id, date("2026-10-25"), {QStringLiteral("usage=40")});
        QVERIFY(fresh);
        QCOMPARE(fresh->replaced.size(), 1);
        QVERIFY(!fresh->replaced[0].second);
        QCOMPARE(fresh->alert->reason, QStringLiteral("drop"));
        QVERIFY(health.restore(id, date("2026-10-25"), fresh->replaced, fresh->alert->id));
        QCOMPARE(rows(), before);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
