// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "Modal.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/OptionalDateEdit.h"
#include "book/BookSession.h"
#include "settings/CalendarPage.h"
#include "settings/PlaybookPage.h"
#include "tasks/Holidays.h"
#include "tasks/Playbooks.h"
#include "tasks/WorkRepository.h"
#include "tasks/AccountTasksPanel.h"
#include "tasks/ActivityDialog.h"
#include "accounts/ContactPicker.h"
#include "accounts/Contacts.h"
#include "tasks/ActivityListModel.h"
#include "tasks/ActivityPanel.h"
#include "book/Book.h"
#include "tasks/ObjectiveDialog.h"
#include "tasks/ObjectiveModel.h"
#include "tasks/SuccessPlanPanel.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace csw;

namespace {

// Adds an objective through the success plan's dialog, as a person types it; whether the
// dialog came.
bool addObjective(SuccessPlanPanel *panel, const QString &title, double start, double current, double target)
{
    bool seen = false;
    whenModal<ObjectiveDialog>(seen, [=](ObjectiveDialog *dialog) {
        dialog->titleEdit()->setText(title);
        dialog->startSpin()->setValue(start);
        dialog->currentSpin()->setValue(current);
        dialog->targetSpin()->setValue(target);
        dialog->accept();
    });
    panel->addObjective();
    return seen;
}

// Sets the current value of the objective in `row` through its dialog; whether the dialog came.
bool editObjectiveCurrent(SuccessPlanPanel *panel, int row, double value)
{
    bool seen = false;
    panel->table()->selectRow(row);
    whenModal<ObjectiveDialog>(seen, [value](ObjectiveDialog *dialog) {
        dialog->currentSpin()->setValue(value);
        dialog->accept();
    });
    panel->editObjective();
    return seen;
}

// One account (Sato's, in adoption) in a book opened by a session, shown in a detail view.
struct Shown
{
    BookFixture fixture;
    BookSession session;
    qint64 id = 0;
    std::unique_ptr<AccountDetailView> view;

    bool setUp()
    {
        Account a;
        a.name = QStringLiteral("Kobayashi Foods");
        a.csm = QStringLiteral("Sato");
        a.stage = Stage::Adoption;
        a.startOn = date("2026-01-15");
        auto added = AccountLifecycle(*fixture.book).add(a);
        if (!added)
            return false;
        id = added->accountId;
        fixture.book.reset();
        if (!session.open(fixture.path))
            return false;
        view = std::make_unique<AccountDetailView>(session);
        view->showAccount(id);
        view->show();
        return true;
    }
    WorkRepository work() const { return WorkRepository(*session.book()); }
};

} // namespace

class TestWorkPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void logActivityThroughTheDialog()
    {
        Shown s;
        QVERIFY(s.setUp());
        ActivityPanel *panel = s.view->activityPanel();
        QAbstractItemModelTester tester(panel->model());
        Contact tanaka;   // who took part: ticked among the account's contacts
        tanaka.accountId = s.id;
        tanaka.name = QStringLiteral("田中 一郎");
        const qint64 tanakaId = *Contacts(*s.session.book()).add(tanaka);
        bool seen = false;
        int offered = 0;
        whenModal<ActivityDialog>(seen, [&offered](ActivityDialog *dialog) {
            dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(QStringLiteral("meeting")));
            dialog->dateEdit()->setOptionalDate(date("2026-11-20"));
            dialog->textEdit()->setPlainText(QStringLiteral("Kick-off of the second department"));
            offered = dialog->attendeeList()->count();
            dialog->attendeeList()->item(0)->setCheckState(Qt::Checked);
            dialog->accept();
        });
        panel->logActivity();
        QVERIFY(seen);
        const auto list = *s.work().activities(s.id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).kind, ActivityKind::Meeting);
        QCOMPARE(list.at(0).occurredOn, date("2026-11-20"));
        QCOMPARE(list.at(0).text, QStringLiteral("Kick-off of the second department"));
        QCOMPARE(list.at(0).author, QStringLiteral("Sato"));
        QCOMPARE(offered, 1);
        QCOMPARE(list.at(0).attendees, QList<qint64>{tanakaId});
        QCOMPARE(panel->model()->index(0, ActivityListModel::With).data().toString(), QStringLiteral("田中 一郎"));
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, ActivityListModel::Text).data().toString(),
                 QStringLiteral("Kick-off of the second department"));
        // Undoable: gone, then back under the same id.
        s.session.undoStack()->undo();
        QCOMPARE(s.work().activities(s.id)->size(), 0);
        QCOMPARE(panel->model()->rowCount(), 0);
        s.session.undoStack()->redo();
        QCOMPARE(s.work().activities(s.id)->constFirst().id, list.at(0).id);
        QCOMPARE(s.work().activities(s.id)->constFirst().attendees, QList<qint64>{tanakaId});
        QCOMPARE(panel->model()->rowCount(), 1);
    }

    void badActivityInputIsRefused()
    {
        Shown s;
        QVERIFY(s.setUp());
        const QByteArray before = fileHash(s.fixture.path);
        QStringList errors;
        bool stillOpen = true;
        bool seen = false;
        whenModal<ActivityDialog>(seen, [&](ActivityDialog *dialog) {
            dialog->textEdit()->setPlainText(QStringLiteral("   "));
            dialog->accept();
            errors << dialog->errorText();
            dialog->textEdit()->setPlainText(QStringLiteral("Call about the invoice"));
            dialog->dateEdit()->setOptionalDate(date("2026-11-30"));
            dialog->accept();
            errors << dialog->errorText();
            stillOpen = dialog->isVisible();
            dialog->reject();
        });
        s.view->activityPanel()->logActivity();
        QVERIFY(seen);
        QVERIFY(stillOpen);
        QVERIFY2(errors.at(0).contains(QStringLiteral("text")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("future")), qPrintable(errors.at(1)));
        QCOMPARE(s.work().activities(s.id)->size(), 0);
        QCOMPARE(s.session.undoStack()->count(), 0);
        QCOMPARE(fileHash(s.fixture.path), before);
    }

    void addTaskAndCheckItOff()
    {
        Shown s;
        QVERIFY(s.setUp());
        AccountTasksPanel *panel = s.view->tasksPanel();
        const int playbook = panel->model()->rowCount();
        bool seen = false;
        QString owner;   // offered as the owner
        whenModal<TaskDialog>(seen, [&owner](TaskDialog *dialog) {
            owner = dialog->ownerCombo()->currentText();
            dialog->titleEdit()->setText(QStringLiteral("Send the QBR deck"));
            dialog->dueEdit()->setOptionalDate(date("2026-11-27"));
            dialog->accept();
        });
        panel->addTask();
        QVERIFY(seen);
        QCOMPARE(owner, QStringLiteral("Sato"));   // the account's CSM
        QCOMPARE(panel->model()->rowCount(), playbook + 1);
        const int row = [&] {
            for (int r = 0; r < panel->model()->rowCount(); ++r) {
                if (panel->model()->task(r)->task.title == QLatin1String("Send the QBR deck"))
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        const qint64 taskId = panel->model()->task(row)->task.id;
        QCOMPARE(s.work().task(taskId)->owner, QStringLiteral("Sato"));
        panel->model()->setData(panel->model()->index(row, TaskTableModel::Title), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(s.work().task(taskId)->status, TaskStatus::Done);
        s.session.undoStack()->undo();
        QCOMPARE(s.work().task(taskId)->status, TaskStatus::Open);
        s.session.undoStack()->undo();
        QVERIFY(!s.work().task(taskId));
        // Redone, the task comes back under its id, and so does its check-off.
        s.session.undoStack()->redo();
        QCOMPARE(s.work().task(taskId)->title, QStringLiteral("Send the QBR deck"));
        QCOMPARE(s.work().task(taskId)->createdOn, date("2026-11-23"));
        s.session.undoStack()->redo();
        QCOMPARE(s.work().task(taskId)->status, TaskStatus::Done);
    }

    // Edits of one objective one after the other are one step to undo; an added objective
    // redone comes back under its id, so the edit after it redoes too.
    void objectiveEditsFoldIntoOneStep()
    {
        Shown s;
        QVERIFY(s.setUp());
        SuccessPlanPanel *panel = s.view->successPlanPanel();
        QVERIFY(addObjective(panel, QStringLiteral("Seats active"), 20, 20, 80));
        const qint64 objectiveId = s.work().objectives(s.id)->at(0).id;
        for (double value : {30.0, 45.0, 60.0})
            QVERIFY(editObjectiveCurrent(panel, 0, value));
        QUndoStack *undo = s.session.undoStack();
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit objective “Seats active”"));
        QCOMPARE(s.work().objectives(s.id)->at(0).currentValue, 60.0);
        undo->undo();
        QCOMPARE(s.work().objectives(s.id)->at(0).currentValue, 20.0);
        undo->undo();
        QCOMPARE(s.work().objectives(s.id)->size(), 0);
        undo->redo();
        QCOMPARE(s.work().objectives(s.id)->at(0).id, objectiveId);
        undo->redo();
        QCOMPARE(s.work().objectives(s.id)->at(0).currentValue, 60.0);
        QCOMPARE(undo->count(), 2);

        // Another step between two edits keeps them apart.
        QVERIFY(addObjective(panel, QStringLiteral("Reports built"), 0, 0, 5));
        QCOMPARE(undo->count(), 3);
        const int seats = panel->model()->objective(0)->id == objectiveId ? 0 : 1;
        QVERIFY(editObjectiveCurrent(panel, seats, 70));
        QCOMPARE(undo->count(), 4);
        undo->undo();
        const auto objectives = s.work().objectives(s.id);
        QCOMPARE(objectives->size(), 2);
        for (const PlanObjective &o : *objectives)
            QCOMPARE(o.currentValue, o.id == objectiveId ? 60.0 : 0.0);
    }

    void successPlanObjective()
    {
        Shown s;
        QVERIFY(s.setUp());
        SuccessPlanPanel *panel = s.view->successPlanPanel();
        QVERIFY(addObjective(panel, QStringLiteral("Seats active"), 20, 50, 80));
        bool seen = false;
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, ObjectiveModel::Progress).data(ObjectiveModel::ProgressRole).toDouble(), 50.0);
        panel->table()->selectRow(0);
        whenModal<ObjectiveDialog>(seen, [](ObjectiveDialog *dialog) {
            dialog->currentSpin()->setValue(80);
            dialog->achievedEdit()->setOptionalDate(date("2026-11-21"));
            dialog->accept();
        });
        panel->editObjective();
        QVERIFY(seen);
        const auto list = *s.work().objectives(s.id);
        QCOMPARE(list.at(0).progressPercent(), 100.0);
        QCOMPARE(list.at(0).achievedOn, date("2026-11-21"));
        s.session.undoStack()->undo();
        QCOMPARE(s.work().objectives(s.id)->at(0).currentValue, 50.0);
        s.session.undoStack()->undo();
        QCOMPARE(s.work().objectives(s.id)->size(), 0);
    }

    // Someone else edited the objective while its dialog was open: the person keeps theirs or
    // applies their own change on top; nothing is written over the other edit unseen.
    void aConflictingObjectiveEditIsShown_data()
    {
        QTest::addColumn<bool>("applyMine");
        QTest::newRow("apply mine on top") << true;
        QTest::newRow("keep theirs") << false;
    }
    void aConflictingObjectiveEditIsShown()
    {
        QFETCH(bool, applyMine);
        Shown s;
        QVERIFY(s.setUp());
        PlanObjective draft;
        draft.accountId = s.id;
        draft.title = QStringLiteral("Seats active");
        draft.currentValue = 20;
        QVERIFY(s.work().addObjective(draft));
        s.session.notifyWork(s.id);
        SuccessPlanPanel *panel = s.view->successPlanPanel();
        QCOMPARE(panel->model()->rowCount(), 1);
        panel->table()->selectRow(0);
        bool seen = false, asked = false;
        bool renamed = false;   // the colleague's edit was written
        bool closed = false;    // the dialog closed once the question was answered
        QString said;
        const QString path = s.fixture.path;
        whenModal<ObjectiveDialog>(seen, [&](ObjectiveDialog *dialog) {
            {   // a colleague renames it meanwhile
                auto colleague = Book::open(path);
                if (colleague) {
                    const auto objectives = WorkRepository(**colleague).objectives(s.id);
                    if (objectives && !objectives->isEmpty()) {
                        PlanObjective theirs = objectives->at(0);
                        theirs.title = QStringLiteral("Seats active (all sites)");
                        renamed = bool(WorkRepository(**colleague).updateObjective(theirs));
                    }
                }
            }
            dialog->currentSpin()->setValue(60);
            whenModal<QMessageBox>(asked, [&said, applyMine](QMessageBox *box) {
                said = box->text();
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == (applyMine ? QMessageBox::AcceptRole : QMessageBox::RejectRole))
                        return button->click();
            });
            dialog->accept();
            closed = !dialog->isVisible();
        });
        panel->editObjective();
        QVERIFY(seen);
        QVERIFY(renamed);
        QVERIFY(asked);
        QVERIFY(closed);
        QVERIFY2(said.contains(QStringLiteral("Keep their version")), qPrintable(said));
        const PlanObjective now = s.work().objectives(s.id)->at(0);
        QCOMPARE(now.title, QStringLiteral("Seats active (all sites)"));   // theirs is kept either way
        QCOMPARE(now.currentValue, applyMine ? 60.0 : 20.0);
        QCOMPARE(s.session.undoStack()->count(), applyMine ? 1 : 0);
        if (applyMine) {   // the undo puts back theirs, not the version the dialog was opened on
            s.session.undoStack()->undo();
            const PlanObjective back = s.work().objectives(s.id)->at(0);
            QCOMPARE(back.title, QStringLiteral("Seats active (all sites)"));
            QCOMPARE(back.currentValue, 20.0);
        }
    }

    void playbookPageSavesSteps()
    {
        BookFixture fixture;
        PlaybookPage page(fixture.book.get());
        page.showStage(Stage::Adoption);
        const int before = page.model()->rowCount();
        page.addStep();
        const int row = page.model()->rowCount() - 1;
        page.model()->item(row, PlaybookPage::Title)->setText(QStringLiteral("Usage review"));
        page.model()->item(row, PlaybookPage::Owner)->setText(QStringLiteral("Tanaka"));
        page.model()->item(row, PlaybookPage::DueDays)->setData(10, Qt::EditRole);
        page.showStage(Stage::Expansion);   // edits are kept across stages
        page.model()->removeRows(0, page.model()->rowCount());
        QVERIFY(page.save());
        const auto adoption = *Playbooks(*fixture.book).steps(Stage::Adoption);
        QCOMPARE(adoption.size(), before + 1);
        QCOMPARE(adoption.constLast(), (PlaybookStep{QStringLiteral("Usage review"), QStringLiteral("Tanaka"), 10}));
        QCOMPARE(Playbooks(*fixture.book).steps(Stage::Expansion)->size(), 0);
        // A step without a title is refused, naming the stage; nothing of it is stored.
        page.showStage(Stage::Adoption);
        page.model()->item(0, PlaybookPage::Title)->setText(QString());
        const Status refused = page.save();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(Stages::label(Stage::Adoption)));
        QCOMPARE(*Playbooks(*fixture.book).steps(Stage::Adoption), adoption);
    }

    // A touch model's own playbook (issue 19): chosen in the page, its steps added with the
    // button and typed, saved apart from the default; the default shown again as it was.
    void playbookPageKeepsATouchModelsOwn()
    {
        BookFixture fixture;
        PlaybookPage page(fixture.book.get());
        page.show();
        page.showStage(Stage::Onboarding);
        const int defaults = page.model()->rowCount();
        QVERIFY(defaults > 0);
        QComboBox *touch = page.touchCombo();
        touch->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(touch, Qt::Key_End);   // Tech touch
        QCOMPARE(touch->currentText(), Stages::label(Touch::Tech));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("playbookFollowsDefault"))->text().contains(
            Stages::label(Touch::Tech)));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addStepButton")), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(
            page.findChild<QTableView *>(QStringLiteral("playbookTable"))->indexWidget(page.model()->index(0, 0)));
        QVERIFY(editor);
        editor->selectAll();
        QInputMethodEvent typed;   // Japanese comes through the input method, committed as a whole
        typed.setCommitString(QStringLiteral("オンボーディング動画の案内"));
        QApplication::sendEvent(editor, &typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();   // the delegate commits on the event loop
        QTest::keyClick(touch, Qt::Key_Home);   // the default, as it was
        QCOMPARE(page.model()->rowCount(), defaults);
        QVERIFY(page.save());
        const auto own = *Playbooks(*fixture.book).steps(Stage::Onboarding, Touch::Tech);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.constFirst().title, QStringLiteral("オンボーディング動画の案内"));
        QCOMPARE(Playbooks(*fixture.book).steps(Stage::Onboarding)->size(), defaults);
    }

    void calendarPageAddsAndRemovesHolidays()
    {
        BookFixture fixture;
        CalendarPage page(fixture.book.get());
        const int before = page.model()->rowCount();
        QVERIFY(before > 0);   // Japan's holidays to start with
        page.dateEdit()->setOptionalDate(date("2026-12-29"));
        page.nameEdit()->setText(QStringLiteral("Year-end closing"));
        page.findChild<QPushButton *>(QStringLiteral("addHolidayButton"))->click();
        QCOMPARE(page.model()->rowCount(), before + 1);
        const auto has = [&](const char *day) {
            const QList<Holiday> list = *Holidays(*fixture.book).list();
            for (const Holiday &h : list) {
                if (h.day == date(day))
                    return h.name;
            }
            return QString();
        };
        QCOMPARE(has("2026-12-29"), QString());   // written with OK, not before
        QVERIFY(page.save());
        QCOMPARE(has("2026-12-29"), QStringLiteral("Year-end closing"));
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->item(r, CalendarPage::Day)->data(Qt::UserRole).toString() == QLatin1String("2026-12-29"))
                row = r;
        }
        QVERIFY(row >= 0);
        page.table()->selectRow(row);
        page.findChild<QPushButton *>(QStringLiteral("removeHolidayButton"))->click();
        QCOMPARE(page.model()->rowCount(), before);
        QCOMPARE(has("2026-12-29"), QStringLiteral("Year-end closing"));
        QVERIFY(page.save());
        QCOMPARE(has("2026-12-29"), QString());
        QCOMPARE(page.errorText(), QString());
        // A page left without OK (Cancel) changes nothing.
        const qsizetype stored = Holidays(*fixture.book).list()->size();
        {
            CalendarPage cancelled(fixture.book.get());
            cancelled.dateEdit()->setOptionalDate(date("2026-12-30"));
            cancelled.findChild<QPushButton *>(QStringLiteral("addHolidayButton"))->click();
        }
        QCOMPARE(Holidays(*fixture.book).list()->size(), stored);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestWorkPanels)
#include "tst_work_panels.moc"
