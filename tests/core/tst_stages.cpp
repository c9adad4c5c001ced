// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "stages/StageRepository.h"

#include <QTest>

using namespace csw;

Q_DECLARE_METATYPE(QList<csw::StageEvent>)

// Stage history: stays in each stage with their dates and days, and the rules for moving.
class TestStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QList<StageEvent>>("events");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("one open stage")
            << QList<StageEvent>{{Stage::Onboarding, date("2026-04-01"), {}}} << "2026-04-11"
            << QList<int>{10} << QStringList{QString()};
        QTest::newRow("across a leap february")
            << QList<StageEvent>{{Stage::Onboarding, date("2028-02-01"), {}},
                                 {Stage::Adoption, date("2028-03-01"), {}}}
            << "2028-03-02" << QList<int>{29, 1} << QStringList{QStringLiteral("2028-03-01"), {}};
        QTest::newRow("month ends")
            << QList<StageEvent>{{Stage::Onboarding, date("2026-01-31"), {}},
                                 {Stage::Adoption, date("2026-02-28"), {}},
                                 {Stage::Expansion, date("2026-03-31"), {}}}
            << "2026-04-30" << QList<int>{28, 31, 30}
            << QStringList{QStringLiteral("2026-02-28"), QStringLiteral("2026-03-31"), {}};
        QTest::newRow("leaves and re-enters")
            << QList<StageEvent>{{Stage::Onboarding, date("2026-04-01"), {}},
                                 {Stage::Adoption, date("2026-05-01"), {}},
                                 {Stage::ChurnPrevention, date("2026-08-01"), {}},
                                 {Stage::Adoption, date("2026-09-01"), {}}}
            << "2026-11-23" << QList<int>{30, 92, 31, 83}
            << QStringList{QStringLiteral("2026-05-01"), QStringLiteral("2026-08-01"),
                           QStringLiteral("2026-09-01"), {}};
        QTest::newRow("same-day move")
            << QList<StageEvent>{{Stage::Onboarding, date("2026-04-01"), {}},
                                 {Stage::Adoption, date("2026-04-01"), {}}}
            << "2026-04-03" << QList<int>{0, 2} << QStringList{QStringLiteral("2026-04-01"), {}};
        QTest::newRow("future start counts zero")
            << QList<StageEvent>{{Stage::Onboarding, date("2026-12-01"), {}}} << "2026-11-23"
            << QList<int>{0} << QStringList{QString()};
    }
    void spans()
    {
        QFETCH(QList<StageEvent>, events);
        QFETCH(QString, today);
        QFETCH(QList<int>, days);
        QFETCH(QStringList, left);
        const QList<StageSpan> spans = StageRepository::spans(events, *Dates::parseIso(today));
        QCOMPARE(spans.size(), days.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QCOMPARE(spans[i].stage, events[i].stage);
            QCOMPARE(spans[i].days, long(days[i]));
            QCOMPARE(spans[i].leftOn ? Dates::toIso(*spans[i].leftOn) : QString(), left[i]);
        }
    }

    void moveStageKeepsHistory()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        Account a;
        a.name = QStringLiteral("A");
        a.startOn = date("2026-04-01");
        const qint64 id = lifecycle.add(a)->accountId;
        QVERIFY(lifecycle.moveStage(id, Stage::Adoption, date("2026-05-01"), QStringLiteral("QW")));
        QVERIFY(lifecycle.moveStage(id, Stage::ChurnPrevention, date("2026-08-01")));
        QVERIFY(lifecycle.moveStage(id, Stage::Adoption, date("2026-09-01")));
        auto history = StageRepository(*f.book).history(id, date("2026-11-23"));
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(1).note, QStringLiteral("QW"));
        QCOMPARE(history->at(3).days, 83L);
        QCOMPARE(AccountRepository(*f.book).get(id)->stage, Stage::Adoption);
    }

    void moveStageRefuses_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("message");
        QTest::newRow("same stage") << int(Stage::Adoption) << "2026-06-01" << "already";
        QTest::newRow("before the current stage") << int(Stage::Expansion) << "2026-04-15"
                                                  << "before";
        QTest::newRow("churned") << int(Stage::Churned) << "2026-06-01" << "account churn";
        QTest::newRow("future") << int(Stage::Expansion) << "2099-01-01" << "is in the future";
    }
    void moveStageRefuses()
    {
        QFETCH(int, stage);
        QFETCH(QString, on);
        QFETCH(QString, message);
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        Account a;
        a.name = QStringLiteral("A");
        a.startOn = date("2026-04-01");
        const qint64 id = lifecycle.add(a)->accountId;
        QVERIFY(lifecycle.moveStage(id, Stage::Adoption, date("2026-05-01")));
        const auto moved = lifecycle.moveStage(id, Stage(stage), *Dates::parseIso(on));
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, ErrorKind::Invalid);
        QVERIFY2(moved.error().message.contains(message), qPrintable(moved.error().message));
        QCOMPARE(StageRepository(*f.book).events(id)->size(), 2);
    }

    void churnedAccountsDoNotMove()
    {
        BookFixture f;
        AccountLifecycle lifecycle(*f.book);
        Account a;
        a.name = QStringLiteral("A");
        a.startOn = date("2026-04-01");
        const qint64 id = lifecycle.add(a)->accountId;
        QVERIFY(lifecycle.churn(id, date("2026-06-01"), {}));
        const auto churned = lifecycle.moveStage(id, Stage::Adoption, date("2026-07-01"));
        QVERIFY(!churned);
        QCOMPARE(churned.error().kind, ErrorKind::Invalid);
        QVERIFY2(churned.error().message.contains(QStringLiteral("account %1 has churned; its stage cannot change").arg(id)),
                 qPrintable(churned.error().message));
        const auto missing = lifecycle.moveStage(4242, Stage::Adoption, date("2026-07-01"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no account 4242")), qPrintable(missing.error().message));
        QCOMPARE(StageRepository(*f.book).events(id)->last().stage, Stage::Churned);   // it stays where it was
        QCOMPARE(StageRepository(*f.book).events(id)->size(), 2);
    }

    void stageNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("stage");
        QTest::newRow("key") << "churn-prevention" << int(Stage::ChurnPrevention);
        QTest::newRow("upper case") << "ADOPTION" << int(Stage::Adoption);
        QTest::newRow("japanese") << "チャーン防止" << int(Stage::ChurnPrevention);
        QTest::newRow("japanese long") << "アダプション（活用定着化）" << int(Stage::Adoption);
        QTest::newRow("unknown") << "happy" << -1;
    }
    void stageNames()
    {
        QFETCH(QString, text);
        QFETCH(int, stage);
        const auto parsed = Stages::fromKey(text);
        QCOMPARE(parsed ? int(*parsed) : -1, stage);
    }
};

QTEST_GUILESS_MAIN(TestStages)
#include "tst_stages.moc"
