// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "UserInput.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/Contacts.h"
#include "book/BookSession.h"
#include "tasks/MyDayView.h"
#include "tasks/ReminderRunner.h"
#include "tasks/RemindersBar.h"
#include "settings/Settings.h"
#include "tasks/RenewalReminders.h"
#include "tasks/WorkRepository.h"
#include "tasks/AccountRowModel.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QApplication>
#include <QAbstractButton>
#include <QTimer>
#include <QComboBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace csw;

namespace {

QStringList sl(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

// Today is Monday 2026-11-23. Sato and Tanaka share a book:
//   Alpha (Sato, adoption) renews 2027-01-10, in 48 days;   Zeta (Tanaka) renews 2026-12-01;
//   Epsilon (Tanaka) would renew 2026-12-15 but churned;     Omega (Sato) renews 2027-06-01;
//   Beta (Tanaka) in onboarding since 2026-09-01 (83 days), no quick win;
//   Gamma (Sato) in onboarding since 2026-11-01 (22 days); Delta (Sato) since 2026-08-01 with
//   its quick win achieved.
// Open tasks: two overdue (Sato 11-20, Tanaka 11-22), one today (Sato), one on 11-30 (the
// seventh day: this week), one on 12-01 (next week); a done one overdue does not show.
struct Day
{
    BookFixture fixture;
    BookSession session;
    QHash<QString, qint64> ids;
    QHash<QString, qint64> tasks;
    std::unique_ptr<MyDayView> view;
    QList<std::shared_ptr<QAbstractItemModelTester>> testers;

    qint64 account(const char *name, const char *csm, Stage stage, const char *start, const char *renewal)
    {
        Account a;
        a.name = QLatin1String(name);
        a.csm = QLatin1String(csm);
        a.stage = stage;
        a.arr = 1000000;
        a.startOn = date(start);
        if (renewal)
            a.renewalOn = date(renewal);
        auto added = AccountLifecycle(*fixture.book).add(a);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        // The onboarding playbook a new account gets (tst_contact_history) is not what these tests count.
        for (qint64 task : std::as_const(added->tasks))
            if (!WorkRepository(*fixture.book).removeTask(task))
                qFatal("a playbook task stayed");
        ids.insert(QLatin1String(name), added->accountId);
        return added->accountId;
    }

    qint64 task(const char *title, const char *account, const char *owner, const char *due)
    {
        Task t;
        t.accountId = ids.value(QLatin1String(account));
        t.title = QLatin1String(title);
        t.owner = QLatin1String(owner);
        t.dueOn = date(due);
        auto id = WorkRepository(*fixture.book).addTask(t);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        tasks.insert(QLatin1String(title), *id);
        return *id;
    }

    // With `viewFirst`, the view sees the book open (and makes the reminders due).
    bool setUp(bool viewFirst = false)
    {
        account("Alpha", "Sato", Stage::Adoption, "2026-01-10", "2027-01-10");
        account("Zeta", "Tanaka", Stage::Adoption, "2025-12-01", "2026-12-01");
        const qint64 epsilon = account("Epsilon", "Tanaka", Stage::Adoption, "2025-12-15", "2026-12-15");
        if (!AccountLifecycle(*fixture.book).churn(epsilon, date("2026-10-01"), QStringLiteral("budget")))
            return false;
        account("Omega", "Sato", Stage::Expansion, "2025-06-01", "2027-06-01");
        account("Beta", "Tanaka", Stage::Onboarding, "2026-09-01", nullptr);
        account("Gamma", "Sato", Stage::Onboarding, "2026-11-01", nullptr);
        const qint64 delta = account("Delta", "Sato", Stage::Onboarding, "2026-08-01", nullptr);
        PlanObjective win;
        win.accountId = delta;
        win.title = QStringLiteral("First report sent");
        win.quickWin = true;
        win.currentValue = 100;
        win.achievedOn = date("2026-08-20");
        if (!WorkRepository(*fixture.book).addObjective(win))
            return false;
        task("Call Alpha", "Alpha", "Sato", "2026-11-20");
        task("Chase Beta", "Beta", "Tanaka", "2026-11-22");
        task("QBR deck", "Alpha", "Sato", "2026-11-23");
        task("Training", "Gamma", "Sato", "2026-11-30");
        task("Next week", "Gamma", "Sato", "2026-12-01");
        const qint64 done = task("Done already", "Alpha", "Sato", "2026-11-10");
        if (!WorkRepository(*fixture.book).setTaskStatus(done, TaskStatus::Done))
            return false;
        fixture.book.reset();
        if (viewFirst)
            makeView();
        if (!session.open(fixture.path))
            return false;
        if (!viewFirst)
            makeView();
        view->show();
        return true;
    }

    void makeView()
    {
        view = std::make_unique<MyDayView>(session);
        for (int s = 0; s < MyDayView::SectionCount; ++s)
            testers << std::make_shared<QAbstractItemModelTester>(view->taskModel(MyDayView::Section(s)));
        testers << std::make_shared<QAbstractItemModelTester>(view->renewalsModel())
                << std::make_shared<QAbstractItemModelTester>(view->onboardingModel())
                << std::make_shared<QAbstractItemModelTester>(view->peopleModel());
    }

    QStringList titles(MyDayView::Section section) const
    {
        QStringList list;
        const TaskTableModel *model = view->taskModel(section);
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->task(row)->task.title;
        return list;
    }

    static QStringList names(const AccountRowModel *model)
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->row(row)->name;
        return list;
    }

    TaskStatus status(const char *title) const
    {
        return WorkRepository(*session.book()).task(tasks.value(QLatin1String(title)))->status;
    }
};

} // namespace

