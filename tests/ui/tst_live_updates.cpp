// SPDX-License-Identifier: MIT
// What others commit shows in an open window (ChangeWatch through BookSession): csw writing to
// the book the window has open, on an SQLite file and (ctest's :postgresql run) a team book.
// The window re-reads what it shows and keeps its selection; its own changes are not echoed.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../cli/CliTest.h"

#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "book/BookChange.h"
#include "book/BookSession.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

    // A book with two accounts, open in `session`.
    static QString openBook(const QTemporaryDir &dir, BookSession &session)
    {
        const QString path = newBookPath(dir);
        if (run(path, {u"init"_s}).code != 0 || run(path, sakuraAccount()).code != 0
            || run(path, {u"account"_s, u"add"_s, u"--name"_s, u"株式会社ひので"_s}).code != 0)
            return {};
        return session.open(path) ? path : QString();
    }

private Q_SLOTS:

    // An account added by csw appears within a second or so; the selected row stays selected.
    void anAccountAddedByCswAppears()
    {
        QTemporaryDir dir;
        BookSession session;
        const QString path = openBook(dir, session);
        QVERIFY(!path.isEmpty());
        AccountTableModel model(session);
        QTableView view;
        view.setModel(&model);
        QCOMPARE(model.rowCount(), 2);
        view.selectRow(1);
        const qint64 selected = model.accountId(1);
        QSignalSpy others(&session, &BookSession::changedByOthers);
        // Sorted by name, the new account comes first: the selected one moves down a row.
        QCOMPARE(run(path, {u"account"_s, u"add"_s, u"--name"_s, u"あおば商事"_s}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 3000);
        QCOMPARE(model.accountId(0), qint64(3));
        QCOMPARE(view.currentIndex().row(), 2);
        QCOMPARE(model.accountId(view.currentIndex().row()), selected);
        QVERIFY(view.selectionModel()->isRowSelected(2, {}));
        QVERIFY(!others.isEmpty());
        const auto changes = others.last().at(0).value<QList<BookChange>>();
        if (onTeamBook()) {   // the server names what changed: the new account's row
            const auto added = std::find_if(changes.cbegin(), changes.cend(), [](const BookChange &c) {
                return c.table == u"account"_s && c.op == BookChange::Op::Insert;
            });
            QVERIFY(added != changes.cend());
            QCOMPARE(added->rows, QList<qint64>{3});
            QCOMPARE(added->accounts, QList<qint64>{3});
        } else {
            QVERIFY(changes.isEmpty());   // SQLite knows only that something did
        }
    }

    // A colleague's edit of one account names the account and the fields: the table re-reads
    // that row alone (no rows added, removed or moved, the selection kept), and views that do
    // not show the field are not told to re-read. SQLite knows only that something changed.
    void anEditByOthersNamesTheAccountAndFields()
    {
        QTemporaryDir dir;
        BookSession session;
        const QString path = openBook(dir, session);
        QVERIFY(!path.isEmpty());
        AccountTableModel model(session);
        QTableView view;
        view.setModel(&model);
        view.selectRow(0);
        const qint64 selected = model.accountId(0);
        QSignalSpy accounts(&session, &BookSession::accountChanged);
        QSignalSpy membership(&session, &BookSession::accountsAddedOrRemoved);
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(run(path, {u"account"_s, u"set"_s, QString::number(selected), u"arr=2000000"_s}).code, 0);
        if (!onTeamBook()) {
            QTRY_VERIFY_WITH_TIMEOUT(!membership.isEmpty(), 3000);
            QCOMPARE(model.accountId(0), selected);
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.isEmpty(), 3000);
        QCOMPARE(membership.size(), 0);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).at(0).toLongLong(), selected);
        const auto what = accounts.at(0).at(1).value<AccountFields>();
        QVERIFY(what & AccountField::Arr);
        QVERIFY(!(what & (AccountField::Name | AccountField::Csm | AccountField::Stage)));
        QCOMPARE(rows.size(), 1);   // the one row
        QCOMPARE(rows.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(rows.at(0).at(1).toModelIndex().row(), 0);
        QVERIFY(model.data(model.index(0, AccountTableModel::Arr)).toString().contains(u"2,000,000"_s));
        QVERIFY(view.selectionModel()->isRowSelected(0, {}));
    }

    // A change to what the list is sorted by (the name) refreshes its order.
    void theSortedFieldRefreshesTheOrder()
    {
        QTemporaryDir dir;
        BookSession session;
        const QString path = openBook(dir, session);
        QVERIFY(!path.isEmpty());
        AccountTableModel model(session);
        const qint64 first = model.accountId(0), second = model.accountId(1);
        QCOMPARE(run(path, {u"account"_s, u"set"_s, QString::number(first), u"name=株式会社んん"_s}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.accountId(0), second, 3000);
        QCOMPARE(model.accountId(1), first);
    }

    // The Accounts view counts the rows others added.
    void theAccountsViewCountsThem()
    {
        QTemporaryDir dir;
        BookSession session;
        const QString path = openBook(dir, session);
        QVERIFY(!path.isEmpty());
        AccountsView view(session);
        view.setActive(true);
        auto *count = view.findChild<QLabel *>(u"accountCount"_s);
        QVERIFY(count);
        QVERIFY2(count->text().endsWith(u" 2"_s), qPrintable(count->text()));
        QCOMPARE(run(path, {u"account"_s, u"add"_s, u"--name"_s, u"あおば商事"_s}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(count->text().endsWith(u" 3"_s), 3000);
    }

    // Tasks and VOC written by others reach the views that show them.
    void workByOthersIsTold()
    {
        QTemporaryDir dir;
        BookSession session;
        const QString path = openBook(dir, session);
        QVERIFY(!path.isEmpty());
        QSignalSpy work(&session, &BookSession::workChanged);
        QCOMPARE(run(path, {u"task"_s, u"add"_s, u"1"_s, u"--title"_s, u"QBRの準備"_s, u"--due"_s,
                            u"2026-12-01"_s}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!work.isEmpty(), 3000);
    }

    // The window's own writes are its own: not reported as others'.
    void ownChangesAreNotEchoed()
    {
        QTemporaryDir dir;
        BookSession session;
        QVERIFY(!openBook(dir, session).isEmpty());
        QSignalSpy others(&session, &BookSession::changedByOthers);
        Account a;
        a.name = u"株式会社あさひ"_s;
        a.startOn = date("2026-04-01");
        QVERIFY(session.perform(u"Add"_s, [a](AccountLifecycle &lifecycle, qint64) { return lifecycle.add(a); }));
        QTest::qWait(1200);
        QCOMPARE(others.size(), 0);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_live_updates.moc"
