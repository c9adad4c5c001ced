// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "accounts/AccountRepository.h"
#include "demo/DemoGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

DemoOptions options(int accounts, std::uint64_t seed)
{
    DemoOptions o;
    o.accounts = accounts;
    o.months = 24;
    o.seed = seed;
    o.today = date("2026-11-23");
    return o;
}

// The checks are written with SQLite's GLOB '*[class]*'; a team book reads them as
// PostgreSQL's regular expressions (~ '[class]').
qint64 scalar(Book &book, const char *sql)
{
    QString text = QString::fromUtf8(sql);
    if (book.engine() == BookEngine::Postgres) {
        static const QRegularExpression glob(QStringLiteral("(NOT )?GLOB '\\*(\\[[^]]*\\])\\*'"));
        QRegularExpressionMatch m;
        while ((m = glob.match(text)).hasMatch())
            text.replace(m.capturedStart(), m.capturedLength(),
                         (m.capturedLength(1) ? QStringLiteral("!~ '") : QStringLiteral("~ '")) + m.captured(2) + QLatin1Char('\''));
    }
    QSqlQuery q(book.database());
    q.exec(text);
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

// The demo book: deterministic, believable, all or nothing.
class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBook()
    {
        BookFixture a, b, c;
        QVERIFY(DemoGenerator::fill(*a.book, options(200, 7)));
        QVERIFY(DemoGenerator::fill(*b.book, options(200, 7)));
        QVERIFY(DemoGenerator::fill(*c.book, options(200, 8)));
        const QStringList first = dumpBook(*a.book);
        QCOMPARE(first, dumpBook(*b.book));
        QVERIFY(first != dumpBook(*c.book));
    }

    void bookIsBelievable()
    {
        BookFixture f;
        auto summary = DemoGenerator::fill(*f.book, options(300, 1));
        QVERIFY(summary);
        QCOMPARE(summary->accounts, qint64(300));
        Book &b = *f.book;
        QCOMPARE(scalar(b, "SELECT count(DISTINCT touch) FROM account"), qint64(3));
        QVERIFY(scalar(b, "SELECT count(DISTINCT csm) FROM account") >= 4);
        QVERIFY(scalar(b, "SELECT count(DISTINCT plan) FROM account") >= 3);
        QVERIFY(scalar(b, "SELECT count(DISTINCT industry) FROM account") >= 5);
        QVERIFY(scalar(b, "SELECT count(DISTINCT source) FROM account") >= 5);
        QVERIFY(scalar(b, "SELECT count(DISTINCT stage) FROM account") == 5);
        QVERIFY(scalar(b, "SELECT count(*) FROM arr_event WHERE kind = 'expansion'") > 10);
        QVERIFY(scalar(b, "SELECT count(*) FROM arr_event WHERE kind = 'contraction'") > 3);
        QVERIFY(scalar(b, "SELECT count(*) FROM arr_event WHERE kind = 'churn'") > 5);
        QVERIFY(scalar(b, "SELECT count(*) FROM account WHERE stage = 'churned' "
                          "AND churn_reason IS NULL") == 0);
        // Notes in Japanese (the default language).
        QVERIFY(scalar(b, "SELECT count(*) FROM stage_event WHERE note GLOB '*[ぁ-ん]*'") > 0);
        // Events stay within the account's life and never after today.
        QCOMPARE(scalar(b, "SELECT count(*) FROM stage_event e JOIN account a ON a.id = "
                           "e.account_id WHERE e.entered_on < a.start_on "
                           "OR e.entered_on > '2026-11-23'"),
                 qint64(0));
        QCOMPARE(scalar(b, "SELECT count(*) FROM arr_event WHERE occurred_on > '2026-11-23'"),
                 qint64(0));
        // History reaches back over the months asked for.
        QVERIFY(scalar(b, "SELECT count(*) FROM arr_event WHERE occurred_on < '2024-11-23'") > 0);
        // Health history: every band, some accounts declining into red with an open alert, and
        // the account rows carrying their latest score.
        QCOMPARE(scalar(b, "SELECT count(DISTINCT health_band) FROM account WHERE health_band IS NOT NULL"), qint64(3));
        QVERIFY(scalar(b, "SELECT count(*) FROM health_alert WHERE status = 'open'") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM health_alert h JOIN account a ON a.id = h.account_id "
                           "WHERE a.stage = 'churned'"), qint64(0));
        QCOMPARE(scalar(b, "SELECT count(*) FROM account a WHERE a.health_score <> (SELECT s.score "
                           "FROM health_score s WHERE s.account_id = a.id ORDER BY s.scored_on DESC LIMIT 1)"),
                 qint64(0));
        QVERIFY(scalar(b, "SELECT count(*) FROM account WHERE stage = 'churn-prevention' "
                          "AND health_band = 'red'") > 0);
        // Names are unique and ARR is in whole yen.
        QCOMPARE(scalar(b, "SELECT count(DISTINCT name) FROM account"), qint64(300));
        QCOMPARE(scalar(b, "SELECT count(*) FROM account WHERE arr <= 0"), qint64(0));
    }

    // A demo book speaks the reader's language: a Japanese book's texts are Japanese, an
    // English one's hold no Japanese at all; both are the same accounts, figures and dates.
    void textsFollowTheLanguage()
    {
        BookFixture ja, en;
        DemoOptions o = options(300, 4);
        QVERIFY(DemoGenerator::fill(*ja.book, o));
        o.language = DemoLanguage::English;
        QVERIFY(DemoGenerator::fill(*en.book, o));
        const char *texts[] = {
            "SELECT count(*) FROM stage_event WHERE note GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM account WHERE churn_reason GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM account WHERE (name || csm || industry || source) GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM voc WHERE text GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM voc_tag WHERE tag GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM activity WHERE text GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM task WHERE title GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM plan_objective WHERE title GLOB '*[ぁ-んァ-ン一-龥]*'",
            "SELECT count(*) FROM nps_response WHERE comment GLOB '*[ぁ-んァ-ン一-龥]*'",
        };
        for (const char *sql : texts) {
            QVERIFY2(scalar(*ja.book, sql) > 0, sql);
            QVERIFY2(scalar(*en.book, sql) == 0, sql);
        }
        const auto figures = [](Book &book) {
            QStringList rows;
            QSqlQuery q(book.database());
            q.exec(u"SELECT id, stage, arr, start_on, renewal_on, health_score FROM account ORDER BY id"_s);
            while (q.next())
                rows << u"%1 %2 %3 %4 %5 %6"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            return rows;
        };
        QCOMPARE(figures(*ja.book).size(), 300);
        QCOMPARE(figures(*ja.book), figures(*en.book));
        QCOMPARE(scalar(*ja.book, "SELECT count(*) FROM voc"), scalar(*en.book, "SELECT count(*) FROM voc"));
    }

    void stageMatchesHistory()
    {
        BookFixture f;
        QVERIFY(DemoGenerator::fill(*f.book, options(300, 3)));
        QCOMPARE(scalar(*f.book, "SELECT count(*) FROM account a WHERE a.stage <> (SELECT "
                                 "e.stage FROM stage_event e WHERE e.account_id = a.id ORDER BY "
                                 "e.entered_on DESC, e.id DESC LIMIT 1)"),
                 qint64(0));
        QCOMPARE(scalar(*f.book, "SELECT count(*) FROM account a WHERE a.stage <> 'churned' AND "
                                 "a.arr <> (SELECT e.arr_after FROM arr_event e WHERE "
                                 "e.account_id = a.id ORDER BY e.occurred_on DESC, e.id DESC "
                                 "LIMIT 1)"),
                 qint64(0));
    }

    void vocHistoryIsBelievable()
    {
        BookFixture f;
        const auto summary = DemoGenerator::fill(*f.book, options(400, 3));
        QVERIFY(summary);
        QCOMPARE(summary->vocEntries, 100);
        Book &b = *f.book;
        QCOMPARE(scalar(b, "SELECT count(*) FROM voc"), 100);
        QCOMPARE(scalar(b, "SELECT count(*) FROM voc v WHERE NOT EXISTS "
                           "(SELECT 1 FROM voc_account a WHERE a.voc_id = v.id)"), 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM voc WHERE text GLOB '*[ぁ-んァ-ン一-龥]*'"), 100);
        QVERIFY(scalar(b, "SELECT count(DISTINCT status) FROM voc") >= 5);
        QVERIFY(scalar(b, "SELECT count(DISTINCT kind) FROM voc") >= 6);
        QVERIFY(scalar(b, "SELECT count(*) FROM voc_account WHERE importance = 3") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM voc WHERE logged_on > '2026-11-23' "
                           "OR logged_on < '2024-11-01'"), 0);
        // The search index was filled with the rows.
        if (b.engine() == BookEngine::Sqlite)
            QVERIFY(scalar(b, "SELECT count(*) FROM voc_search WHERE voc_search MATCH '\"文字化け\"'") > 0);
        else   // the trigram index serves the same search
            QVERIFY(scalar(b, "SELECT count(*) FROM voc WHERE search_text LIKE '%文字化け%'") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM voc_change WHERE field = 'status' AND "
                           "old_value IS NULL"), 100);
    }

    void dayToDayWork()
    {
        BookFixture f;
        const auto summary = DemoGenerator::fill(*f.book, options(400, 3));
        QVERIFY(summary);
        Book &b = *f.book;
        QCOMPARE(scalar(b, "SELECT count(*) FROM activity"), summary->activities);
        QVERIFY(summary->activities > 200);
        QCOMPARE(scalar(b, "SELECT count(*) FROM task"), summary->tasks);
        QVERIFY(scalar(b, "SELECT count(*) FROM task WHERE status = 'open' AND due_on < '2026-11-23'") > 0);
        QVERIFY(scalar(b, "SELECT count(*) FROM task WHERE status = 'open' AND due_on >= '2026-11-23'") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM plan_objective"), summary->objectives);
        QVERIFY(scalar(b, "SELECT count(*) FROM plan_objective WHERE quick_win = 1 AND achieved_on IS NOT NULL") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM activity a JOIN account c ON c.id = a.account_id "
                           "WHERE a.occurred_on > '2026-11-23' OR c.stage = 'churned'"), 0);
    }

    // Its people: contacts for every looked-after account (one primary each), a hand-off for each
    // onboarding one (some incomplete), a few champions who left lately.
    void people()
    {
        BookFixture f;
        const auto summary = DemoGenerator::fill(*f.book, options(400, 3));
        QVERIFY(summary);
        Book &b = *f.book;
        QCOMPARE(scalar(b, "SELECT count(*) FROM contact"), summary->contacts);
        QCOMPARE(scalar(b, "SELECT count(*) FROM account a WHERE a.stage <> 'churned' AND a.csm <> '' AND "
                           "(SELECT count(*) FROM contact c WHERE c.account_id = a.id AND c.is_primary = 1) <> 1"), 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM account a WHERE a.stage = 'onboarding' AND a.csm <> '' AND "
                           "NOT EXISTS (SELECT 1 FROM handoff h WHERE h.account_id = a.id)"), 0);
        QVERIFY(scalar(b, "SELECT count(*) FROM handoff WHERE success_criteria IS NULL") > 0);
        QVERIFY(scalar(b, "SELECT count(*) FROM contact WHERE left_on > '2026-08-25' AND roles = 'champion'") > 0);
        QCOMPARE(scalar(b, "SELECT count(*) FROM handoff h JOIN contact c ON c.id = h.decision_maker_id "
                           "WHERE c.account_id <> h.account_id"), 0);
    }

    void refusesABookWithAccounts()
    {
        BookFixture f;
        QVERIFY(DemoGenerator::fill(*f.book, options(10, 1)));
        auto again = DemoGenerator::fill(*f.book, options(10, 1));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY(again.error().message.contains(QStringLiteral("empty book")));
        QCOMPARE(*AccountRepository(*f.book).count(), qint64(10));
    }

    void cancelLeavesTheBookAsItWas()
    {
        BookFixture f;
        qint64 calls = 0;
        auto result = DemoGenerator::fill(*f.book, options(5000, 1), [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY2(result.error().message.contains(u"the demo was cancelled"_s), qPrintable(result.error().message));
        QVERIFY(calls > 0);
        QCOMPARE(*AccountRepository(*f.book).count(), qint64(0));
        QCOMPARE(scalar(*f.book, "SELECT count(*) FROM stage_event"), qint64(0));
    }

    void refusesBadSizes()
    {
        BookFixture f;
        const QStringList before = dumpBook(*f.book);
        const auto noAccounts = DemoGenerator::fill(*f.book, options(0, 1));
        QVERIFY(!noAccounts);
        QCOMPARE(noAccounts.error().kind, ErrorKind::Invalid);
        QVERIFY2(noAccounts.error().message.contains(u"the number of accounts must be between 1 and 1000000, not 0"_s),
                 qPrintable(noAccounts.error().message));
        DemoOptions o = options(10, 1);
        o.months = 0;
        const auto noMonths = DemoGenerator::fill(*f.book, o);
        QVERIFY(!noMonths);
        QCOMPARE(noMonths.error().kind, ErrorKind::Invalid);
        QVERIFY2(noMonths.error().message.contains(u"the number of months must be between 1 and 120, not 0"_s),
                 qPrintable(noMonths.error().message));
        o = options(10, 1);
        o.healthMonths = 25;
        QCOMPARE(DemoGenerator::check(o).error().kind, ErrorKind::Invalid);
        o = options(10, 1);
        o.vocEntries = 5'000'001;
        QCOMPARE(DemoGenerator::check(o).error().kind, ErrorKind::Invalid);
        QCOMPARE(dumpBook(*f.book), before);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
