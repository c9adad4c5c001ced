// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "demo/DemoGenerator.h"
#include "health/HealthService.h"
#include "health/ScoreRecompute.h"
#include "health/ScorecardEdit.h"

#include <QSqlQuery>
#include <QTest>

using namespace csw;

namespace {
QList<std::pair<qint64, double>> latestScores(Book &book)
{
    QList<std::pair<qint64, double>> scores;
    QSqlQuery q(book.database());
    q.exec(QStringLiteral("SELECT id, health_score FROM account WHERE health_score IS NOT NULL ORDER BY id"));
    while (q.next())
        scores << std::pair{q.value(0).toLongLong(), q.value(1).toDouble()};
    return scores;
}

Status storeScorecard(Book &book, const QStringList &changes, std::optional<Touch> touch = {})
{
    HealthRepository repo(book);
    auto edited = ScorecardEdit::apply(*repo.activeScorecard(touch), changes);
    if (!edited)
        return edited.error();
    edited->touch = touch;
    return book.write([&]() -> Status {
        auto stored = repo.storeScorecard(*edited);
        return stored ? Status() : Status(stored.error());
    });
}
} // namespace

// Rescoring the whole history in one pass gives what scoring each date on its own gives.
class TestScoreRecompute : public QObject
{
    Q_OBJECT

    BookFixture *m_fixture = nullptr;

private Q_SLOTS:
    void init()
    {
        m_fixture = new BookFixture;
        DemoOptions options;
        options.accounts = 200;
        options.healthMonths = 8;
        options.today = date("2026-11-23");
        QVERIFY(DemoGenerator::fill(*m_fixture->book, options));
    }
    void cleanup() { delete m_fixture; }

    void unchangedScorecardGivesTheSameScores()
    {
        Book &book = *m_fixture->book;
        const auto before = latestScores(book);
        QVERIFY(before.size() > 150);
        auto done = ScoreRecompute::run(book, std::nullopt);
        QVERIFY(done);
        QVERIFY(*done > 1000);
        const auto after = latestScores(book);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QVERIFY2(std::abs(after[i].second - before[i].second) <= 0.1001, qPrintable(QString::number(after[i].first)));
    }

    void matchesScoringEachDateAlone()
    {
        Book &book = *m_fixture->book;
        QVERIFY(storeScorecard(book, {QStringLiteral("usage.weight=50"), QStringLiteral("support.green=6")}));
        QVERIFY(ScoreRecompute::run(book, std::nullopt));
        HealthService health(book);
        int checked = 0;
        for (const auto &[id, score] : latestScores(book)) {
            if (id % 17 != 0)
                continue;
            const auto e = health.explain(id, std::nullopt);
            QVERIFY(e);
            QCOMPARE(e->scorecard.version, 2);
            QCOMPARE(e->result.score, score);
            ++checked;
        }
        QVERIFY(checked > 5);
    }

    void onlyTheTouchModelAsked()
    {
        Book &book = *m_fixture->book;
        QVERIFY(storeScorecard(book, {QStringLiteral("usage.weight=80")}, Touch::Tech));
        QVERIFY(ScoreRecompute::run(book, Touch::Tech));
        QSqlQuery q(book.database());
        q.exec(QStringLiteral("SELECT count(*) FROM health_score s JOIN account a ON a.id = s.account_id "
                              "JOIN scorecard c ON c.id = s.scorecard_id WHERE a.touch = 'tech' AND c.touch IS NULL"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.exec(QStringLiteral("SELECT count(*) FROM health_score s JOIN account a ON a.id = s.account_id "
                              "JOIN scorecard c ON c.id = s.scorecard_id WHERE a.touch <> 'tech' AND c.touch = 'tech'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void cancelLeavesTheBook()
    {
        Book &book = *m_fixture->book;
        QVERIFY(storeScorecard(book, {QStringLiteral("usage.weight=5")}));
        const auto before = latestScores(book);
        auto cancelled = ScoreRecompute::run(book, std::nullopt, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY2(cancelled.error().message.contains(QStringLiteral("the recomputation was cancelled")),
                 qPrintable(cancelled.error().message));
        QCOMPARE(latestScores(book), before);
    }
};

QTEST_GUILESS_MAIN(TestScoreRecompute)
#include "tst_score_recompute.moc"
