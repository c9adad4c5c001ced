// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountTableModel.h"
#include "book/BookSession.h"
#include "common/PageCache.h"
#include "demo/DemoGenerator.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace csw;

namespace {
qint64 scalar(Book &book, const QString &sql)
{
    QSqlQuery q(book.database());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

// The accounts table over a real book: paged loading, SQL sort and filter, undoable edits.
class TestAccountModel : public QObject
{
    Q_OBJECT

    BookFixture *m_fixture = nullptr;
    BookSession *m_session = nullptr;

private Q_SLOTS:
    // The pages a long table holds: each row read is the row asked for, however the pages come
    // and go (many pages, visited out of order, the oldest let go past the limit).
    void pageCacheGivesEachRowItsOwnPage()
    {
        PageCache<int> cache;
        int reads = 0;
        const auto read = [&reads](qint64 offset, int limit) {
            ++reads;
            QList<int> rows;
            for (int i = 0; i < limit; ++i)
                rows << int(offset) + i;
            return std::optional(rows);
        };
        QRandomGenerator random(7);
        int wrong = 0;
        for (int i = 0; i < 200000; ++i) {
            const int row = int(random.bounded(2000 * PageCache<int>::PageSize));
            const int *held = cache.at(row, read);
            wrong += !held || *held != row;
        }
        QCOMPARE(wrong, 0);
        QVERIFY(cache.size() <= PageCache<int>::MaxPages);
        QVERIFY(reads > 1000);   // pages were let go and read again
        QCOMPARE(cache.update([](int v) { return v == -1; }, [](int &) {}), -1);
    }


    void init()
    {
        m_fixture = new BookFixture;
        QVERIFY(fillDemo(*m_fixture->book, 1000));
        m_fixture->book.reset();
        m_session = new BookSession;
        QVERIFY(m_session->open(m_fixture->path));
    }

    void cleanup()
    {
        delete m_session;
        delete m_fixture;
    }

    void modelIsSound()
    {
        AccountTableModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
        model.sort(AccountTableModel::Arr, Qt::DescendingOrder);
        model.setFilter({.stage = Stage::Adoption});
        QVERIFY(model.rowCount() > 0);
    }

    void loadsOnlyWhatIsAsked()
    {
        AccountTableModel model(*m_session);
        QCOMPARE(model.cachedPages(), 0);
        model.index(0, 0).data();
        QCOMPARE(model.cachedPages(), 1);
        for (int row = 0; row < model.rowCount(); row += 50)
            QVERIFY(model.index(row, AccountTableModel::Name).data().isValid());
        QVERIFY(model.cachedPages() <= 24);
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstIdSql");
        QTest::newRow("ARR descending") << int(AccountTableModel::Arr) << int(Qt::DescendingOrder)
                                        << "SELECT id FROM account ORDER BY arr DESC, id DESC LIMIT 1";
        QTest::newRow("ARR ascending") << int(AccountTableModel::Arr) << int(Qt::AscendingOrder)
                                       << "SELECT id FROM account ORDER BY arr, id LIMIT 1";
        QTest::newRow("renewal") << int(AccountTableModel::DaysToRenewal) << int(Qt::AscendingOrder)
                                 << "SELECT id FROM account ORDER BY renewal_on, id LIMIT 1";
        QTest::newRow("name") << int(AccountTableModel::Name) << int(Qt::AscendingOrder)
                              << "SELECT id FROM account ORDER BY name COLLATE NOCASE, id LIMIT 1";
    }
    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstIdSql);
        AccountTableModel model(*m_session);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.accountId(0), scalar(*m_session->book(), firstIdSql));
        QCOMPARE(model.rowCount(), 1000);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("csm");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("countSql");
        QTest::newRow("stage") << QString() << int(Stage::ChurnPrevention) << QString()
                               << "SELECT count(*) FROM account WHERE stage = 'churn-prevention'";
        QTest::newRow("csm") << "佐藤 美咲" << -1 << QString()
                             << "SELECT count(*) FROM account WHERE csm = '佐藤 美咲'";
        QTest::newRow("search japanese") << QString() << -1 << "物流"
                                         << "SELECT count(*) FROM account WHERE name LIKE '%物流%'";
        QTest::newRow("search external id") << QString() << -1 << "CRM-00001"
                                            << "SELECT count(*) FROM account WHERE external_id LIKE '%CRM-00001%'";
        QTest::newRow("nothing") << QString() << -1 << "no such company" << "SELECT 0";
    }
    void filters()
    {
        QFETCH(QString, csm);
        QFETCH(int, stage);
        QFETCH(QString, search);
        QFETCH(QString, countSql);
        AccountTableModel model(*m_session);
        AccountFilter filter;
        filter.csm = csm;
        if (stage >= 0)
            filter.stage = Stage(stage);
        filter.search = search;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(filter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(qint64(model.rowCount()), scalar(*m_session->book(), countSql));
    }

    void editThroughTheModelIsUndoable()
    {
        AccountTableModel model(*m_session);
        const QModelIndex csm = model.index(3, AccountTableModel::Csm);
        const qint64 id = model.accountId(3);
        const QString before = csm.data(Qt::EditRole).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(csm, QStringLiteral("Nakamura")));
        QCOMPARE(AccountRepository(*m_session->book()).get(id)->csm, QStringLiteral("Nakamura"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_session->undoStack()->count(), 1);

        m_session->undoStack()->undo();
        QCOMPARE(AccountRepository(*m_session->book()).get(id)->csm, before);
        m_session->undoStack()->redo();
        QCOMPARE(AccountRepository(*m_session->book()).get(id)->csm, QStringLiteral("Nakamura"));
        // An unchanged value is not an edit.
        QVERIFY(!model.setData(model.index(3, AccountTableModel::Csm), QStringLiteral("Nakamura")));
        QCOMPARE(m_session->undoStack()->count(), 1);
        // Columns that are not edited in the table refuse.
        QVERIFY(!model.setData(model.index(3, AccountTableModel::Stage), QStringLiteral("x")));
    }

    void addAndUndoChangesTheRowCount()
    {
        AccountTableModel model(*m_session);
        Account draft;
        draft.name = QStringLiteral("株式会社テスト");
        const auto added = m_session->perform(QStringLiteral("add"), [draft](AccountLifecycle &l, qint64 previous) {
            Account again = draft;
            again.id = previous;
            return l.add(again);
        });
        QVERIFY(added);
        QCOMPARE(model.rowCount(), 1001);
        m_session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1000);
        m_session->undoStack()->redo();
        QCOMPARE(model.rowCount(), 1001);
        QVERIFY(AccountRepository(*m_session->book()).get(added->accountId));
    }

    void failedEditLeavesTheBookAndStack()
    {
        QSignalSpy errors(m_session, &BookSession::errorOccurred);
        const auto moved = m_session->perform(QStringLiteral("move"), [](AccountLifecycle &l, qint64) {
            return l.moveStage(1, Stage::Churned, date("2026-11-01"));
        });
        QVERIFY(!moved);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestAccountModel)
#include "tst_account_model.moc"
