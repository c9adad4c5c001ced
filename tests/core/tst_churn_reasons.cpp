// SPDX-License-Identifier: MIT
// Churn reasons as categories: the editable list, a churn recorded under one with the VOC
// entries behind it (and undone), imports by label or code, and the report by reason, source
// and plan, worked out by hand.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/AccountRepository.h"
#include "accounts/ChurnReasons.h"
#include "importing/ImportRunner.h"
#include "metrics/ChurnReasonReport.h"
#include "voc/VocRepository.h"
#include "voc/VocService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Book &book, const QString &sql)
{
    auto q = must(book.query(sql));
    return q.next() ? q.value(0).toLongLong() : -1;
}

struct ReasonBook : KpiBook
{
    qint64 churnAs(qint64 id, const char *on, const QString &code, QList<qint64> voc = {})
    {
        return must(life.churn(id, ChurnRecord{date(on), code, u"note"_s, voc})).accountId;
    }
    void setSourcePlan(qint64 id, const QString &source, const QString &plan)
    {
        AccountChanges c;
        c.source = source;
        c.plan = plan;
        must(life.edit(id, c, date("2026-01-01")));
    }
    qint64 voc(qint64 account)
    {
        VocEntry e;
        e.text = u"CSV の一括出力がほしい"_s;
        e.links = {VocLink{account}};
        e.loggedOn = date("2026-02-01");
        return must(VocService(*book).add(e, date("2026-02-01")));
    }
};

} // namespace

