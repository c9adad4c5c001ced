// SPDX-License-Identifier: MIT
// Touch model rules (issue 19): by ARR, within a plan or a segment; overlaps refused with the
// overlap named; a preview of who would change and their ARR; applied as one step, undone
// exactly; an account kept by hand is left alone until released.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/Segments.h"
#include "accounts/TouchRules.h"

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

void must(const Status &status)
{
    if (!status)
        qFatal("touch rules: %s", qPrintable(status.error().message));
}
using kpitest::must;

TouchRule rule(Touch touch, std::optional<Minor> from, std::optional<Minor> below, const QString &plan = {},
               const QString &segment = {})
{
    TouchRule r;
    r.touch = touch;
    r.arrFrom = from;
    r.arrBelow = below;
    r.plan = plan;
    r.segment = segment;
    return r;
}

// ≥ ¥10,000,000 high, ≥ ¥1,000,000 low, else tech: the example.
QList<TouchRule> tiers()
{
    return {rule(Touch::High, 10'000'000, std::nullopt), rule(Touch::Low, 1'000'000, 10'000'000),
            rule(Touch::Tech, std::nullopt, 1'000'000)};
}

struct TouchBook : KpiBook
{
    qint64 big = add("大口商事", 12'000'000, "2025-01-10");
    qint64 mid = add("中堅工業", 3'000'000, "2025-02-10");
    qint64 small = add("小さな店", 400'000, "2025-03-10");
    qint64 gone = add("解約済み", 500'000, "2025-03-10");
    TouchRules rules{*book};

    TouchBook() { churn(gone, "2026-06-30"); }   // every account starts high (the default)

    Touch touchOf(qint64 id) { return must(AccountRepository(*book).get(id)).touch; }
    QSet<qint64> every(const TouchPreview &preview)
    {
        QSet<qint64> ids;
        for (const TouchChange &c : preview.changes)
            ids.insert(c.accountId);
        return ids;
    }
};

} // namespace

class TestTouchRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void previewListsWhoWouldChange()
    {
        TouchBook f;
        for (const TouchRule &r : tiers())
            must(f.rules.add(r));
        const TouchPreview preview = must(f.rules.preview(must(f.rules.list())));
        QCOMPARE(preview.changes.size(), 2);   // the big one is high already; the churned one is left
        QCOMPARE(preview.changes[0].accountId, f.mid);
        QCOMPARE(preview.changes[0].to, Touch::Low);
        QCOMPARE(preview.changes[1].accountId, f.small);
        QCOMPARE(preview.changes[1].to, Touch::Tech);
        QCOMPARE(preview.moving(), 2);
        QCOMPARE(preview.movingArr(), Minor(3'400'000));
        QCOMPARE(preview.unmatched, 0);
    }

    void applyIsOneStepUndoneExactly()
    {
        TouchBook f;
        must(f.rules.replace(tiers()));
        const QStringList before = dumpBook(*f.book, false);
        const TouchPreview preview = must(f.rules.preview(must(f.rules.list())));
        const TouchApplied applied = must(f.rules.apply(preview, f.every(preview), date("2026-11-23")));
        QCOMPARE(f.touchOf(f.mid), Touch::Low);
        QCOMPARE(f.touchOf(f.small), Touch::Tech);
        QCOMPARE(f.touchOf(f.big), Touch::High);
        QCOMPARE(must(f.rules.preview(must(f.rules.list()))).changes.size(), 0);
        must(f.rules.undo(applied));
        QCOMPARE(dumpBook(*f.book, false), before);
    }

    void anUntickedAccountIsKeptByHand()
    {
        TouchBook f;
        must(f.rules.replace(tiers()));
        const TouchPreview preview = must(f.rules.preview(must(f.rules.list())));
        const QStringList before = dumpBook(*f.book, false);
        const TouchApplied applied = must(f.rules.apply(preview, {f.mid}, date("2026-11-23")));
        QCOMPARE(f.touchOf(f.small), Touch::High);   // left as it was, and kept so from now on
        QCOMPARE(must(f.rules.kept()), QSet<qint64>{f.small});
        const TouchPreview next = must(f.rules.preview(must(f.rules.list())));
        QCOMPARE(next.changes.size(), 1);
        QVERIFY(next.changes[0].kept);
        QCOMPARE(next.moving(), 0);
        // Ticked later, it is released and moved.
        const TouchApplied released = must(f.rules.apply(next, {f.small}, date("2026-11-24")));
        QCOMPARE(f.touchOf(f.small), Touch::Tech);
        QVERIFY(must(f.rules.kept()).isEmpty());
        must(f.rules.undo(released));
        QCOMPARE(must(f.rules.kept()), QSet<qint64>{f.small});
        must(f.rules.undo(applied));
        QCOMPARE(dumpBook(*f.book, false), before);
    }

