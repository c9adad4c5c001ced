// SPDX-License-Identifier: MIT
// NPS answers joined up: an account's answers, the latest feeding the health NPS measure (and
// a detractor whose score fell raising an alert), undone exactly, and a comment made a linked
// VOC entry; bad answers refused with the book unchanged.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "health/HealthRepository.h"
#include "health/NpsAnswers.h"
#include "voc/VocRepository.h"

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct NpsBook : KpiBook
{
    qint64 account = add("A", 1'000'000, "2025-01-10");
    NpsAnswers nps{*book};

    NpsBook() { must(HealthService(*book).record(account, date("2026-10-01"), {u"usage=80"_s, u"adoption=70"_s})); }

    NpsAdded answer(int score, const char *on, const QString &comment = {})
    {
        NpsAnswer a;
        a.accountId = account;
        a.score = score;
        a.respondedOn = date(on);
        a.respondent = u"田中"_s;
        a.comment = comment;
        return must(nps.add(a));
    }
    std::optional<double> npsMeasure(const char *on)
    {
        auto q = must(book->query(u"SELECT value FROM health_measure WHERE account_id = ? AND measure = 'nps' "
                                  "AND measured_on = ?"_s,
                                  {account, u"%1"_s.arg(QLatin1String(on))}));
        return q.next() ? std::optional<double>(q.value(0).toDouble()) : std::nullopt;
    }
    qint64 openAlerts()
    {
        auto q = must(book->query(u"SELECT count(*) FROM health_alert WHERE status = 'open'"_s));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

class TestNps : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void groups_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("group");
        QTest::newRow("0") << 0 << int(NpsAnswer::Group::Detractor);
        QTest::newRow("6") << 6 << int(NpsAnswer::Group::Detractor);
        QTest::newRow("7") << 7 << int(NpsAnswer::Group::Passive);
        QTest::newRow("8") << 8 << int(NpsAnswer::Group::Passive);
        QTest::newRow("9") << 9 << int(NpsAnswer::Group::Promoter);
        QTest::newRow("10") << 10 << int(NpsAnswer::Group::Promoter);
    }
    void groups()
    {
        QFETCH(int, score);
        QFETCH(int, group);
        QCOMPARE(int(NpsAnswer::groupOf(score)), group);
    }

    void latestAnswerFeedsTheHealthMeasure()
    {
        NpsBook f;
        const NpsAdded first = f.answer(9, "2026-10-15", u"サポートが速い"_s);
        QVERIFY(first.health);
        QCOMPARE(f.npsMeasure("2026-10-15"), std::optional<double>(9));
        // An older answer is kept but is not the measure: the latest one is.
        const NpsAdded older = f.answer(5, "2026-09-01");
        QVERIFY(!older.health);
        QCOMPARE(f.npsMeasure("2026-09-01"), std::nullopt);
        const auto answers = must(f.nps.ofAccount(f.account));
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.first().score, 9);
        QCOMPARE(answers.first().respondent, u"田中"_s);
        QCOMPARE(answers.last().score, 5);
        QCOMPARE(f.openAlerts(), 0);   // a promoter raises nothing
    }

    void detractorWhoseScoreFellRaisesAnAlert()
    {
        NpsBook f;
        f.answer(9, "2026-10-15");
        const double before = *must(AccountRepository(*f.book).get(f.account)).healthScore;
        const NpsAdded detractor = f.answer(3, "2026-11-20", u"CSV 出力が遅い"_s);
        QVERIFY(detractor.health && detractor.health->result);
        QVERIFY(detractor.health->result->score < before);
        QVERIFY(detractor.health->alert);
        QCOMPARE(detractor.health->alert->previousScore, std::optional<double>(before));
        QCOMPARE(f.openAlerts(), 1);

        // Undone: the answer, the measure, the score and the alert go; the score is as before.
        QVERIFY(f.nps.revert(detractor));
        QCOMPARE(must(f.nps.ofAccount(f.account)).size(), 1);
        QCOMPARE(f.npsMeasure("2026-11-20"), std::nullopt);
        QCOMPARE(f.openAlerts(), 0);
        QCOMPARE(*must(AccountRepository(*f.book).get(f.account)).healthScore, before);
    }

    void passiveRaisesNoAlertOnASmallFall()
    {
        NpsBook f;
        f.answer(10, "2026-10-15");
        const NpsAdded passive = f.answer(7, "2026-11-20");
        QVERIFY(passive.health && !passive.health->alert);
    }

    void commentBecomesALinkedVocEntry()
    {
        NpsBook f;
        const NpsAdded promoter = f.answer(10, "2026-10-15", u"導入支援が手厚い"_s);
        const NpsAdded detractor = f.answer(2, "2026-11-20", u"請求書の PDF がほしい"_s);
        const qint64 praise = must(f.nps.toVoc(promoter.answerId));
        const qint64 request = must(f.nps.toVoc(detractor.answerId));
        const VocEntry p = must(VocRepository(*f.book).get(praise));
        QCOMPARE(p.text, u"導入支援が手厚い"_s);
        QCOMPARE(p.kind, VocKind::Praise);
        QCOMPARE(p.target, VocTarget::Marketing);
        QCOMPARE(p.source, std::optional<VocSource>(VocSource::Survey));
        QCOMPARE(p.loggedOn, date("2026-10-15"));
        QCOMPARE(p.links, (QList<VocLink>{{f.account, Importance::NiceToHave}}));
        const VocEntry r = must(VocRepository(*f.book).get(request));
        QCOMPARE(r.target, VocTarget::Product);
        QCOMPARE(r.links.first().importance, Importance::Important);
        QCOMPARE(must(f.nps.get(detractor.answerId)).vocId, std::optional<qint64>(request));

        QVERIFY(f.nps.revertToVoc(detractor.answerId, request));
        QVERIFY(!must(f.nps.get(detractor.answerId)).vocId);
        QVERIFY(!VocRepository(*f.book).get(request));
    }

    void refusesBadAnswers_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("on");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<int>("kind");
        QTest::newRow("11") << 11 << u"2026-11-01"_s << qint64(1) << int(ErrorKind::Invalid);
        QTest::newRow("-1") << -1 << u"2026-11-01"_s << qint64(1) << int(ErrorKind::Invalid);
        QTest::newRow("tomorrow") << 8 << u"2026-11-24"_s << qint64(1) << int(ErrorKind::Invalid);
        QTest::newRow("no such account") << 8 << u"2026-11-01"_s << qint64(99) << int(ErrorKind::NotFound);
    }
    void refusesBadAnswers()
    {
        QFETCH(int, score);
        QFETCH(QString, on);
        QFETCH(qint64, account);
        QFETCH(int, kind);
        NpsBook f;
        const QStringList before = dumpBook(*f.book);
        NpsAnswer a;
        a.accountId = account;
        a.score = score;
        a.respondedOn = *Dates::parseIso(on);
        const auto refused = f.nps.add(a);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), kind);
        QCOMPARE(dumpBook(*f.book), before);
        QVERIFY(must(f.nps.ofAccount(f.account)).isEmpty());
    }

    void toVocRefusals()
    {
        NpsBook f;
        const NpsAdded silent = f.answer(4, "2026-11-01");
        const auto noComment = f.nps.toVoc(silent.answerId);
        QCOMPARE(noComment.error().kind, ErrorKind::Invalid);
        const NpsAdded said = f.answer(4, "2026-11-02", u"遅い"_s);
        QVERIFY(f.nps.toVoc(said.answerId));
        QCOMPARE(f.nps.toVoc(said.answerId).error().kind, ErrorKind::Conflict);
        QCOMPARE(f.nps.toVoc(999).error().kind, ErrorKind::NotFound);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestNps)
#include "tst_nps.moc"
