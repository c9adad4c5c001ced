// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "Modal.h"
#include "UserInput.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountDialogs.h"
#include "accounts/AddAccountDialog.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "accounts/ArrEventRepository.h"
#include "accounts/ArrHistoryModel.h"
#include "accounts/EditConflictDialog.h"
#include "accounts/StageHistoryModel.h"
#include "book/BookSession.h"
#include "stages/StageRepository.h"

#include "voc/VocService.h"

#include "voc/VocRepository.h"

#include "health/HealthRepository.h"
#include "health/NpsPanel.h"
#include "health/PeopleMeasures.h"
#include "health/NpsListModel.h"
#include "health/NpsAnswerDialog.h"
#include "metrics/KpiSettings.h"
#include "accounts/ContactsPanel.h"
#include "accounts/ContactListModel.h"
#include "accounts/ContactDialog.h"
#include "accounts/HandoffPanel.h"
#include "accounts/HandoffDialog.h"
#include "accounts/AccountFieldsForm.h"
#include "tasks/WorkRepository.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QWheelEvent>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
// Types `text` over what an editor holds and presses Return, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Types `day` over a date editor's date, part by part as it shows dates (its first part
// selected, as tabbing into it leaves it), and presses Return. A part the editor cannot tell
// is whole (a 1 for the 1st) is followed by the separator a person types to move on.
void retype(QDateEdit *edit, QDate day)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->setSelectedSection(edit->sectionAt(0));
    const QString shown = QLocale().toString(day, edit->displayFormat());
    static const QRegularExpression part(QStringLiteral("[0-9]+|[A-Za-z]+"));
    for (auto parts = part.globalMatch(shown); parts.hasNext();) {
        const QRegularExpressionMatch typed = parts.next();
        const int section = edit->currentSectionIndex();
        QTest::keyClicks(edit, typed.captured());
        if (edit->currentSectionIndex() == section && typed.capturedEnd() < shown.size())
            QTest::keyClicks(edit, shown.mid(typed.capturedEnd(), 1));
    }
    QTest::keyClick(edit, Qt::Key_Return);
}

// A book with one account (onboarded 2026-01-15, in adoption since 2026-04-01, ARR 1,200,000
// JPY), opened in a session and shown in a detail view.
struct Shown
{
    BookFixture fixture;
    BookSession session;
    qint64 id = 0;
    std::unique_ptr<AccountDetailView> view;
    std::unique_ptr<QAbstractItemModelTester> stageTester;
    std::unique_ptr<QAbstractItemModelTester> arrTester;