class TestMyDay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("csworkbench-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init() { QSettings().clear(); }

    void groupsTasksByDueDate()
    {
        Day d;
        QVERIFY(d.setUp());
        QCOMPARE(d.view->csm(), QString());
        QCOMPARE(d.titles(MyDayView::Overdue), (sl({"Call Alpha", "Chase Beta"})));
        QCOMPARE(d.titles(MyDayView::Today), sl({"QBR deck"}));
        QCOMPARE(d.titles(MyDayView::ThisWeek), sl({"Training"}));
        const TaskTableModel *overdue = d.view->taskModel(MyDayView::Overdue);
        QCOMPARE(overdue->index(0, TaskTableModel::AccountName).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(overdue->index(0, TaskTableModel::Owner).data().toString(), QStringLiteral("Sato"));
        QCOMPARE(overdue->index(0, TaskTableModel::Origin).data().toString(), QStringLiteral("By hand"));
        QCOMPARE(overdue->index(0, TaskTableModel::Title).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // The sections share the height by what they hold: two overdue tasks get more than one.
        d.view->resize(1200, 900);
        QTRY_VERIFY(d.view->findChild<QTableView *>(QStringLiteral("overdueTable"))->height()
                    > d.view->findChild<QTableView *>(QStringLiteral("todayTable"))->height());
    }

    void meFilter()
    {
        Settings::myCsm().setValue(QStringLiteral("Sato"));
        Day d;
        QVERIFY(d.setUp());
        QCOMPARE(d.view->csm(), QStringLiteral("Sato"));   // the preference
        QCOMPARE(d.titles(MyDayView::Overdue), sl({"Call Alpha"}));
        QCOMPARE(d.titles(MyDayView::Today), sl({"QBR deck"}));
        QCOMPARE(Day::names(d.view->renewalsModel()), sl({"Alpha"}));
        QCOMPARE(Day::names(d.view->onboardingModel()), QStringList());
        // The combo on the view picks another CSM for now, not for good: clicked open, Tanaka
        // picked in its list.
        QComboBox *combo = d.view->csmCombo();
        QVERIFY(chooseItem(combo, combo->findData(QStringLiteral("Tanaka"))));
        QCOMPARE(d.titles(MyDayView::Overdue), sl({"Chase Beta"}));
        QCOMPARE(d.titles(MyDayView::Today), QStringList());
        QCOMPARE(Day::names(d.view->renewalsModel()), sl({"Zeta"}));
        QCOMPARE(Day::names(d.view->onboardingModel()), sl({"Beta"}));
        QCOMPARE(Settings::myCsm().value(), QStringLiteral("Sato"));
        d.view->setCsm(QString());
        QCOMPARE(d.titles(MyDayView::Overdue).size(), 2);
        Settings::myCsm().setValue(QStringLiteral("Tanaka"));
        d.view->preferencesChanged();
        QCOMPARE(d.view->csm(), QStringLiteral("Tanaka"));
        QCOMPARE(d.titles(MyDayView::Overdue), sl({"Chase Beta"}));
    }

    // Hand-offs and people to follow up: a champion who left lately first, then the onboarding
    // accounts whose hand-off from sales is incomplete (none was filled in this book).
    void peopleAndHandoffsToFollowUp()
    {
        Day d;
        QVERIFY(d.setUp());
        const AccountRowModel *people = d.view->peopleModel();
        QVERIFY(Day::names(people).contains(QStringLiteral("Beta")));
        QVERIFY(!Day::names(people).contains(QStringLiteral("Alpha")));   // not onboarding
        Contact abe;
        abe.accountId = d.ids.value(QStringLiteral("Alpha"));
        abe.name = QStringLiteral("Abe");
        abe.roles = {ContactRole::Champion};
        abe.leftOn = date("2026-11-10");
        QVERIFY(Contacts(*d.session.book()).add(abe));
        d.session.notifyWork(abe.accountId);
        QCOMPARE(Day::names(people).constFirst(), QStringLiteral("Alpha"));
        QCOMPARE(people->index(0, AccountRowModel::AccountName).data().toString(),
                 QStringLiteral("Alpha — champion Abe left"));
        QCOMPARE(people->index(0, AccountRowModel::AccountName).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Alpha — champion Abe left"));   // whole, where the column cuts it
        QVERIFY(people->index(1, AccountRowModel::AccountName).data().toString().endsWith(
            QStringLiteral("— hand-off incomplete")));
        auto *group = qobject_cast<QGroupBox *>(d.view->findChild<QTableView *>(QStringLiteral("peopleTable"))->parentWidget());
        QVERIFY2(group->title().startsWith(QStringLiteral("Hand-offs and people to follow up")), qPrintable(group->title()));
    }

    void renewalsWithinTheFirstReminderWindow()
    {
        Day d;
        QVERIFY(d.setUp());
        // Zeta and Alpha renew within 90 days; Epsilon churned; Omega is further out.
        const AccountRowModel *model = d.view->renewalsModel();
        QCOMPARE(Day::names(model), (sl({"Zeta", "Alpha"})));
        QCOMPARE(model->index(0, AccountRowModel::Days).data().toString(), QStringLiteral("8"));
        QCOMPARE(model->index(1, AccountRowModel::Days).data().toString(), QStringLiteral("48"));
        QVERIFY(model->index(1, AccountRowModel::Arr).data().toString().contains(QStringLiteral("1,000,000")));
        // A shorter first window lists fewer.
        QVERIFY(RenewalReminders(*d.session.book()).setLeadDays({30}));
        d.view->reload();
        QCOMPARE(Day::names(model), sl({"Zeta"}));
    }

    void onboardingWithoutQuickWin()
    {
        Day d;
        QVERIFY(d.setUp());
        // Beta waits 83 days; Gamma only 22; Delta had its quick win.
        QCOMPARE(Day::names(d.view->onboardingModel()), sl({"Beta"}));
        QCOMPARE(d.view->onboardingModel()->index(0, AccountRowModel::Days).data().toString(), QStringLiteral("83"));
        Settings::quickWinDays().setValue(20);
        d.view->preferencesChanged();
        QCOMPARE(Day::names(d.view->onboardingModel()), (sl({"Beta", "Gamma"})));
        // A quick win not yet achieved does not count; an achieved one does.
        PlanObjective win;
        win.accountId = d.ids.value(QStringLiteral("Beta"));
        win.title = QStringLiteral("Dashboards live");
        win.quickWin = true;
        const qint64 id = *WorkRepository(*d.session.book()).addObjective(win);
        d.session.notifyWork(win.accountId);
        QCOMPARE(Day::names(d.view->onboardingModel()), (sl({"Beta", "Gamma"})));
        win.id = id;
        win.achievedOn = date("2026-11-20");
        QVERIFY(WorkRepository(*d.session.book()).updateObjective(win));
        d.session.notifyWork(win.accountId);
        QCOMPARE(Day::names(d.view->onboardingModel()), sl({"Gamma"}));
    }

    void checkingOffIsUndoable()
    {
        Day d;
        QVERIFY(d.setUp());
        TaskTableModel *overdue = d.view->taskModel(MyDayView::Overdue);
        // The check box.
        QVERIFY(!overdue->setData(overdue->index(0, TaskTableModel::Title), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(d.status("Call Alpha"), TaskStatus::Done);
        QCOMPARE(WorkRepository(*d.session.book()).task(d.tasks.value(QStringLiteral("Call Alpha")))->closedOn, date("2026-11-23"));
        QCOMPARE(d.titles(MyDayView::Overdue), sl({"Chase Beta"}));
        QCOMPARE(d.session.undoStack()->count(), 1);
        d.session.undoStack()->undo();
        QCOMPARE(d.status("Call Alpha"), TaskStatus::Open);
        QVERIFY(!WorkRepository(*d.session.book()).task(d.tasks.value(QStringLiteral("Call Alpha")))->closedOn);
        QCOMPARE(d.titles(MyDayView::Overdue), (sl({"Call Alpha", "Chase Beta"})));
        d.session.undoStack()->redo();
        QCOMPARE(d.status("Call Alpha"), TaskStatus::Done);
        d.session.undoStack()->undo();
        // The button, on the selected task.
        QTableView *today = d.view->taskTable(MyDayView::Today);
        today->selectRow(0);
        auto *button = d.view->findChild<QPushButton *>(QStringLiteral("checkOffButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(d.status("QBR deck"), TaskStatus::Done);
        QCOMPARE(d.titles(MyDayView::Today), QStringList());
        d.session.undoStack()->undo();
        QCOMPARE(d.status("QBR deck"), TaskStatus::Open);
        QCOMPARE(d.titles(MyDayView::Today), sl({"QBR deck"}));
    }

    void doubleClickOpensTheAccount()
    {
        Day d;
        QVERIFY(d.setUp());
        d.view->resize(1200, 900);
        QVERIFY(QTest::qWaitForWindowExposed(d.view.get()));
        QSignalSpy open(d.view.get(), &MyDayView::openAccountRequested);
        QTableView *renewals = d.view->findChild<QTableView *>(QStringLiteral("renewalsTable"));
        renewals->selectRow(1);
        const QRect cell = renewals->visualRect(renewals->model()->index(1, 0));
        QTest::mouseClick(renewals->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(renewals->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), d.ids.value(QStringLiteral("Alpha")));
        d.view->taskTable(MyDayView::Overdue)->selectRow(1);
        d.view->openSelectedAccount();
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toLongLong(), d.ids.value(QStringLiteral("Beta")));
    }

    void renewalRemindersAreMadeOnce()
    {
        Day d;
        QVERIFY(d.setUp(true));
        // Opening the book made them: Zeta's 30-day reminder and Alpha's 60-day one, each due on
        // the day its window opened (11-01 and 11-11): overdue, not piled on today.
        QSignalSpy messages(d.view.get(), &MyDayView::statusMessage);
        QSignalSpy finished(d.view->reminderRunner(), &ReminderRunner::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("2 new tasks")));
        QCOMPARE(d.titles(MyDayView::Today), sl({"QBR deck"}));
        const QStringList overdue = d.titles(MyDayView::Overdue);
        QCOMPARE(overdue.size(), 4);
        QVERIFY2(overdue.first().startsWith(QStringLiteral("Renewal on 2026-12-01 (30 days)")), qPrintable(overdue.first()));
        TaskFilter open;
        open.status = TaskStatus::Open;
        const qsizetype before = WorkRepository(*d.session.book()).tasks(open)->size();
        auto *button = d.view->findChild<QPushButton *>(QStringLiteral("remindButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(1).at(0).toInt(), 0);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("none new")));
        QCOMPARE(WorkRepository(*d.session.book()).tasks(open)->size(), before);
        QCOMPARE(d.view->taskModel(MyDayView::Overdue)->index(0, TaskTableModel::Origin).data().toString(),
                 QStringLiteral("Renewal reminder (30 days)"));
    }

    // A book whose renewals would make more than MyDayView::AskAbove reminders at once (a first
    // open of an imported book): none is made unasked; a bar across My Day (not a modal
    // question) offers them: "Not now" leaves them waiting and says how many, "Make" makes them.
    void manyRemindersWaitForAYes_data()
    {
        QTest::addColumn<bool>("make");
        QTest::newRow("make them") << true;
        QTest::newRow("not now") << false;
    }
    void manyRemindersWaitForAYes()
    {
        QFETCH(bool, make);
        Day d;
        const int many = MyDayView::AskAbove + 10;
        for (int i = 0; i < many; ++i) {
            const QByteArray name = "Renewing " + QByteArray::number(i);
            d.account(name.constData(), "Sato", Stage::Adoption, "2025-12-10", "2026-12-10");
        }
        d.fixture.book.reset();
        d.makeView();
        d.view->show();
        QSignalSpy messages(d.view.get(), &MyDayView::statusMessage);
        QSignalSpy waiting(d.view->reminderRunner(), &ReminderRunner::waiting);
        QSignalSpy finished(d.view->reminderRunner(), &ReminderRunner::finished);
        QVERIFY(d.session.open(d.fixture.path));
        QVERIFY(waiting.wait(10000));
        QCOMPARE(waiting.at(0).at(0).toInt(), many);
        RemindersBar *bar = d.view->remindersBar();
        QTRY_VERIFY(bar->isVisible());   // the window stays usable: no modal question
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(bar->makeButton()->text().contains(QString::number(many)), qPrintable(bar->makeButton()->text()));
        (make ? bar->makeButton() : bar->laterButton())->click();
        QVERIFY(!bar->isVisible());
        TaskFilter open;
        open.status = TaskStatus::Open;
        if (make) {
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.at(0).at(0).toInt(), many);
            QCOMPARE(WorkRepository(*d.session.book()).tasks(open)->size(), many);
        } else {
            QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("waiting: %1").arg(many)));
            QCOMPARE(WorkRepository(*d.session.book()).tasks(open)->size(), 0);
        }
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestMyDay)
#include "tst_my_day.moc"