class TestChurnReasons : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void defaultListInBothLanguages()
    {
        ReasonBook f;
        const auto reasons = must(ChurnReasons(*f.book).list());
        QStringList ja, codes;
        for (const ChurnReason &r : reasons) {
            ja << r.labelJa;
            codes << r.code;
            QVERIFY(!r.labelEn.isEmpty());
        }
        QCOMPARE(ja, QStringList({u"価格"_s, u"機能不足"_s, u"導入失敗"_s, u"担当者退職"_s, u"競合へ移行"_s,
                                  u"事業縮小"_s, u"その他"_s}));
        QCOMPARE(codes.first(), u"price"_s);
        QCOMPARE(reasons.at(4).label(u"en"_s), u"Moved to a competitor"_s);
    }

    void findsByCodeOrLabelFolded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << u"competitor"_s << u"competitor"_s;
        QTest::newRow("japanese label") << u"機能不足"_s << u"missing-feature"_s;
        QTest::newRow("english label, other case") << u"PRICE"_s << u"price"_s;
        QTest::newRow("full-width code") << u"ｏｔｈｅｒ"_s << u"other"_s;
        QTest::newRow("unknown") << u"天候"_s << QString();
    }
    void findsByCodeOrLabelFolded()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        ReasonBook f;
        const auto found = must(ChurnReasons(*f.book).find(text));
        QCOMPARE(found ? found->code : QString(), code);
    }

    void editsTheList()
    {
        ReasonBook f;
        ChurnReasons reasons(*f.book);
        QVERIFY(reasons.add({u"contract-terms"_s, u"契約条件"_s, u"Contract terms"_s}));
        QCOMPARE(must(reasons.list()).constLast().code, u"contract-terms"_s);
        QVERIFY(reasons.relabel(u"contract-terms"_s, u"契約条件の不一致"_s, {}));
        QCOMPARE(must(reasons.find(u"契約条件の不一致"_s))->labelEn, u"Contract terms"_s);
        QVERIFY(reasons.retire(u"contract-terms"_s));
        QCOMPARE(must(reasons.list()).size(), 7);
        QCOMPARE(must(reasons.list(true)).size(), 8);
        const auto refused = reasons.resolve(u"contract-terms"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(refused.error().message.contains(u"retired"_s));
        QVERIFY(reasons.retire(u"contract-terms"_s, false));
        QCOMPARE(must(reasons.resolve(u"契約条件の不一致"_s)), u"contract-terms"_s);
    }

    void refusesBadEdits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("ja");
        QTest::addColumn<QString>("en");
        QTest::addColumn<int>("kind");
        QTest::newRow("code with spaces") << u"bad code"_s << u"x"_s << u"x"_s << int(ErrorKind::Invalid);
        QTest::newRow("upper-case code") << u"Price2"_s << u"x"_s << u"x"_s << int(ErrorKind::Invalid);
        QTest::newRow("no english label") << u"weather"_s << u"天候"_s << QString() << int(ErrorKind::Invalid);
        QTest::newRow("code taken") << u"price"_s << u"値段"_s << u"Cost"_s << int(ErrorKind::Conflict);
        QTest::newRow("label taken") << u"cost"_s << u"価格"_s << u"Cost"_s << int(ErrorKind::Conflict);
        QTest::newRow("label is another's code") << u"cost"_s << u"値段"_s << u"competitor"_s
                                                  << int(ErrorKind::Conflict);
    }
    void refusesBadEdits()
    {
        QFETCH(QString, code);
        QFETCH(QString, ja);
        QFETCH(QString, en);
        QFETCH(int, kind);
        ReasonBook f;
        const auto done = ChurnReasons(*f.book).add({code, ja, en});
        QVERIFY(!done);
        QCOMPARE(int(done.error().kind), kind);
        QCOMPARE(must(ChurnReasons(*f.book).list(true)).size(), 7);
        const auto missing = ChurnReasons(*f.book).relabel(u"nothing"_s, u"x"_s, {});
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void churnKeepsReasonAndVocUntilUndone()
    {
        ReasonBook f;
        const qint64 a = f.add("A", 1'200'000, "2025-01-10");
        const qint64 other = f.add("B", 600'000, "2025-01-10");
        const qint64 voc = f.voc(other);   // another account's entry may be behind it
        const auto change = must(f.life.churn(a, ChurnRecord{date("2026-03-01"), u"missing-feature"_s,
                                                              u"CSV 出力がなかった"_s, {voc}}));
        const Account churned = must(AccountRepository(*f.book).get(a));
        QCOMPARE(churned.churnReasonCode, u"missing-feature"_s);
        QCOMPARE(churned.churnReason, u"CSV 出力がなかった"_s);
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM churn_voc WHERE voc_id = %1"_s.arg(voc)), 1);
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM stage_event WHERE reason_code = 'missing-feature'"_s), 1);
        QVERIFY(f.life.revert(change));
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM churn_voc"_s), 0);
        QVERIFY(must(AccountRepository(*f.book).get(a)).churnReasonCode.isEmpty());
    }

    // A churn named by a category's label keeps the code; an entry named twice is linked once.
    void churnStoresTheCodeOfALabel()
    {
        ReasonBook f;
        const qint64 a = f.add("A", 1'200'000, "2025-01-10");
        const qint64 voc = f.voc(a);
        must(f.life.churn(a, ChurnRecord{date("2026-03-01"), u"価格"_s, {}, {voc, voc}}));
        QCOMPARE(must(AccountRepository(*f.book).get(a)).churnReasonCode, u"price"_s);
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM stage_event WHERE reason_code = 'price'"_s), 1);
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM churn_voc"_s), 1);
    }

    // An entry merged into another brings its churns along: the survivor shows their ARR.
    void mergedEntriesKeepTheirChurns()
    {
        ReasonBook f;
        const qint64 a = f.add("A", 1'200'000, "2025-01-10");
        const qint64 b = f.add("B", 600'000, "2025-01-10");
        const qint64 kept = f.voc(a), merged = f.voc(b);
        f.churnAs(b, "2026-03-01", u"missing-feature"_s, {merged});
        QVERIFY(VocService(*f.book).merge(merged, kept, date("2026-04-01")));
        const VocImpact impact = must(VocRepository(*f.book).impact(kept));
        QCOMPARE(impact.churns, 1);
        QCOMPARE(impact.churnedArr, Minor(600'000));
    }

    // A churn always has a reason to choose: the last one offered is not retired.
    void theLastReasonStaysOffered()
    {
        ReasonBook f;
        ChurnReasons reasons(*f.book);
        const auto all = must(reasons.list());
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(reasons.retire(all.at(i).code));
        const auto refused = reasons.retire(all.first().code);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(must(reasons.list()).size(), 1);
    }

    void churnRefusesUnknownReasonOrEntry_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("voc");
        QTest::addColumn<int>("kind");
        QTest::newRow("unknown reason") << u"weather"_s << qint64(0) << int(ErrorKind::Invalid);
        QTest::newRow("missing VOC entry") << u"price"_s << qint64(999) << int(ErrorKind::NotFound);
    }
    void churnRefusesUnknownReasonOrEntry()
    {
        QFETCH(QString, code);
        QFETCH(qint64, voc);
        QFETCH(int, kind);
        ReasonBook f;
        const qint64 a = f.add("A", 1'200'000, "2025-01-10");
        const QStringList before = dumpBook(*f.book);
        const auto refused = f.life.churn(a, ChurnRecord{date("2026-03-01"), code, {},
                                                         voc ? QList<qint64>{voc} : QList<qint64>{}});
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), kind);
        QCOMPARE(dumpBook(*f.book), before);
    }

    void reportsByReasonSourceAndPlan()
    {
        // FY2025 (April start): A (1,200,000, web, Pro) and B (600,000, web, Lite) left for
        // price; C (300,000, seminar, Pro) for a competitor; D (no ARR) without a category;
        // E churned for price in FY2024 (outside). A came back and left again for a competitor.
        ReasonBook f;
        const qint64 a = f.add("A", 1'200'000, "2024-01-10");
        const qint64 b = f.add("B", 600'000, "2024-01-10");
        const qint64 c = f.add("C", 300'000, "2024-01-10");
        const qint64 d = f.add("D", 0, "2024-01-10");
        const qint64 e = f.add("E", 900'000, "2024-01-10");
        f.setSourcePlan(a, u"web"_s, u"Pro"_s);
        f.setSourcePlan(b, u"web"_s, u"Lite"_s);
        f.setSourcePlan(c, u"seminar"_s, u"Pro"_s);
        f.churnAs(e, "2025-02-01", u"price"_s);
        f.churnAs(a, "2025-05-01", u"price"_s);
        f.churnAs(b, "2025-06-01", u"price"_s);
        f.churnAs(c, "2025-07-01", u"competitor"_s);
        f.churnAs(d, "2025-08-01", {});
        f.reactivate(a, "2025-09-01", 500'000);
        f.churnAs(a, "2026-01-15", u"competitor"_s);
        const Period fy = must(Period::parse(u"FY2025"_s, 4));

        const auto byReason = must(ChurnReasonReport(*f.book).compute(fy));
        QCOMPARE(byReason, (QList<ChurnReasonGroup>{{u"price"_s, {}, 2, 1'800'000},
                                                    {u"competitor"_s, {}, 2, 800'000},
                                                    {QString(), {}, 1, 0}}));
        const auto bySource = must(ChurnReasonReport(*f.book).compute(fy, ChurnReasonReport::By::Source));
        QCOMPARE(bySource, (QList<ChurnReasonGroup>{{u"price"_s, u"web"_s, 2, 1'800'000},
                                                    {u"competitor"_s, u"web"_s, 1, 500'000},
                                                    {u"competitor"_s, u"seminar"_s, 1, 300'000},
                                                    {QString(), {}, 1, 0}}));
        const auto byPlan = must(ChurnReasonReport(*f.book).compute(fy, ChurnReasonReport::By::Plan));
        QCOMPARE(byPlan.first(), (ChurnReasonGroup{u"price"_s, u"Pro"_s, 1, 1'200'000}));
        PortfolioScope seminar;
        seminar.csm = u"Sato"_s;
        QCOMPARE(must(ChurnReasonReport(*f.book, seminar).compute(fy)).size(), 3);
        seminar.csm = u"Nobody"_s;
        QVERIFY(must(ChurnReasonReport(*f.book, seminar).compute(fy)).isEmpty());
    }

    void importsByLabelOrCode_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("code");
        QTest::newRow("japanese label in 解約理由") << u"解約理由"_s << u"競合へ移行"_s << u"competitor"_s;
        QTest::newRow("free text in 解約理由") << u"解約理由"_s << u"社長の交代"_s << QString();
        QTest::newRow("code in 解約理由区分") << u"解約理由区分"_s << u"downsizing"_s << u"downsizing"_s;
        QTest::newRow("english label in churn category") << u"churn category"_s << u"Price"_s << u"price"_s;
    }
    void importsByLabelOrCode()
    {
        QFETCH(QString, header);
        QFETCH(QString, cell);
        QFETCH(QString, code);
        ReasonBook f;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"churned.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"会社名,ARR,開始日,解約日,%1\n株式会社あさひ,1200000,2024-04-01,2025-06-30,%2\n"_s
                       .arg(header, cell).toUtf8());
        file.close();
        ImportRequest request;
        request.path = path;
        request.options.today = date("2026-11-23");
        const auto outcome = ImportRunner(*f.book).run(request);
        QVERIFY2(outcome && outcome->result.problems.isEmpty(),
                 qPrintable(outcome ? outcome->result.problems.value(0).reason : outcome.error().message));
        const Account account = must(AccountRepository(*f.book).get(1));
        QCOMPARE(account.churnReasonCode, code);
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM stage_event WHERE stage = 'churned' AND "
                                 "COALESCE(reason_code, '') = '%1'"_s.arg(code)), 1);
    }

    void importRefusesUnknownCategory()
    {
        ReasonBook f;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"churned.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"会社名,解約日,解約理由区分\nあさひ,2025-06-30,price\nひかり,2025-07-31,天候\n"_s.toUtf8());
        file.close();
        ImportRequest request;
        request.path = path;
        request.options.today = date("2026-11-23");
        const auto outcome = ImportRunner(*f.book).run(request);
        QVERIFY(outcome);
        QCOMPARE(outcome->result.problems.size(), 1);
        QCOMPARE(outcome->result.problems.first().row, 3);
        QCOMPARE(outcome->result.problems.first().column, u"解約理由区分"_s);
        QVERIFY(outcome->result.problems.first().reason.contains(u"天候"_s));
        QCOMPARE(count(*f.book, u"SELECT count(*) FROM account"_s), 0);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestChurnReasons)
#include "tst_churn_reasons.moc"
