// SPDX-License-Identifier: MIT
// Bulk actions on a segment or a list (issue 19): each one transaction, undone exactly (the book
// dump equal to before), redone with the same ids; nothing written for no accounts.
#include "../FakeToday.h"
#include "KpiFixture.h"

#include "accounts/BulkActions.h"
#include "accounts/Segments.h"
#include "tasks/WorkRepository.h"

using namespace csw;
using namespace kpitest;
using namespace Qt::StringLiterals;

namespace {

struct BulkBook : KpiBook
{
    qint64 a = add("A", 1'000'000, "2025-01-10", "Sato");
    qint64 b = add("B", 2'000'000, "2025-02-10", "Suzuki");
    qint64 c = add("C", 3'000'000, "2025-03-10", "Sato");
    BulkActions bulk{*book};

    QList<qint64> satos()
    {
        AccountFilter filter;
        filter.csm = u"Sato"_s;
        return must(bulk.accounts(filter));
    }
};

} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void actionsAreUndoneExactly_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"csm", "touch", "stage", "task", "activity"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void actionsAreUndoneExactly()
    {
        QFETCH(QString, action);
        BulkBook f;
        const QList<qint64> ids = f.satos();
        QCOMPARE(ids, (QList<qint64>{f.a, f.c}));
        const QStringList before = dumpBook(*f.book, false);
        const Date on = date("2026-11-20");
        auto run = [&](const QList<qint64> &reuse) -> Expected<BulkResult> {
            if (action == u"csm")
                return f.bulk.assignCsm(ids, u"田中 翔太"_s, on);
            if (action == u"touch")
                return f.bulk.setTouch(ids, Touch::Tech, on);
            if (action == u"stage")
                return f.bulk.moveStage(ids, Stage::ChurnPrevention, on, u"利用率低下"_s);
            if (action == u"task") {
                Task t;
                t.title = u"ウェビナー後のフォロー"_s;
                t.dueOn = date("2026-12-01");
                return f.bulk.addTask(ids, t, reuse);
            }
            Activity a;
            a.kind = ActivityKind::Email;
            a.occurredOn = on;
            a.text = u"ウェビナー招待メール送付"_s;
            return f.bulk.logActivity(ids, a, reuse);
        };
        const BulkResult done = must(run({}));
        QCOMPARE(done.accounts, 2);
        QVERIFY(dumpBook(*f.book, false) != before);
        const Account changed = must(AccountRepository(*f.book).get(f.c));
        if (action == u"csm")
            QCOMPARE(changed.csm, u"田中 翔太"_s);
        else if (action == u"touch")
            QCOMPARE(changed.touch, Touch::Tech);
        else if (action == u"stage")
            QCOMPARE(changed.stage, Stage::ChurnPrevention);
        else if (action == u"task")
            QCOMPARE(must(WorkRepository(*f.book).tasks(TaskFilter{.accountId = f.c})).constFirst().owner, u"Sato"_s);
        else
            QCOMPARE(must(WorkRepository(*f.book).activities(f.c)).size(), 1);
        QCOMPARE(must(AccountRepository(*f.book).get(f.b)).csm, u"Suzuki"_s);   // not listed: untouched

        QVERIFY(f.bulk.undo(done));
        QCOMPARE(dumpBook(*f.book, false), before);
        // Redone: the same rows come back under the same ids.
        const BulkResult again = must(run(done.tasks + done.activities));
        QCOMPARE(again.tasks, done.tasks);
        QCOMPARE(again.activities, done.activities);
    }

    void noAccountsWritesNothing()
    {
        BulkBook f;
        const QStringList before = dumpBook(*f.book);
        const auto refused = f.bulk.assignCsm({}, u"X"_s, date("2026-11-20"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(refused.error().message.contains(u"no accounts"_s));
        QCOMPARE(dumpBook(*f.book), before);
    }

    // One account refusing the change leaves every account as it was, the reason naming it.
    void oneRefusalLeavesAll()
    {
        BulkBook f;
        f.churn(f.c, "2026-10-01");
        const QStringList before = dumpBook(*f.book);
        const auto refused = f.bulk.moveStage({f.a, f.c}, Stage::Expansion, date("2026-11-20"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);   // the account's own refusal, passed on
        QVERIFY2(refused.error().message.contains(u"account %1"_s.arg(f.c)), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"has churned; its stage cannot change"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(dumpBook(*f.book), before);
    }

    void segmentListsTheAccounts()
    {
        BulkBook f;
        AccountFilter filter;
        filter.segment = must(SegmentRules::parse(*f.book, u"arr >= 2,000,000"_s));
        QCOMPARE(must(f.bulk.accounts(filter)), (QList<qint64>{f.b, f.c}));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_bulk_actions.moc"