    void planAndSegmentRulesComeFirst()
    {
        TouchBook f;
        AccountChanges plan;
        plan.plan = u"Enterprise"_s;
        must(f.life.edit(f.small, plan, date("2026-01-01")));
        must(Segments(*f.book).add(Segment{u"中堅"_s, u"csm = Sato and arr >= 2000000 and arr < 5000000"_s, {}, {}}));
        QList<TouchRule> rules = tiers();
        rules << rule(Touch::High, std::nullopt, std::nullopt, u"Enterprise"_s)
              << rule(Touch::Tech, std::nullopt, std::nullopt, {}, u"中堅"_s);
        must(f.rules.replace(rules));
        const TouchPreview preview = must(f.rules.preview(must(f.rules.list())));
        QCOMPARE(preview.changes.size(), 1);   // the Enterprise one stays high
        QCOMPARE(preview.changes[0].accountId, f.mid);
        QCOMPARE(preview.changes[0].to, Touch::Tech);   // the segment's rule, not the ARR tier
        // A segment's rule within a plan comes before the segment's own.
        rules << rule(Touch::High, std::nullopt, std::nullopt, u"Business"_s, u"中堅"_s);
        AccountChanges business;
        business.plan = u"Business"_s;
        must(f.life.edit(f.mid, business, date("2026-01-02")));
        must(f.rules.replace(rules));
        QVERIFY(must(f.rules.preview(must(f.rules.list()))).changes.isEmpty());   // mid is high already
        // The segment a rule names cannot be removed from under it.
        const Status removed = Segments(*f.book).remove(u"中堅"_s);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, ErrorKind::Conflict);
        QVERIFY2(removed.error().message.contains(u"touch model rules"_s), qPrintable(removed.error().message));
    }

    void badRulesAreRefused_data()
    {
        QTest::addColumn<QList<TouchRule>>("rules");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("named");
        QTest::newRow("overlap") << QList<TouchRule>{rule(Touch::High, 10'000'000, std::nullopt),
                                                     rule(Touch::Low, 1'000'000, std::nullopt)}
                                 << int(ErrorKind::Conflict) << u"rules 1 and 2 overlap"_s;
        QTest::newRow("overlap within a plan")
            << QList<TouchRule>{rule(Touch::High, std::nullopt, std::nullopt, u"Pro"_s),
                                rule(Touch::Low, 0, 100, u"Pro"_s)}
            << int(ErrorKind::Conflict) << u"plan Pro"_s;
        QTest::newRow("empty range") << QList<TouchRule>{rule(Touch::Low, 5'000'000, 1'000'000)}
                                     << int(ErrorKind::Invalid) << u"covers no ARR"_s;
        QTest::newRow("unknown segment") << QList<TouchRule>{rule(Touch::Low, std::nullopt, std::nullopt, {}, u"無い"_s)}
                                         << int(ErrorKind::NotFound) << u"無い"_s;
    }
    void badRulesAreRefused()
    {
        QFETCH(QList<TouchRule>, rules);
        QFETCH(int, kind);
        QFETCH(QString, named);
        TouchBook f;
        must(f.rules.add(rule(Touch::Tech, std::nullopt, 1)));
        const Status refused = f.rules.replace(rules);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), kind);
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QCOMPARE(must(f.rules.list()).size(), 1);   // the rules as they were
        // Added one by one, the second is refused the same way.
        if (rules.size() == 2) {
            must(f.rules.remove(must(f.rules.list()).constFirst().id));
            must(f.rules.add(rules[0]));
            const auto second = f.rules.add(rules[1]);
            QVERIFY(!second);
            QCOMPARE(int(second.error().kind), kind);
        }
    }

    void nothingToDoIsSaid()
    {
        TouchBook f;
        must(f.rules.replace({rule(Touch::High, std::nullopt, std::nullopt)}));
        const TouchPreview preview = must(f.rules.preview(must(f.rules.list())));
        QVERIFY(preview.changes.isEmpty());
        const auto refused = f.rules.apply(preview, {}, date("2026-11-23"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(refused.error().message.contains(u"nothing was changed"_s));
    }

    void describeSaysWhatARuleCovers()
    {
        const Currency yen;
        QCOMPARE(TouchRules::describe(rule(Touch::Low, 1'000'000, 10'000'000), yen), u"1,000,000 ≤ ARR < 10,000,000"_s);
        QCOMPARE(TouchRules::describe(rule(Touch::High, 10'000'000, std::nullopt, u"Pro"_s), yen),
                 u"ARR ≥ 10,000,000, plan Pro"_s);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestTouchRules)
#include "tst_touch_rules.moc"