    bool setUp()
    {
        Account draft;
        draft.name = QStringLiteral("Kobayashi Foods");
        draft.csm = QStringLiteral("Sato");
        draft.plan = QStringLiteral("Pro");
        draft.arr = 1200000;
        draft.startOn = date("2026-01-15");
        draft.renewalOn = date("2027-01-14");
        AccountLifecycle lifecycle(*fixture.book);
        auto added = lifecycle.add(draft);
        if (!added)
            return false;
        id = added->accountId;
        if (!lifecycle.moveStage(id, Stage::Adoption, date("2026-04-01"), QStringLiteral("kick-off done")))
            return false;
        fixture.book.reset();
        if (!session.open(fixture.path))
            return false;
        view = std::make_unique<AccountDetailView>(session);
        stageTester = std::make_unique<QAbstractItemModelTester>(
            table("stageTable")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        arrTester = std::make_unique<QAbstractItemModelTester>(
            table("arrTable")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->showAccount(id);
        view->show();
        return view->accountId() == id;
    }

    Account account() const { return *AccountRepository(*session.book()).get(id); }
    QList<ArrEvent> arrEvents() const { return *ArrEventRepository(*session.book()).forAccount(id); }
    QList<StageEvent> stageEvents() const { return *StageRepository(*session.book()).events(id); }
    QUndoStack *undo() const { return session.undoStack(); }

    template<typename T = QLineEdit>
    T *editor(const char *name) const
    {
        return view->findChild<T *>(QLatin1String(name));
    }
    QTableView *table(const char *name) const { return editor<QTableView>(name); }
    int rows(const char *name) const { return table(name)->model()->rowCount(); }
};
} // namespace

// The account detail view over a real book: edits in place, undo and redo, the stage and
// ARR histories, and the move, churn and renewal dialogs.
class TestAccountDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Dates::today(), date("2026-11-23"));
    }

    void stageHistoryModel()
    {
        StageHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(StageHistoryModel::ColumnCount));
        // Who recorded it: a team book's login.
        model.setSpans(StageRepository::spans(
            {{Stage::Onboarding, date("2026-01-15"), {}, u"suzuki"_s}}, date("2026-11-23")));
        QCOMPARE(model.index(0, StageHistoryModel::By).data().toString(), u"suzuki"_s);
        model.setSpans(StageRepository::spans(
            {{Stage::Onboarding, date("2026-01-15"), {}},
             {Stage::Adoption, date("2026-04-01"), QStringLiteral("kick-off done")}},
            date("2026-11-23")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StageHistoryModel::StageName).data().toString(),
                 Stages::label(Stage::Onboarding));
        QCOMPARE(model.index(0, StageHistoryModel::Days).data().toString(), QStringLiteral("76"));
        QVERIFY(!model.index(0, StageHistoryModel::Left).data().toString().isEmpty());
        QVERIFY(model.index(1, StageHistoryModel::Left).data().toString().isEmpty());
        QCOMPARE(model.index(1, StageHistoryModel::Note).data().toString(),
                 QStringLiteral("kick-off done"));
        const auto alignment = qvariant_cast<Qt::Alignment>(
            model.index(1, StageHistoryModel::Days).data(Qt::TextAlignmentRole));
        QVERIFY(alignment & Qt::AlignRight);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        model.setSpans({});
        QCOMPARE(model.rowCount(), 0);
    }

    void arrHistoryModel()
    {
        ArrHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ArrHistoryModel::ColumnCount));
        model.setEvents({{1, 7, date("2026-01-15"), ArrChange::New, 0, 1200000, {}},
                         {2, 7, date("2026-06-01"), ArrChange::Contraction, 1200000, 900000, {}},
                         {3, 7, date("2026-11-20"), ArrChange::Churn, 900000, 0,
                          QStringLiteral("budget")}},
                        Currency());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ArrHistoryModel::Kind).data().toString(), QStringLiteral("New business"));
        QCOMPARE(model.index(1, ArrHistoryModel::Kind).data().toString(), QStringLiteral("Contraction"));
        QCOMPARE(model.index(2, ArrHistoryModel::Kind).data().toString(), QStringLiteral("Churn"));
        QVERIFY(model.index(0, ArrHistoryModel::Change).data().toString().startsWith(QLatin1Char('+')));
        QVERIFY(model.index(1, ArrHistoryModel::Change).data().toString().startsWith(QLatin1Char('-')));
        QVERIFY(model.index(0, ArrHistoryModel::ArrAfter).data().toString().contains(QStringLiteral("200")));
        QCOMPARE(model.index(2, ArrHistoryModel::Note).data().toString(), QStringLiteral("budget"));
        const auto alignment = qvariant_cast<Qt::Alignment>(
            model.index(0, ArrHistoryModel::ArrBefore).data(Qt::TextAlignmentRole));
        QVERIFY(alignment & Qt::AlignRight);
        QCOMPARE(ArrHistoryModel::kindLabel(ArrChange::Expansion), QStringLiteral("Expansion"));
        QCOMPARE(ArrHistoryModel::kindLabel(ArrChange::Reactivation), QStringLiteral("Reactivation"));
    }

    void showsTheAccount()
    {
        Shown s;
        QVERIFY(s.setUp());
        QCOMPARE(s.editor<QLabel>("nameLabel")->text(), QStringLiteral("Kobayashi Foods"));
        QCOMPARE(s.editor<QLabel>("stageLabel")->text(), Stages::label(Stage::Adoption));
        QVERIFY(s.editor<QLabel>("churnLabel")->isHidden());
        QCOMPARE(s.editor("nameEdit")->text(), QStringLiteral("Kobayashi Foods"));
        QCOMPARE(s.editor("csmEdit")->text(), QStringLiteral("Sato"));
        QCOMPARE(s.editor("planEdit")->text(), QStringLiteral("Pro"));
        QCOMPARE(s.editor("arrEdit")->text(), QStringLiteral("1,200,000"));
        QCOMPARE(s.editor<QDateEdit>("startEdit")->date(), QDate(2026, 1, 15));
        QCOMPARE(s.editor<QDateEdit>("renewalEdit")->date(), QDate(2027, 1, 14));
        QCOMPARE(s.editor<QComboBox>("touchCombo")->currentText(), Stages::label(Touch::High));
        QCOMPARE(s.rows("stageTable"), 2);
        QCOMPARE(s.rows("arrTable"), 1);
        QVERIFY(s.editor("csmEdit")->isEnabled());

        s.view->showAccount(0);
        QCOMPARE(s.view->accountId(), 0);
        QVERIFY(!s.editor("csmEdit")->isEnabled());
        QVERIFY(s.editor("csmEdit")->text().isEmpty());
        QVERIFY(!s.editor<QPushButton>("moveStageButton")->isEnabled());
        QCOMPARE(s.rows("stageTable"), 0);
        QCOMPARE(s.rows("arrTable"), 0);
    }

    // The mouse wheel passing over a date or a choice while the page scrolls changes nothing;
    // once the field has focus, the wheel steps it as usual.
    void scrollingPastAFieldChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("date") << u"renewalEdit"_s;
        QTest::newRow("choice") << u"touchCombo"_s;
    }
    void scrollingPastAFieldChangesNothing()
    {
        QFETCH(QString, field);
        Shown s;
        QVERIFY(s.setUp());
        auto *widget = s.view->findChild<QWidget *>(field);
        QVERIFY(widget);
        const auto value = [&] {
            if (auto *date = qobject_cast<QDateEdit *>(widget))
                return date->date().toString(Qt::ISODate);
            return qobject_cast<QComboBox *>(widget)->currentText();
        };
        const QString before = value();
        const auto wheel = [&] {
            const QPointF at(widget->width() / 4.0, widget->height() / 2.0);
            QWheelEvent event(at, widget->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &event);
        };
        wheel();
        QCOMPARE(value(), before);
        QCOMPARE(s.session.undoStack()->count(), 0);
        QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
        widget->setFocus();
        QTRY_VERIFY(widget->hasFocus());
        wheel();
        QVERIFY(value() != before);   // focused: the wheel is the field's
    }

    void editCsmWithUndoAndRedo()
    {
        Shown s;
        QVERIFY(s.setUp());
        QLineEdit *csm = s.editor("csmEdit");
        QVERIFY(csm);
        retype(csm, QStringLiteral("Tanaka"));
        QCOMPARE(s.account().csm, QStringLiteral("Tanaka"));
        QCOMPARE(s.undo()->count(), 1);
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Edit CSM"));
        QCOMPARE(s.arrEvents().size(), 1);   // a field edit records no ARR event

        s.undo()->undo();
        QCOMPARE(s.account().csm, QStringLiteral("Sato"));
        QCOMPARE(csm->text(), QStringLiteral("Sato"));
        s.undo()->redo();
        QCOMPARE(s.account().csm, QStringLiteral("Tanaka"));
        QCOMPARE(csm->text(), QStringLiteral("Tanaka"));

        // Finishing an edit that changed nothing makes no command.
        QSignalSpy finished(csm, &QLineEdit::editingFinished);
        csm->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(csm, Qt::Key_Return);
        QCOMPARE(finished.count(), 1);   // Return did finish the edit
        QCOMPARE(s.undo()->count(), 1);
    }

    // Edits of one field one after the other are one step to undo, back to the value before
    // the first; an edit of another field, or a stage move, between them keeps them apart.
    void repeatedEditsOfAFieldFold()
    {
        Shown s;
        QVERIFY(s.setUp());
        QLineEdit *csm = s.editor("csmEdit");
        retype(csm, QStringLiteral("Tanaka"));
        retype(csm, QStringLiteral("Suzuki"));
        retype(csm, QStringLiteral("Ito"));
        QCOMPARE(s.undo()->count(), 1);
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Edit CSM"));
        s.undo()->undo();
        QCOMPARE(s.account().csm, QStringLiteral("Sato"));
        QCOMPARE(csm->text(), QStringLiteral("Sato"));
        s.undo()->redo();
        QCOMPARE(s.account().csm, QStringLiteral("Ito"));

        // ARR twice: both events go with the one undo.
        QLineEdit *arr = s.editor("arrEdit");
        retype(arr, QStringLiteral("1500000"));
        retype(arr, QStringLiteral("1800000"));
        QCOMPARE(s.undo()->count(), 2);
        QCOMPARE(s.arrEvents().size(), 3);
        s.undo()->undo();
        QCOMPARE(s.account().arr, Minor(1200000));
        QCOMPARE(s.arrEvents().size(), 1);
        QCOMPARE(s.account().csm, QStringLiteral("Ito"));

        // The undone ARR step is dropped by the next edit, which folds into the CSM step again;
        // another field between two edits keeps them apart.
        retype(csm, QStringLiteral("Kato"));
        QCOMPARE(s.undo()->count(), 1);
        retype(s.editor("planEdit"), QStringLiteral("Enterprise"));
        retype(csm, QStringLiteral("Mori"));
        QCOMPARE(s.undo()->count(), 3);
        s.undo()->undo();
        QCOMPARE(s.account().csm, QStringLiteral("Kato"));
        s.undo()->undo();
        s.undo()->undo();
        QCOMPARE(s.account().csm, QStringLiteral("Sato"));
        QCOMPARE(s.account().plan, QStringLiteral("Pro"));
    }

    // A colleague (another window, csw, or another person) changed the account while it was
    // shown: the edit is not applied over theirs; the person sees who changed what and chooses.
    void aConflictingEditIsShown_data()
    {
        QTest::addColumn<bool>("applyMine");
        QTest::newRow("apply mine on top") << true;
        QTest::newRow("keep theirs") << false;
    }
    void aConflictingEditIsShown()
    {
        QFETCH(bool, applyMine);
        Shown s;
        QVERIFY(s.setUp());
        // The person is typing when the colleague's change arrives: what they typed stays.
        QLineEdit *csm = s.editor("csmEdit");
        csm->setFocus(Qt::OtherFocusReason);
        csm->selectAll();
        QTest::keyClicks(csm, QStringLiteral("Tanaka"));
        {
            auto colleague = Book::open(s.fixture.path);
            QVERIFY(colleague);
            AccountChanges theirs;
            theirs.plan = QStringLiteral("Enterprise");
            QVERIFY(AccountLifecycle(**colleague).edit(s.id, theirs, Dates::today()));
        }
        Q_EMIT s.session.accountsAddedOrRemoved();   // as the live update tells the views
        QCOMPARE(csm->text(), QStringLiteral("Tanaka"));
        bool seen = false;
        QString said;
        whenModal<EditConflictDialog>(seen, [&said, applyMine](EditConflictDialog *dialog) {
            said = dialog->findChild<QLabel *>(QStringLiteral("conflictText"))->text();
            dialog->findChild<QPushButton *>(applyMine ? QStringLiteral("applyMine")
                                                       : QStringLiteral("keepTheirs"))
                ->click();
        });
        QSignalSpy errors(&s.session, &BookSession::errorOccurred);
        QTest::keyClick(csm, Qt::Key_Return);
        QVERIFY(seen);
        QVERIFY2(said.contains(QStringLiteral("Pro → Enterprise")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Sato → Tanaka")), qPrintable(said));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(s.account().plan, QStringLiteral("Enterprise"));   // theirs is kept either way
        QCOMPARE(s.account().csm, applyMine ? QStringLiteral("Tanaka") : QStringLiteral("Sato"));
        QCOMPARE(s.editor("csmEdit")->text(), s.account().csm);
        QCOMPARE(s.editor("planEdit")->text(), QStringLiteral("Enterprise"));
        QCOMPARE(s.undo()->count(), applyMine ? 1 : 0);
    }

    // Undoing one's edit after a colleague changed the account would overwrite theirs: refused.
    void undoOverAColleaguesEditIsRefused()
    {
        Shown s;
        QVERIFY(s.setUp());
        retype(s.editor("csmEdit"), QStringLiteral("Tanaka"));
        QCOMPARE(s.undo()->count(), 1);
        {
            auto colleague = Book::open(s.fixture.path);
            QVERIFY(colleague);
            AccountChanges theirs;
            theirs.plan = QStringLiteral("Enterprise");
            QVERIFY(AccountLifecycle(**colleague).edit(s.id, theirs, Dates::today()));
        }
        QSignalSpy errors(&s.session, &BookSession::errorOccurred);
        s.undo()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("not undone")),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(s.account().csm, QStringLiteral("Tanaka"));
        QCOMPARE(s.account().plan, QStringLiteral("Enterprise"));
    }

    // The add-account dialog takes what a new account is first given, stage and channel too,
    // and money as the tables show it.
    void addAccountDialogTakesEveryFirstField()
    {
        AddAccountDialog dialog(*Currency::fromCode(QStringLiteral("JPY")), {QStringLiteral("佐藤 美咲")});
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("株式会社みなと精密工業 横浜本社"));
        dialog.findChild<QLineEdit *>(QStringLiteral("industryEdit"))->setText(QStringLiteral("製造"));
        dialog.findChild<QLineEdit *>(QStringLiteral("sourceEdit"))->setText(QStringLiteral("展示会"));
        dialog.findChild<QLineEdit *>(QStringLiteral("arrEdit"))->setText(QStringLiteral("1,200,000"));
        auto *stage = dialog.findChild<QComboBox *>(QStringLiteral("stageCombo"));
        stage->setCurrentIndex(stage->findData(int(Stage::Adoption)));
        QCOMPARE(stage->findData(int(Stage::Churned)), -1);
        const auto account = dialog.account();
        QVERIFY(account);
        QCOMPARE(account->industry, QStringLiteral("製造"));
        QCOMPARE(account->source, QStringLiteral("展示会"));
        QCOMPARE(account->stage, Stage::Adoption);
        QCOMPARE(account->arr, Minor(1200000));
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name->width() >= name->fontMetrics().horizontalAdvance(name->text()));
    }

    void emptyNameIsRefused()
    {
        Shown s;
        QVERIFY(s.setUp());
        bool seen = false;
        whenModal<QMessageBox>(seen, [](QMessageBox *box) { box->accept(); });
        retype(s.editor("nameEdit"), QStringLiteral("   "));
        QVERIFY(seen);
        QCOMPARE(s.account().name, QStringLiteral("Kobayashi Foods"));
        QCOMPARE(s.editor("nameEdit")->text(), QStringLiteral("Kobayashi Foods"));
        QCOMPARE(s.undo()->count(), 0);
    }

    void editArrRecordsOneEvent()
    {
        Shown s;
        QVERIFY(s.setUp());
        QLineEdit *arr = s.editor("arrEdit");
        retype(arr, QStringLiteral("1500000"));
        QCOMPARE(s.account().arr, Minor(1500000));
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Edit ARR"));
        const QList<ArrEvent> events = s.arrEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().kind, ArrChange::Expansion);
        QCOMPARE(events.last().occurredOn, date("2026-11-23"));
        QCOMPARE(events.last().arrBefore, Minor(1200000));
        QCOMPARE(events.last().arrAfter, Minor(1500000));
        QCOMPARE(s.rows("arrTable"), 2);

        s.undo()->undo();
        QCOMPARE(s.account().arr, Minor(1200000));
        QCOMPARE(s.arrEvents().size(), 1);
        QCOMPARE(arr->text(), QStringLiteral("1,200,000"));
        QCOMPARE(s.rows("arrTable"), 1);

        s.undo()->redo();
        QCOMPARE(s.account().arr, Minor(1500000));
        QCOMPARE(s.arrEvents().size(), 2);
        QCOMPARE(s.arrEvents().last().occurredOn, date("2026-11-23"));
        QCOMPARE(arr->text(), QStringLiteral("1,500,000"));
    }

    void invalidArrLeavesTheBook()
    {
        Shown s;
        QVERIFY(s.setUp());
        QSignalSpy changed(&s.session, &BookSession::accountChanged);
        QString shown;
        bool seen = false;
        whenModal<QMessageBox>(seen, [&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QLineEdit *arr = s.editor("arrEdit");
        retype(arr, QStringLiteral("12abc"));
        QVERIFY(seen);
        QVERIFY2(shown.contains(QStringLiteral("12abc")), qPrintable(shown));
        QCOMPARE(arr->text(), QStringLiteral("1,200,000"));
        QCOMPARE(s.account().arr, Minor(1200000));
        QCOMPARE(s.arrEvents().size(), 1);
        QCOMPARE(s.undo()->count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void editTouchAndDates()
    {
        Shown s;
        QVERIFY(s.setUp());
        // The touch model picked in its combo: clicked open, "Low" picked in its list.
        auto *touch = s.editor<QComboBox>("touchCombo");
        const int low = touch->findData(int(Touch::Low));
        QVERIFY(low >= 0);
        QVERIFY(chooseItem(touch, low));
        QCOMPARE(s.account().touch, Touch::Low);

        // A renewal date typed in and Return pressed.
        auto *renewal = s.editor<QDateEdit>("renewalEdit");
        retype(renewal, QDate(2027, 3, 31));
        QCOMPARE(s.account().renewalOn, date("2027-03-31"));
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Edit Renewal date"));

        QTest::mouseClick(s.editor<QToolButton>("renewalClear"), Qt::LeftButton);
        QCOMPARE(s.account().renewalOn, std::nullopt);
        QCOMPARE(renewal->text(), QStringLiteral("none"));
        QCOMPARE(s.undo()->count(), 2);   // the two renewal date edits are one step

        s.undo()->undo();
        QCOMPARE(s.account().renewalOn, date("2027-01-14"));
        QCOMPARE(renewal->date(), QDate(2027, 1, 14));
        s.undo()->undo();
        QCOMPARE(s.account().touch, Touch::High);
        QCOMPARE(touch->currentData().toInt(), int(Touch::High));

        // A renewal before the start is the core's to refuse; the form shows the book again.
        QSignalSpy errors(&s.session, &BookSession::errorOccurred);
        retype(renewal, QDate(2025, 12, 1));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(s.account().renewalOn, date("2027-01-14"));
        QCOMPARE(renewal->date(), QDate(2027, 1, 14));
    }

    void emptyDateOpensTheCalendarOnToday()
    {
        Shown s;
        QVERIFY(s.setUp());
        QTest::mouseClick(s.editor<QToolButton>("renewalClear"), Qt::LeftButton);
        auto *renewal = s.editor<QDateEdit>("renewalEdit");
        QCOMPARE(renewal->text(), QStringLiteral("none"));
        QTest::mouseClick(renewal, Qt::LeftButton, {},
                          QPoint(renewal->width() - 4, renewal->height() / 2));
        QCalendarWidget *calendar = renewal->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), 2026);
        QCOMPARE(calendar->monthShown(), 11);
        calendar->window()->close();
        QCOMPARE(s.account().renewalOn, std::nullopt);   // looking commits nothing
        QCOMPARE(s.undo()->count(), 1);
    }

    void moveStageThroughTheDialog()
    {
        Shown s;
        QVERIFY(s.setUp());
        QCOMPARE(s.rows("stageTable"), 2);
        bool seen = false;
        int offered = -1;
        QDate proposed;
        whenModal<MoveStageDialog>(seen, [&offered, &proposed](MoveStageDialog *dialog) {
            auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("stageCombo"));
            offered = stage->findData(int(Stage::Adoption));   // the current stage is not offered
            proposed = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
            stage->setCurrentIndex(stage->findData(int(Stage::Expansion)));
            dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 1));
            dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->setText(QStringLiteral("upsell"));
            dialog->accept();
        });
        s.view->moveToStage();
        QVERIFY(seen);
        QCOMPARE(offered, -1);
        QCOMPARE(proposed, QDate(2026, 11, 23));   // today
        QCOMPARE(s.account().stage, Stage::Expansion);
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Move to Expansion"));
        QCOMPARE(s.rows("stageTable"), 3);
        const QAbstractItemModel *timeline = s.table("stageTable")->model();
        QCOMPARE(timeline->index(2, StageHistoryModel::StageName).data().toString(),
                 Stages::label(Stage::Expansion));
        QCOMPARE(timeline->index(2, StageHistoryModel::Days).data().toString(), QStringLiteral("22"));
        QCOMPARE(timeline->index(2, StageHistoryModel::Note).data().toString(), QStringLiteral("upsell"));
        QCOMPARE(s.editor<QLabel>("stageLabel")->text(), Stages::label(Stage::Expansion));

        s.undo()->undo();
        QCOMPARE(s.account().stage, Stage::Adoption);
        QCOMPARE(s.rows("stageTable"), 2);
        QCOMPARE(s.editor<QLabel>("stageLabel")->text(), Stages::label(Stage::Adoption));
    }

    void stageDateBeforeTheCurrentStageIsRefused()
    {
        Shown s;
        QVERIFY(s.setUp());
        QSignalSpy errors(&s.session, &BookSession::errorOccurred);
        const QList<StageEvent> before = s.stageEvents();
        bool seen = false;
        whenModal<MoveStageDialog>(seen, [](MoveStageDialog *dialog) {
            auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("stageCombo"));
            stage->setCurrentIndex(stage->findData(int(Stage::Expansion)));
            dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 3, 1));
            dialog->accept();
        });
        s.view->moveToStage();
        QVERIFY(seen);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("2026-04-01")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(s.account().stage, Stage::Adoption);
        QCOMPARE(s.stageEvents().size(), before.size());
        QCOMPARE(s.rows("stageTable"), 2);
        QCOMPARE(s.undo()->count(), 0);
        QVERIFY(!QApplication::activeModalWidget());   // the window shows the error, not the view
    }

    void churnThroughTheDialog()
    {
        Shown s;
        QVERIFY(s.setUp());
        bool seen = false;
        QDate proposed;
        bool keptOpen = false, saidWhy = false;   // after OK without a reason
        int reasonCount = 0;
        whenModal<ChurnDialog>(seen, [&](ChurnDialog *dialog) {
            proposed = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
            dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 20));
            dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("Budget cut"));
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            dialog->accept();   // no reason chosen: refused, said so
            keptOpen = dialog->isVisible();
            saidWhy = !error->isHidden();
            auto *reasons = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
            reasonCount = reasons->count();
            reasons->setCurrentIndex(reasons->findData(QStringLiteral("price")));
            dialog->accept();
        });
        s.view->churnAccount();
        QVERIFY(seen);
        QCOMPARE(proposed, QDate(2026, 11, 23));   // today
        QVERIFY(keptOpen);
        QVERIFY(saidWhy);
        QCOMPARE(reasonCount, 7);
        const Account churned = s.account();
        QVERIFY(churned.isChurned());
        QCOMPARE(churned.churnedOn, date("2026-11-20"));
        QCOMPARE(churned.churnReason, QStringLiteral("Budget cut"));
        QCOMPARE(churned.churnReasonCode, QStringLiteral("price"));
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Churn Kobayashi Foods"));
        QCOMPARE(s.arrEvents().last().kind, ArrChange::Churn);
        QCOMPARE(s.rows("stageTable"), 3);
        QCOMPARE(s.rows("arrTable"), 2);
        auto *churnLabel = s.editor<QLabel>("churnLabel");
        QVERIFY(!churnLabel->isHidden());
        QVERIFY2(churnLabel->text().contains(QStringLiteral("Price — Budget cut")), qPrintable(churnLabel->text()));
        QVERIFY(churnLabel->text().startsWith(QStringLiteral("Churned on ")));
        QVERIFY(!s.editor("arrEdit")->isEnabled());
        QVERIFY(s.editor("csmEdit")->isEnabled());
        QVERIFY(!s.editor<QPushButton>("moveStageButton")->isEnabled());
        QVERIFY(!s.editor<QPushButton>("churnButton")->isEnabled());
        QVERIFY(!s.editor<QPushButton>("renewButton")->isEnabled());

        s.undo()->undo();
        QVERIFY(!s.account().isChurned());
        QCOMPARE(s.arrEvents().size(), 1);
        QVERIFY(churnLabel->isHidden());
        QVERIFY(s.editor("arrEdit")->isEnabled());
        QVERIFY(s.editor<QPushButton>("moveStageButton")->isEnabled());
    }

    // The account's VOC entries are offered as behind the churn; the one ticked is linked, and
    // the entry then shows the ARR its churn lost.
    void churnNamesTheVocBehindIt()
    {
        Shown s;
        QVERIFY(s.setUp());
        VocEntry entry;
        entry.text = QStringLiteral("Wants a CSV export");
        entry.loggedOn = date("2026-05-01");
        entry.links = {VocLink{s.id}};
        const auto voc = VocService(*s.session.book()).add(entry, date("2026-05-01"));
        QVERIFY(voc);
        bool seen = false;
        QStringList offered;   // the entries the dialog lists
        whenModal<ChurnDialog>(seen, [&offered](ChurnDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("vocList"));
            for (int row = 0; row < list->count(); ++row)
                offered << list->item(row)->text();
            if (list->count() > 0)
                list->item(0)->setCheckState(Qt::Checked);
            auto *reasons = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
            reasons->setCurrentIndex(reasons->findData(QStringLiteral("missing-feature")));
            dialog->accept();
        });
        s.view->churnAccount();
        QVERIFY(seen);
        QCOMPARE(offered, QStringList{QStringLiteral("Wants a CSV export")});
        QCOMPARE(s.account().churnReasonCode, QStringLiteral("missing-feature"));
        const auto impact = VocRepository(*s.session.book()).impact(*voc);
        QVERIFY(impact);
        QCOMPARE(impact->churns, 1);
        QCOMPARE(impact->churnedArr, Minor(1200000));
        s.undo()->undo();
        QCOMPARE(VocRepository(*s.session.book()).impact(*voc)->churns, 0);
    }

    // An NPS answer added in the account's panel: listed with its trend, the health NPS
    // measure fed; its comment made a VOC entry; each undone.
    void npsAnswerThroughThePanel()
    {
        Shown s;
        QVERIFY(s.setUp());
        NpsPanel *panel = s.view->npsPanel();
        auto *trend = panel->findChild<QLabel *>(QStringLiteral("npsTrend"));
        QCOMPARE(trend->text(), QStringLiteral("No NPS answers yet."));
        bool seen = false;
        whenModal<NpsAnswerDialog>(seen, [](NpsAnswerDialog *dialog) {
            dialog->findChild<QSpinBox *>(QStringLiteral("scoreSpin"))->setValue(4);
            QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("respondentEdit"))->lineEdit(), QStringLiteral("Tanaka"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit")),
                             QStringLiteral("Invoices should be PDFs"));
            dialog->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("npsAddButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY2(trend->text().startsWith(QStringLiteral("Latest 4 (Detractor)")), qPrintable(trend->text()));
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Add NPS answer"));
        QCOMPARE(s.account().healthScore.has_value(), true);

        auto *toVoc = panel->findChild<QPushButton *>(QStringLiteral("npsToVocButton"));
        QVERIFY(!toVoc->isEnabled());
        panel->table()->selectRow(0);
        QVERIFY(toVoc->isEnabled());
        QTest::mouseClick(toVoc, Qt::LeftButton);
        const qint64 vocId = panel->model()->answers().first().vocId.value_or(0);
        QVERIFY(vocId > 0);
        QCOMPARE(VocRepository(*s.session.book()).get(vocId)->text, QStringLiteral("Invoices should be PDFs"));

        const qint64 answerId = panel->model()->answers().first().id;
        s.undo()->undo();   // the VOC entry
        QVERIFY(!panel->model()->answers().first().vocId);
        QVERIFY(!VocRepository(*s.session.book()).get(vocId));
        s.undo()->undo();   // the answer, and the score it gave
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!s.account().healthScore);
        // Redone, each comes back under its id, so the next redo still finds the answer.
        s.undo()->redo();
        QCOMPARE(panel->model()->answers().first().id, answerId);
        s.undo()->redo();
        QCOMPARE(panel->model()->answers().first().vocId, std::optional<qint64>(vocId));
        QVERIFY(VocRepository(*s.session.book()).get(vocId));
    }

    // The book shows MRR: the ARR field reads and takes money per month, the history too; an
    // untouched field keeps the stored ARR exactly (a rounded twelfth is not written back).
    void revenuePerMonth()
    {
        Shown s;
        QVERIFY(s.setUp());
        QVERIFY(KpiSettings::save(*s.session.book(), std::nullopt, std::nullopt, std::nullopt, RevenueView{true}));
        s.session.refreshRevenueView();
        auto *arr = s.editor<QLineEdit>("arrEdit");
        QCOMPARE(arr->text(), QStringLiteral("100,000"));
        const QList<QGroupBox *> groups = s.view->findChildren<QGroupBox *>();
        QVERIFY(std::any_of(groups.cbegin(), groups.cend(),
                            [](QGroupBox *g) { return g->title() == QStringLiteral("MRR history"); }));
        arr->setFocus();
        QTest::keyClick(arr, Qt::Key_Return);   // unchanged: nothing written
        QCOMPARE(s.account().arr, Minor(1200000));
        QCOMPARE(s.undo()->count(), 0);
        arr->selectAll();
        QTest::keyClicks(arr, QStringLiteral("150,000"));
        QTest::keyClick(arr, Qt::Key_Return);
        QCOMPARE(s.account().arr, Minor(1800000));
        QCOMPARE(s.table("arrTable")->model()->headerData(ArrHistoryModel::ArrAfter, Qt::Horizontal).toString(),
                 QStringLiteral("MRR after"));
        QVERIFY(KpiSettings::save(*s.session.book(), std::nullopt, std::nullopt, std::nullopt, RevenueView{false}));
        s.session.refreshRevenueView();
        QCOMPARE(arr->text(), QStringLiteral("1,800,000"));
    }

    // Contacts in the account's detail: added through the dialog (a bad email refused there,
    // the dialog kept open), edited, removed; each undone exactly.
    void contactsThroughThePanel()
    {
        Shown s;
        QVERIFY(s.setUp());
        ContactsPanel *panel = s.view->contactsPanel();
        bool seen = false;
        bool keptOpen = false;   // after OK with a bad email
        QString refusal;
        whenModal<ContactDialog>(seen, [&keptOpen, &refusal](ContactDialog *dialog) {
            // Typed as an input method commits Japanese text (QTest types ASCII keys only).
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->insert(QStringLiteral("田中 一郎"));
            dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->insert(QStringLiteral("部長"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("tanaka@"));
            dialog->findChild<QCheckBox *>(QStringLiteral("role_decision-maker"))->setChecked(true);
            dialog->findChild<QCheckBox *>(QStringLiteral("primaryCheck"))->setChecked(true);
            dialog->accept();   // the book refuses the email: the dialog stays and says why
            keptOpen = dialog->isVisible();
            refusal = dialog->errorText();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("example.co.jp"));
            dialog->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addContactButton")), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(keptOpen);
        QVERIFY2(refusal.contains(QStringLiteral("email")), qPrintable(refusal));
        QCOMPARE(panel->model()->rowCount(), 1);
        const Contact added = panel->model()->contacts().first();
        QCOMPARE(added.email, QStringLiteral("tanaka@example.co.jp"));
        QVERIFY(added.primary);
        QCOMPARE(added.roles, QList<ContactRole>{ContactRole::DecisionMaker});
        QCOMPARE(panel->model()->index(0, ContactListModel::Name).data().toString(), QStringLiteral("★ 田中 一郎"));
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Add contact 田中 一郎"));

        panel->table()->selectRow(0);
        seen = false;
        whenModal<ContactDialog>(seen, [](ContactDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            title->selectAll();
            title->insert(QStringLiteral("本部長"));
            dialog->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("editContactButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(panel->model()->contacts().first().title, QStringLiteral("本部長"));
        s.undo()->undo();
        QCOMPARE(panel->model()->contacts().first().title, QStringLiteral("部長"));

        // Named as the hand-off's decision maker, removed and brought back: named again.
        Handoff handoff = *Handoffs(*s.session.book()).of(s.id);
        handoff.decisionMakerId = added.id;
        QVERIFY(Handoffs(*s.session.book()).save(handoff));
        panel->table()->selectRow(0);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeContactButton")), Qt::LeftButton);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!Handoffs(*s.session.book()).of(s.id)->decisionMakerId);
        s.undo()->undo();
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->contacts().first().id, added.id);
        QCOMPARE(Handoffs(*s.session.book()).of(s.id)->decisionMakerId, std::optional<qint64>(added.id));

        // A second contact added as primary takes it over; undone, the first is primary again.
        seen = false;
        whenModal<ContactDialog>(seen, [](ContactDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Abe"));
            dialog->findChild<QCheckBox *>(QStringLiteral("primaryCheck"))->setChecked(true);
            dialog->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addContactButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(panel->model()->contacts().first().name, QStringLiteral("Abe"));
        QVERIFY(panel->model()->contacts().first().primary);
        QVERIFY(!Contacts(*s.session.book()).get(added.id)->primary);
        s.undo()->undo();
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(Contacts(*s.session.book()).get(added.id)->primary);
        s.undo()->undo();   // the addition (the edit was undone before the removal)
        QCOMPARE(panel->model()->rowCount(), 0);
        QCOMPARE(s.undo()->count(), 2);
    }

    // The hand-off from sales: filled through its dialog (the decision maker among the
    // account's contacts), its checklist shrinking, undone; shown first for an onboarding account.
    void handoffThroughThePanel()
    {
        Shown s;
        QVERIFY(s.setUp());
        Contact tanaka;
        tanaka.accountId = s.id;
        tanaka.name = QStringLiteral("Tanaka");
        tanaka.title = QStringLiteral("CIO");
        const auto contact = Contacts(*s.session.book()).add(tanaka);
        QVERIFY(contact);
        s.session.notifyWork(s.id);
        HandoffPanel *panel = s.view->handoffPanel();
        QCOMPARE(panel->summary()->text(), QStringLiteral("Nothing handed over from sales yet."));
        QVERIFY(!panel->missing()->isHidden());
        // A scorecard with the hand-off measure: the edit records it, its undo takes it back.
        Scorecard card = *HealthRepository(*s.session.book()).activeScorecard(std::nullopt);
        card.measures << *PeopleMeasures::definition(PeopleMeasures::HandoffComplete);
        QVERIFY(s.session.book()->write([&]() -> Status {
            auto stored = HealthRepository(*s.session.book()).storeScorecard(card);
            return stored ? Status() : Status(stored.error());
        }));
        const auto handoffMeasure = [&]() -> std::optional<double> {
            const auto values = HealthRepository(*s.session.book()).valuesAsOf(s.id, Dates::today());
            for (const MeasureValue &v : *values)
                if (v.key == PeopleMeasures::HandoffComplete)
                    return v.value;
            return std::nullopt;
        };
        bool seen = false;
        QStringList decisionMakers;   // offered in the dialog's combo
        whenModal<HandoffDialog>(seen, [&decisionMakers](HandoffDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("salesOwnerEdit")), QStringLiteral("Suzuki"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit"))->insertPlainText(QStringLiteral("請求業務の自動化"));
            auto *decides = dialog->findChild<QComboBox *>(QStringLiteral("decisionMakerCombo"));
            for (int i = 0; i < decides->count(); ++i)
                decisionMakers << decides->itemText(i);
            decides->setCurrentIndex(1);
            dialog->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("editHandoffButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(decisionMakers.size(), 2);   // nobody, Tanaka
        QCOMPARE(decisionMakers.value(1), QStringLiteral("Tanaka (CIO)"));
        const QString summary = panel->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("Sales owner: Suzuki")) && summary.contains(QStringLiteral("Decision maker: Tanaka"))
                     && summary.contains(QStringLiteral("Purpose of use: 請求業務の自動化")),
                 qPrintable(summary));
        QVERIFY(!panel->missing()->text().contains(QStringLiteral("Decision maker")));
        QVERIFY(panel->missing()->text().contains(QStringLiteral("Champion")));
        QCOMPARE(Handoffs(*s.session.book()).of(s.id)->decisionMakerId, std::optional<qint64>(*contact));
        QCOMPARE(handoffMeasure(), std::optional<double>(42.9));   // 3 of the 7 things to hand over
        s.undo()->undo();
        QCOMPARE(Handoffs(*s.session.book()).of(s.id)->version, 0);
        QCOMPARE(handoffMeasure(), std::nullopt);
        QCOMPARE(panel->summary()->text(), QStringLiteral("Nothing handed over from sales yet."));

        // The success criteria made plan objectives in one step, undone in one.
        auto *objectives = panel->findChild<QPushButton *>(QStringLiteral("handoffObjectivesButton"));
        QVERIFY(!objectives->isEnabled());
        Handoff filled = *Handoffs(*s.session.book()).of(s.id);
        filled.successCriteria = QStringLiteral("Invoices in one day (2027-03-31)");
        QVERIFY(Handoffs(*s.session.book()).save(filled));
        s.session.notifyWork(s.id);
        QVERIFY(objectives->isEnabled());
        QTest::mouseClick(objectives, Qt::LeftButton);
        const auto plan = WorkRepository(*s.session.book()).objectives(s.id);
        QCOMPARE(plan->size(), 1);
        QCOMPARE(plan->first().title, QStringLiteral("Invoices in one day"));
        QCOMPARE(plan->first().dueOn, std::optional<Date>(date("2027-03-31")));
        s.undo()->undo();
        QVERIFY(WorkRepository(*s.session.book()).objectives(s.id)->isEmpty());
        s.undo()->redo();   // back under the same id
        QCOMPARE(WorkRepository(*s.session.book()).objectives(s.id)->constFirst().id, plan->first().id);
        s.undo()->undo();

        // After the contacts for an adopting account; before the fields for an onboarding one.
        auto *layout = qobject_cast<QVBoxLayout *>(s.view->layout());
        auto *handoff = s.view->findChild<QGroupBox *>(QStringLiteral("handoffGroup"));
        auto *contacts = s.view->findChild<QGroupBox *>(QStringLiteral("contactsGroup"));
        QCOMPARE(layout->indexOf(handoff), layout->indexOf(contacts) + 1);
        Account fresh;
        fresh.name = QStringLiteral("Fresh Start K.K.");
        const auto added = AccountLifecycle(*s.session.book()).add(fresh);
        QVERIFY(added);
        s.view->showAccount(added->accountId);
        QVERIFY(layout->indexOf(handoff) < layout->indexOf(s.view->findChild<AccountFieldsForm *>()));
    }

    void renewThroughTheDialog()
    {
        Shown s;
        QVERIFY(s.setUp());
        bool seen = false;
        QDate proposed;
        int term = 0;
        QString arrShown;
        whenModal<RenewDialog>(seen, [&](RenewDialog *dialog) {
            proposed = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
            term = dialog->findChild<QSpinBox *>(QStringLiteral("termSpin"))->value();
            auto *arr = dialog->findChild<QLineEdit *>(QStringLiteral("arrEdit"));
            arrShown = arr->text();
            arr->setText(QStringLiteral("1300000"));
            dialog->accept();
        });
        s.view->renewAccount();
        QVERIFY(seen);
        // A renewal is recorded on the day it is agreed: today, before the renewal date.
        QCOMPARE(proposed, QDate(2026, 11, 23));
        QCOMPARE(term, 12);
        QCOMPARE(arrShown, QStringLiteral("1,200,000"));
        QCOMPARE(s.account().arr, Minor(1300000));
        QCOMPARE(s.account().renewalOn, date("2028-01-14"));
        QCOMPARE(ArrEventRepository(*s.session.book()).renewalsFor(s.id)->size(), 1);
        QCOMPARE(s.undo()->undoText(), QStringLiteral("Renew Kobayashi Foods"));
        QCOMPARE(s.editor<QDateEdit>("renewalEdit")->date(), QDate(2028, 1, 14));
        QCOMPARE(s.editor("arrEdit")->text(), QStringLiteral("1,300,000"));

        s.undo()->undo();
        QCOMPARE(s.account().arr, Minor(1200000));
        QCOMPARE(s.account().renewalOn, date("2027-01-14"));
        QCOMPARE(ArrEventRepository(*s.session.book()).renewalsFor(s.id)->size(), 0);
    }

    void cancelledDialogChangesNothing()
    {
        Shown s;
        QVERIFY(s.setUp());
        bool seen = false;
        whenModal<ChurnDialog>(seen, [](ChurnDialog *dialog) { dialog->reject(); });
        s.view->churnAccount();
        QVERIFY(seen);
        QVERIFY(!s.account().isChurned());
        QCOMPARE(s.undo()->count(), 0);
    }

    void followsTheBook()
    {
        Shown s;
        QVERIFY(s.setUp());
        s.session.close();
        QCOMPARE(s.view->accountId(), 0);
        QVERIFY(!s.editor("csmEdit")->isEnabled());
        QCOMPARE(s.rows("stageTable"), 0);
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestAccountDetail)
#include "tst_account_detail.moc"
