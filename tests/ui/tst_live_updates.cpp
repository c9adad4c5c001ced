// SPDX-License-Identifier: MIT
// What others commit shows in an open window (ChangeWatch through BookSession): csw writing to
// the book the window has open, on an SQLite file and (ctest's :postgresql run) a team book.
// The window re-reads what it shows and keeps its selection; its own changes are not echoed.
#include "../BookFixture.h"
#include "../cli/CliTest.h"

#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
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
    void initTestCase() { qputenv("CSW_TODAY", "2026-11-23"); }

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
        const QStringList tables = others.last().at(0).toStringList();
        if (onTeamBook())   // the server names what changed
            QVERIFY2(tables.contains(u"account"_s), qPrintable(tables.join(u',')));
        else
            QVERIFY(tables.isEmpty());   // SQLite knows only that something did
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
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_live_updates.moc"
