// SPDX-License-Identifier: MIT
#include "CliTest.h"

// csw health, scorecard and alerts through the real executable.
class TestCliHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString book()
    {
        const QString path = sakuraBook(m_dir);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"book.sqlite"_s));
    }

    void setShowExplain()
    {
        const QString path = book();
        QVERIFY(!path.isEmpty());
        const Run first = run(path, words("health set 1 usage=60 support=4 --date 2026-10-01"));
        EXPECT_EXIT(first, 0);
        // Two measures carry 40 % of the default scorecard's weight: a score, marked incomplete.
        QCOMPARE(first.out, QByteArray("70 green (incomplete: 40 % of the weight)\n"));
        const Run second = run(path, words("health set 1 usage=30 --date 2026-11-01"));
        EXPECT_EXIT(second, 0);
        QVERIFY2(second.out.startsWith("47.5 yellow"), second.out);

        const QJsonArray history = run(path, words("health show 1 --format json")).json().array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].toObject()[u"score"_s].toDouble(), 47.5);
        QCOMPARE(history[1].toObject()[u"band"_s].toString(), u"yellow"_s);
        QCOMPARE(history[1].toObject()[u"scorecard_version"_s].toInt(), 1);

        const QJsonObject e = run(path, words("health explain 1 --format json")).json().object();
        QCOMPARE(e[u"score"_s].toDouble(), 47.5);
        QCOMPARE(e[u"previous_score"_s].toDouble(), 70.0);
        QCOMPARE(e[u"change"_s].toDouble(), -22.5);
        const QJsonArray measures = e[u"measures"_s].toArray();
        QCOMPARE(measures.size(), 2);
        double sum = 0;
        for (const QJsonValue &m : measures) {
            sum += m.toObject()[u"contribution"_s].toDouble();
            if (m.toObject()[u"measure"_s].toString() == u"usage"_s) {
                QCOMPARE(m.toObject()[u"value"_s].toDouble(), 30.0);
                QCOMPARE(m.toObject()[u"score"_s].toDouble(), 40.0);
                QCOMPARE(m.toObject()[u"weight"_s].toDouble(), 30.0);
                QCOMPARE(m.toObject()[u"previous_value"_s].toDouble(), 60.0);
                QCOMPARE(m.toObject()[u"score_change"_s].toDouble(), -30.0);
            }
        }
        QCOMPARE(std::round(sum * 10) / 10, 47.5);
        // Explained as of a date, and listed by band.
        QCOMPARE(run(path, words("health explain 1 --date 2026-10-15 --format json")).json().object()[u"score"_s].toDouble(), 70.0);
        QCOMPARE(ids(run(path, words("account list --health yellow --format json")).json()), QList<qint64>{1});
        QVERIFY(ids(run(path, words("account list --health green --format json")).json()).isEmpty());
        QCOMPARE(show(path)[u"health_band"_s].toString(), u"yellow"_s);
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *args, int code, const char *message) {
            QTest::newRow(name) << words(args) << code << QString::fromUtf8(message);
        };
        row("unknown measure", "health set 1 logins=5", 1, "not a measure");
        row("outside the range", "health set 1 usage=150", 1, "outside");
        row("not a number", "health set 1 usage=lots", 1, "not a number");
        row("future date", "health set 1 usage=50 --date 2026-12-01", 1, "future");
        row("impossible date", "health set 1 usage=50 --date 2026-02-30", 1, "not a date");
        row("unknown account", "health set 99 usage=50", 1, "no account 99");
        row("no measures", "health set 1", 2, "expected");
        row("zero weight", "scorecard set usage.weight=0", 1, "weight");
        row("bands overlap", "scorecard set --red-below 80 --green-from 60", 1, "bands");
        row("thresholds reversed", "scorecard set support.yellow=2", 1, "thresholds");
        row("half a new measure", "scorecard set logins.weight=5", 1, "needs");
        row("explain without score", "health explain 1", 1, "no health score");
        row("unknown alert", "alerts dismiss 42", 1, "no alert 42");
    }
    void badInputStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString path = book();
        const QByteArray before = digest(path);
        const Run r = run(path, args);
        EXPECT_EXIT(r, code);
        QVERIFY2(r.err.startsWith("csw: ") && QString::fromUtf8(r.err).contains(message), r.err);
        QCOMPARE(digest(path), before);
    }

    void scorecardVersionsAndRecompute()
    {
        const QString path = book();
        EXPECT_EXIT(run(path, words("health set 1 usage=30 --date 2026-10-01")), 0);
        const Run set = run(path, words("scorecard set usage.yellow=20 nps.weight=5"));
        EXPECT_EXIT(set, 0);
        QVERIFY(set.out.contains("version 2"));
        const QJsonObject card = run(path, words("scorecard show --format json")).json().object();
        QCOMPARE(card[u"version"_s].toInt(), 2);
        // The kept score stays under version 1 until it is recomputed.
        QCOMPARE(run(path, words("health show 1 --format json")).json().array()[0].toObject()[u"scorecard_version"_s].toInt(), 1);
        EXPECT_EXIT(run(path, words("scorecard recompute")), 0);
        const QJsonObject score = run(path, words("health show 1 --format json")).json().array()[0].toObject();
        QCOMPARE(score[u"scorecard_version"_s].toInt(), 2);
        QCOMPARE(score[u"score"_s].toDouble(), 47.5);
        // A touch model's own scorecard.
        EXPECT_EXIT(run(path, words("scorecard set --touch tech usage.weight=90")), 0);
        QCOMPARE(run(path, words("scorecard show --touch tech --format json")).json().object()[u"measures"_s]
                     .toArray()[0].toObject()[u"weight"_s].toDouble(), 90.0);
        QCOMPARE(run(path, words("scorecard show --format json")).json().object()[u"measures"_s]
                     .toArray()[0].toObject()[u"weight"_s].toDouble(), 30.0);
    }

    void alertsRaiseSnoozeDismiss()
    {
        const QString path = book();
        EXPECT_EXIT(run(path, words("health set 1 usage=80 --date 2026-11-01")), 0);
        const Run red = run(path, words("health set 1 usage=10 --date 2026-11-10"));
        EXPECT_EXIT(red, 0);
        QVERIFY2(red.err.contains("alert"), red.err);
        QJsonArray alerts = run(path, words("alerts list --format json")).json().array();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject alert = alerts[0].toObject();
        QCOMPARE(alert[u"reason"_s].toString(), u"red"_s);
        QCOMPARE(alert[u"account"_s].toString(), Sakura);
        const QString id = QString::number(alert[u"id"_s].toInteger());
        // No second alert while this one is open.
        EXPECT_EXIT(run(path, words("health set 1 usage=0 --date 2026-11-15")), 0);
        QCOMPARE(run(path, words("alerts list --format json")).json().array().size(), 1);
        EXPECT_EXIT(run(path, {u"alerts"_s, u"snooze"_s, id, u"--until"_s, u"2026-12-01"_s}), 0);
        QCOMPARE(run(path, words("alerts list --format json")).json().array().size(), 0);
        // The snooze ends.
        QCOMPARE(run(path, words("alerts list --format json"), {u"CSW_TODAY=2026-12-01"_s}).json().array().size(), 1);
        // Without --until: a week, as the window's button.
        EXPECT_EXIT(run(path, {u"alerts"_s, u"snooze"_s, id}, {u"CSW_TODAY=2026-12-01"_s}), 0);
        QCOMPARE(run(path, words("alerts list --format json"), {u"CSW_TODAY=2026-12-07"_s}).json().array().size(), 0);
        QCOMPARE(run(path, words("alerts list --format json"), {u"CSW_TODAY=2026-12-08"_s}).json().array().size(), 1);
        EXPECT_EXIT(run(path, {u"alerts"_s, u"dismiss"_s, id}), 0);
        QCOMPARE(run(path, words("alerts list --format json"), {u"CSW_TODAY=2026-12-01"_s}).json().array().size(), 0);
        const Run again = run(path, {u"alerts"_s, u"dismiss"_s, id});
        EXPECT_EXIT(again, 1);
        QVERIFY2(QString::fromUtf8(again.err).startsWith(u"csw: alert %1 is closed already"_s.arg(id)), again.err);
    }

    // Alerts per measure (issue 19): set with scorecard set, shown by scorecard show, raised by
    // health set and listed with what moved.
    void measureAlerts()
    {
        const QString path = book();
        EXPECT_EXIT(run(path, words("scorecard set usage.drop=20 usage.days=30 --drop-points 90")), 0);
        const QJsonObject usage =
            run(path, words("scorecard show --format json")).json().object()[u"measures"_s].toArray()[0].toObject();
        QCOMPARE(usage[u"drop"_s].toDouble(), 20.0);
        QCOMPARE(usage[u"days"_s].toInt(), 30);
        QVERIFY(usage[u"alert"_s].isNull());
        EXPECT_EXIT(run(path, words("health set 1 usage=72 --date 2026-10-01")), 0);
        const Run fell = run(path, words("health set 1 usage=41 --date 2026-10-28"));
        EXPECT_EXIT(fell, 0);
        QVERIFY2(fell.err.contains("usage fell from 72 to 41"), fell.err);
        const QJsonObject alert = run(path, words("alerts list --format json")).json().array()[0].toObject();
        QCOMPARE(alert[u"reason"_s].toString(), u"measure"_s);
        QCOMPARE(alert[u"measure"_s].toString(), u"usage"_s);
        QCOMPARE(alert[u"change"_s].toString(), u"usage fell from 72 to 41 between 2026-10-01 and 2026-10-28"_s);
        const Run refused = run(path, words("scorecard set usage.alert=500"));
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("alert level 500"), refused.err);
    }

    // csw nps add feeds the health NPS measure; a detractor's fall raises an alert; to-voc
    // hands the comment on once; bad answers are refused with the reason.
    void npsJoinedUp()
    {
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"nps.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name A --arr 1000000 --start 2025-01-01")), 0);
        EXPECT_EXIT(run(path, words("health set 1 usage=80 adoption=70 --date 2026-10-01")), 0);
        const Run promoter = run(path, {u"nps"_s, u"add"_s, u"1"_s, u"--score"_s, u"9"_s, u"--date"_s,
                                        u"2026-10-15"_s, u"--respondent"_s, u"田中"_s, u"--comment"_s,
                                        u"サポートが速い"_s});
        EXPECT_EXIT(promoter, 0);
        QVERIFY(promoter.text().startsWith(u"1\n"_s));
        const Run detractor = run(path, words("nps add 1 --score 3 --date 2026-11-20 --comment CSV-is-slow"));
        EXPECT_EXIT(detractor, 0);
        QVERIFY2(detractor.text().contains(u"alert raised"_s), detractor.out);
        QCOMPARE(run(path, words("alerts list --format json")).json().array().size(), 1);
        const QJsonArray answers = run(path, words("nps list 1 --format json")).json().array();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0)[u"score"_s].toInt(), 3);
        QCOMPARE(answers.at(0)[u"group"_s].toString(), u"detractor"_s);
        QCOMPARE(answers.at(1)[u"respondent"_s].toString(), u"田中"_s);
        const QJsonArray explained =
            run(path, words("health explain 1 --format json")).json().object()[u"measures"_s].toArray();
        bool npsSeen = false;
        for (const QJsonValue &row : explained)
            npsSeen = npsSeen || (row[u"measure"_s].toString() == u"nps"_s && row[u"value"_s].toDouble() == 3);
        QVERIFY(npsSeen);

        const Run voc = run(path, words("nps to-voc 2"));
        EXPECT_EXIT(voc, 0);
        const QJsonArray entries = run(path, words("voc list --format json")).json().array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[u"text"_s].toString(), u"CSV-is-slow"_s);
        QCOMPARE(run(path, words("nps list 1 --format json")).json().array().at(0)[u"voc_id"_s].toInt(), 1);
        const Run again = run(path, words("nps to-voc 2"));
        EXPECT_EXIT(again, 1);
        QVERIFY2(again.err.contains("already VOC entry 1"), again.err);
    }

    void npsRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("score 11") << u"nps add 1 --score 11"_s << 1 << u"0 to 10"_s;
        QTest::newRow("no score") << u"nps add 1"_s << 2 << u"--score"_s;
        QTest::newRow("no account") << u"nps add 7 --score 5"_s << 1 << u"7"_s;
        QTest::newRow("tomorrow") << u"nps add 1 --score 5 --date 2026-11-24"_s << 1 << u"future"_s;
        QTest::newRow("no comment") << u"nps to-voc 1"_s << 1 << u"no NPS answer 1"_s;
    }
    void npsRefused()
    {
        QFETCH(QString, line);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = newBookPath(dir, u"bad.sqlite"_s);
        EXPECT_EXIT(run(path, {u"init"_s}), 0);
        EXPECT_EXIT(run(path, words("account add --name A --arr 1000000 --start 2025-01-01")), 0);
        const Run r = run(path, line.split(u' '));
        EXPECT_EXIT(r, code);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err);
        QVERIFY(run(path, words("nps list 1 --format json")).json().array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_cli_health.moc"
