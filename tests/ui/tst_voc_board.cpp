// SPDX-License-Identifier: MIT
// The VOC board over a real book: ranking, filters (Japanese and short searches), undoable
// status changes and merges through the UI, logging from an account, and the export dialog.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "Modal.h"
#include "UserInput.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountRepository.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "voc/VocBoardView.h"
#include "voc/VocDetailPanel.h"
#include "voc/VocDialog.h"
#include "voc/VocExportDialog.h"
#include "voc/VocLoopDialog.h"
#include "voc/VocFilterBar.h"
#include "voc/VocMergeDialog.h"
#include "voc/VocRepository.h"
#include "voc/VocService.h"
#include "voc/VocTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>

#include "accounts/Contacts.h"
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

// Shows hidden column `section` of `table` as a person does: a right click on the header opens
// the column chooser, a click on the column's entry shows it. Whether it shows.
bool showColumn(QTableView *table, int section)
{
    QHeaderView *header = table->horizontalHeader();
    QWidget *window = header->window();
    if (!window->windowHandle())
        return false;
    // Through the window, as the system gives a right click: that makes the context menu.
    const QPoint at = header->viewport()->mapTo(window, header->viewport()->rect().center());
    QTest::mouseClick(window->windowHandle(), Qt::RightButton, {}, at);
    auto *menu = header->findChild<QMenu *>(u"columnChooser"_s);
    if (!menu || !QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000))
        return false;
    QAction *column = menu->findChild<QAction *>(u"column-%1"_s.arg(section));
    if (!column || column->isChecked())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(column).center());
    return !menu->isVisible() && !header->isSectionHidden(section);
}

// Clicks the header of column `section` of `table`, scrolled into sight first, as a person
// sorting by it does; whether the column was there to click.
bool clickHeader(QTableView *table, int section)
{
    QHeaderView *header = table->horizontalHeader();
    if (header->isSectionHidden(section) || table->model()->rowCount() == 0)
        return false;
    table->scrollTo(table->model()->index(0, section));
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                    header->height() / 2);
    if (!header->viewport()->rect().contains(at))
        return false;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    return true;
}

qint64 addVoc(Book &book, const QString &text, QList<VocLink> links, const char *on,
              VocKind kind = VocKind::FeatureRequest, QStringList tags = {})
{
    VocEntry e;
    e.text = text;
    e.kind = kind;
    e.links = std::move(links);
    e.loggedOn = date(on);
    e.tags = std::move(tags);
    auto id = VocService(book).add(e, date("2026-11-23"));
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

// A book with three accounts and three entries of known impact, open in a session and shown
// on a board:
//   A "CSVエクスポートで部署ごとの集計がほしい"  Kobayashi (1,000,000) dealbreaker   weighted 3,000,000
//   B "Dashboard is slow"                     Sato (2,000,000) + Tanaka (500,000) weighted 2,500,000
//   C "価格が高い"                              Tanaka important (red health)       weighted 1,000,000, at risk 500,000
struct Board
{
    BookFixture fixture;
    BookSession session;
    qint64 kobayashi = 0, sato = 0, tanaka = 0;
    qint64 a = 0, b = 0, c = 0;
    std::unique_ptr<VocBoardView> board;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool setUp()
    {
        Book &book = *fixture.book;
        kobayashi = addAccount(book, u"Kobayashi Foods"_s, 1000000, u"Sato"_s);
        sato = addAccount(book, u"Sato Logistics"_s, 2000000, u"Ito"_s);
        tanaka = addAccount(book, u"田中製作所"_s, 500000, u"Ito"_s);
        QSqlQuery q(book.database());
        if (!q.exec(u"UPDATE account SET health_band = 'red' WHERE id = %1"_s.arg(tanaka)))
            return false;
        a = addVoc(book, u"CSVエクスポートで部署ごとの集計がほしい"_s,
                   {{kobayashi, Importance::Dealbreaker}}, "2026-10-01", VocKind::FeatureRequest,
                   {u"レポート"_s});
        b = addVoc(book, u"Dashboard is slow"_s,
                   {{sato, Importance::NiceToHave}, {tanaka, Importance::NiceToHave}}, "2026-11-01",
                   VocKind::Bug, {u"dashboard"_s});
        c = addVoc(book, u"価格が高い"_s, {{tanaka, Importance::Important}}, "2026-10-15",
                   VocKind::Pricing);
        fixture.book.reset();
        if (!session.open(fixture.path))
            return false;
        board = std::make_unique<VocBoardView>(session);
        tester = std::make_unique<QAbstractItemModelTester>(
            board->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        board->resize(1200, 800);
        board->show();
        return QTest::qWaitForWindowExposed(board.get());
    }

    Book &book() const { return *session.book(); }
    VocEntry entry(qint64 id) const { return *VocRepository(book()).get(id); }
    QList<VocChange> changes(qint64 id) const { return *VocRepository(book()).changes(id); }
    QList<qint64> ids() const
    {
        QList<qint64> list;
        for (int row = 0; row < board->model()->rowCount(); ++row)
            list << board->model()->entryId(row);
        return list;
    }
    template<typename T>
    T *child(const char *name) const
    {
        return board->findChild<T *>(QLatin1String(name));
    }
};

bool sameEntry(const VocEntry &x, const VocEntry &y)
{
    return x.id == y.id && x.text == y.text && x.kind == y.kind && x.target == y.target
        && x.status == y.status && x.source == y.source && x.loggedOn == y.loggedOn
        && x.tags == y.tags && x.links == y.links && x.mergedInto == y.mergedInto;
}

bool sameChanges(const QList<VocChange> &x, const QList<VocChange> &y)
{
    if (x.size() != y.size())
        return false;
    for (int i = 0; i < x.size(); ++i) {
        if (x[i].changedOn != y[i].changedOn || x[i].field != y[i].field
            || x[i].oldValue != y[i].oldValue || x[i].newValue != y[i].newValue)
            return false;
    }
    return true;
}

} // namespace

class TestVocBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"csworkbench-tests"_s);
        QCoreApplication::setApplicationName(u"tst_voc_board"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void ranksByImpactAndHeaders()
    {
        Board s;
        QVERIFY(s.setUp());
        VocTableModel *model = s.board->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(VocTableModel::ColumnCount));
        QCOMPARE(s.ids(), (QList<qint64>{s.a, s.b, s.c}));   // weighted ARR, highest first
        const Currency &yen = s.book().currency();
        QCOMPARE(model->index(0, VocTableModel::WeightedArr).data().toString(),
                 Formatting::money(3000000, yen));
        QCOMPARE(model->index(0, VocTableModel::Arr).data().toString(), Formatting::money(1000000, yen));
        QCOMPARE(model->index(1, VocTableModel::Accounts).data().toString(), u"2"_s);
        QCOMPARE(model->index(2, VocTableModel::AtRiskArr).data().toString(), Formatting::money(500000, yen));
        QCOMPARE(model->index(2, VocTableModel::Kind).data().toString(), VocNames::label(VocKind::Pricing));
        QCOMPARE(model->index(0, VocTableModel::Status).data().toString(), VocNames::label(VocStatus::New));
        QCOMPARE(model->index(0, VocTableModel::Tags).data().toString(), u"レポート"_s);

        // A click on a column's header ranks by it.
        QHeaderView *header = s.board->table()->horizontalHeader();
        QVERIFY(clickHeader(s.board->table(), VocTableModel::Arr));
        QCOMPARE(s.ids(), (QList<qint64>{s.b, s.a, s.c}));
        QCOMPARE(header->sortIndicatorSection(), int(VocTableModel::Arr));
        // B and C have Tanaka's 500,000 at risk each; the weighted ARR breaks the tie. The
        // column is hidden at first: shown through the header's column chooser.
        QVERIFY(showColumn(s.board->table(), VocTableModel::AtRiskArr));
        QVERIFY(clickHeader(s.board->table(), VocTableModel::AtRiskArr));
        QCOMPARE(s.ids(), (QList<qint64>{s.b, s.c, s.a}));
        QVERIFY(clickHeader(s.board->table(), VocTableModel::Date));
        QCOMPARE(s.ids(), (QList<qint64>{s.b, s.c, s.a}));   // newest first
        QCOMPARE(header->sortIndicatorSection(), int(VocTableModel::Date));
        // A column without a ranking keeps the one there is.
        QVERIFY(clickHeader(s.board->table(), VocTableModel::Text));
        QCOMPARE(s.ids(), (QList<qint64>{s.b, s.c, s.a}));
        QCOMPARE(header->sortIndicatorSection(), int(VocTableModel::Date));
    }

    void filters()
    {
        Board s;
        QVERIFY(s.setUp());
        VocTableModel *model = s.board->model();
        auto *search = s.child<QLineEdit>("searchBox");
        search->setText(u"部署ごと"_s);   // trigram search
        QTRY_COMPARE(s.ids(), QList<qint64>{s.a});
        search->setText(u"価格"_s);   // two characters: too short for trigrams
        QTRY_COMPARE(s.ids(), QList<qint64>{s.c});
        search->setText(u"dashboard"_s);
        QTRY_COMPARE(s.ids(), QList<qint64>{s.b});
        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);

        // Each filter's combo clicked open and the item picked in its list (the first is "all");
        // whether the item was there and got picked.
        const auto choose = [&](const char *name, const QVariant &data) {
            auto *combo = s.child<QComboBox>(name);
            return combo && chooseItem(combo, data.isValid() ? combo->findData(data) : 0);
        };
        QVERIFY(choose("kindFilter", int(VocKind::Bug)));
        QCOMPARE(s.ids(), QList<qint64>{s.b});
        QVERIFY(choose("kindFilter", {}));
        QVERIFY(choose("tagFilter", u"レポート"_s));
        QCOMPARE(s.ids(), QList<qint64>{s.a});
        QVERIFY(choose("tagFilter", {}));
        QVERIFY(choose("csmFilter", u"Ito"_s));
        QCOMPARE(s.ids(), (QList<qint64>{s.b, s.c}));
        QVERIFY(choose("csmFilter", {}));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(s.board->filterBar()->filter().csm, QString());
    }

    void statusChangeOffersOnlyAllowedAndUndoes()
    {
        Board s;
        QVERIFY(s.setUp());
        s.board->selectEntry(s.a);
        VocDetailPanel *detail = s.board->detail();
        QCOMPARE(detail->entryId(), s.a);
        QStringList offered;
        for (QAction *action : detail->statusMenu()->actions())
            offered << action->objectName();
        // Written out, not asked of the workflow: statuses move forward, or to declined.
        const QStringList allowed = {u"status-triaged"_s, u"status-handed-off"_s, u"status-accepted"_s,
                                     u"status-planned"_s,  u"status-done"_s,       u"status-declined"_s};
        QCOMPARE(offered, allowed);
        QVERIFY(!offered.contains(u"status-closed-loop"_s));
        QVERIFY(!offered.contains(u"status-new"_s));

        const VocEntry before = s.entry(s.a);
        const QList<VocChange> history = s.changes(s.a);
        detail->statusMenu()->findChild<QAction *>(u"status-triaged"_s)->trigger();
        QCOMPARE(s.entry(s.a).status, VocStatus::Triaged);
        QCOMPARE(s.changes(s.a).size(), history.size() + 1);
        QCOMPARE(s.board->model()->index(s.board->model()->rowOf(s.a), VocTableModel::Status).data().toString(),
                 VocNames::label(VocStatus::Triaged));
        // From triaged, new is no longer offered.
        QStringList now;
        for (QAction *action : detail->statusMenu()->actions())
            now << action->objectName();
        QVERIFY(!now.contains(u"status-new"_s));
        QVERIFY(now.contains(u"status-handed-off"_s));

        s.session.undoStack()->undo();
        QVERIFY(sameEntry(s.entry(s.a), before));
        QVERIFY(sameChanges(s.changes(s.a), history));
        QCOMPARE(detail->statusMenu()->actions().size(), allowed.size());
        s.session.undoStack()->redo();
        QCOMPARE(s.entry(s.a).status, VocStatus::Triaged);
        QCOMPARE(s.changes(s.a).size(), history.size() + 1);
    }

    // "Add note…" writes a dated note into the entry's history, shown there; undo takes it out.
    void aNoteGoesIntoTheHistoryAndUndoes()
    {
        Board s;
        QVERIFY(s.setUp());
        s.board->selectEntry(s.a);
        VocDetailPanel *detail = s.board->detail();
        auto *button = detail->findChild<QPushButton *>(u"noteButton"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        const QList<VocChange> history = s.changes(s.a);
        bool seen = false;
        whenModal<QInputDialog>(seen, [](QInputDialog *dialog) {
            dialog->setTextValue(u"Q2のロードマップで検討。\n見積もりは2週間"_s);
            dialog->accept();
        });
        button->click();
        QVERIFY(seen);
        const QList<VocChange> now = s.changes(s.a);
        QCOMPARE(now.size(), history.size() + 1);
        QCOMPARE(now.last().field, u"note"_s);
        auto *table = detail->findChild<QTableView *>(u"vocHistoryTable"_s);
        QVERIFY(table);
        bool shown = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            for (int column = 0; column < table->model()->columnCount(); ++column)
                shown = shown || table->model()->index(row, column).data().toString().contains(u"見積もりは2週間"_s);
        QVERIFY(shown);
        s.session.undoStack()->undo();
        QVERIFY(sameChanges(s.changes(s.a), history));
    }

    void mergeThroughTheUiAndUndo()
    {
        Board s;
        QVERIFY(s.setUp());
        s.board->selectEntry(s.c);
        const VocEntry from = s.entry(s.c), into = s.entry(s.b);
        const QList<VocChange> fromHistory = s.changes(s.c), intoHistory = s.changes(s.b);
        bool seen = false;
        const qint64 target = s.b;
        whenModal<VocMergeDialog>(seen, [target](VocMergeDialog *dialog) {
            dialog->setInto(target);
            dialog->accept();
        });
        s.board->detail()->mergeEntry();
        QVERIFY(seen);
        QCOMPARE(s.entry(s.c).mergedInto, std::optional<qint64>(s.b));
        // Tanaka was nice-to-have for B and important for C: the higher importance wins.
        const QList<VocLink> links = s.entry(s.b).links;
        QCOMPARE(links.size(), 2);
        for (const VocLink &link : links) {
            if (link.accountId == s.tanaka)
                QCOMPARE(link.importance, Importance::Important);
        }
        QCOMPARE(s.board->model()->rowCount(), 2);   // the merged entry left the board
        QCOMPARE(s.board->detail()->entryId(), s.b);

        s.session.undoStack()->undo();
        QVERIFY(sameEntry(s.entry(s.c), from));
        QVERIFY(sameEntry(s.entry(s.b), into));
        QVERIFY(sameChanges(s.changes(s.c), fromHistory));
        QVERIFY(sameChanges(s.changes(s.b), intoHistory));
        QCOMPARE(s.board->model()->rowCount(), 3);
        s.session.undoStack()->redo();
        QCOMPARE(s.entry(s.c).mergedInto, std::optional<qint64>(s.b));
    }

    void customerToldClosesTheLoopAndUndoes()
    {
        Board s;
        QVERIFY(s.setUp());
        QVERIFY(VocService(s.book()).setStatus(s.b, VocStatus::Done, date("2026-11-20")));
        s.session.notifyVoc(s.b);
        s.board->selectEntry(s.b);
        const VocEntry before = s.entry(s.b);
        bool seen = false;
        bool closes = false;   // "close the loop" offered ticked
        const qint64 tanaka = s.tanaka;
        whenModal<VocLoopDialog>(seen, [tanaka, &closes](VocLoopDialog *dialog) {
            auto *account = dialog->findChild<QComboBox *>(u"loopAccount"_s);
            account->setCurrentIndex(account->findData(tanaka));
            dialog->findChild<QComboBox *>(u"loopContact"_s)->lineEdit()->setText(u"田中さん（情報システム部）"_s);
            closes = dialog->findChild<QCheckBox *>(u"loopClose"_s)->isChecked();
            dialog->accept();
        });
        s.board->detail()->recordLoop();
        QVERIFY(seen);
        QVERIFY(closes);
        const auto loops = *VocRepository(s.book()).loops(s.b);
        QCOMPARE(loops.size(), 1);
        QCOMPARE(loops[0].accountId, s.tanaka);
        QCOMPARE(loops[0].contact, u"田中さん（情報システム部）"_s);
        QCOMPARE(loops[0].toldOn, date("2026-11-23"));
        QCOMPARE(s.entry(s.b).status, VocStatus::ClosedLoop);
        s.session.undoStack()->undo();
        QVERIFY(VocRepository(s.book()).loops(s.b)->isEmpty());
        QVERIFY(sameEntry(s.entry(s.b), before));
    }

    void mergeDialogRefusesItself()
    {
        Board s;
        QVERIFY(s.setUp());
        VocMergeDialog dialog(s.session, s.a);
        dialog.setInto(s.a);
        auto *preview = dialog.findChild<QLabel *>(u"mergePreview"_s);
        QVERIFY(preview->text().contains(u"itself"_s));
        dialog.setInto(s.b);
        QVERIFY(preview->text().contains(u"Dashboard is slow"_s));
    }

    void quickAddFromAnAccount()
    {
        Board s;
        QVERIFY(s.setUp());
        Contact tanaka;   // who said it: one of the linked account's contacts
        tanaka.accountId = s.sato;
        tanaka.name = u"田中 一郎"_s;
        const qint64 tanakaId = *Contacts(s.book()).add(tanaka);
        AccountDetailView detail(s.session);
        detail.showAccount(s.sato);
        bool seen = false;
        QString prefilled;
        int offered = 0;
        bool picked = false;   // the importance picked in its combo
        whenModal<VocDialog>(seen, [&prefilled, &offered, &picked](VocDialog *dialog) {
            auto *saidBy = dialog->findChild<QComboBox *>(u"saidByCombo"_s);
            offered = saidBy->count();
            saidBy->setCurrentIndex(1);
            auto *links = dialog->findChild<QTableView *>(u"linksTable"_s);
            prefilled = links->model()->index(0, 0).data().toString();
            dialog->findChild<QPlainTextEdit *>(u"textEdit"_s)->setPlainText(u"請求書をまとめて出したい"_s);
            // The account's row is current: its importance is picked from the combo by hand.
            auto *importance = dialog->findChild<QComboBox *>(u"importanceCombo"_s);
            picked = chooseItem(importance, importance->findData(int(Importance::Dealbreaker)));
            dialog->findChild<QLineEdit *>(u"tagsEdit"_s)->setText(u"請求, billing"_s);
            dialog->accept();
        });
        detail.logVoc();
        QVERIFY(seen);
        QVERIFY(picked);
        QCOMPARE(prefilled, u"Sato Logistics"_s);
        const auto entries = *VocRepository(s.book()).entriesOfAccount(s.sato);
        QCOMPARE(entries.size(), 2);
        const VocEntry added = s.entry(entries.constFirst().id);   // newest first
        QCOMPARE(added.text, u"請求書をまとめて出したい"_s);
        QCOMPARE(added.links, (QList<VocLink>{{s.sato, Importance::Dealbreaker}}));
        QCOMPARE(added.tags, (QStringList{u"billing"_s, u"請求"_s}));
        QCOMPARE(added.loggedOn, date("2026-11-23"));
        QCOMPARE(offered, 2);   // nobody, 田中
        QCOMPARE(added.saidBy, std::optional<qint64>(tanakaId));
        QCOMPARE(s.board->model()->rowCount(), 4);
        QCOMPARE(s.board->model()->entryId(0), added.id);   // 6,000,000 weighted: first
        auto *accountVoc = detail.findChild<QTableView *>(u"accountVocTable"_s);
        QCOMPARE(accountVoc->model()->rowCount(), 2);

        s.session.undoStack()->undo();
        QVERIFY(!VocRepository(s.book()).get(added.id));
        QCOMPARE(s.board->model()->rowCount(), 3);
        QCOMPARE(accountVoc->model()->rowCount(), 1);
        s.session.undoStack()->redo();
        QVERIFY(sameEntry(s.entry(added.id), added));   // back under the same id
    }

    // The entry changed elsewhere while its dialog was open: the person keeps theirs or applies
    // the edit on top, and nothing is written over the other change unseen.
    void aConflictingEditIsShown_data()
    {
        QTest::addColumn<bool>("applyMine");
        QTest::newRow("apply mine on top") << true;
        QTest::newRow("keep theirs") << false;
    }
    void aConflictingEditIsShown()
    {
        QFETCH(bool, applyMine);
        Board s;
        QVERIFY(s.setUp());
        const qint64 id = s.ids().constFirst();
        const VocEntry shown = s.entry(id);
        VocDialog dialog(s.session, shown);
        dialog.show();
        {
            auto colleague = Book::open(s.fixture.path);
            QVERIFY(colleague);
            VocEntry theirs = *VocRepository(**colleague).get(id);
            theirs.tags << u"請求"_s;
            QVERIFY(VocService(**colleague).edit(theirs, Dates::today()));
        }
        dialog.findChild<QPlainTextEdit *>(u"textEdit"_s)->setPlainText(u"PDFの請求書を月末に自動送付したい"_s);
        bool seen = false;
        QString said;
        whenModal<QMessageBox>(seen, [&said, applyMine](QMessageBox *box) {
            said = box->text();
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == (applyMine ? QMessageBox::AcceptRole : QMessageBox::RejectRole))
                    return button->click();
        });
        dialog.accept();
        QVERIFY(seen);
        QVERIFY2(said.contains(u"changed by"_s), qPrintable(said));
        QVERIFY(!dialog.isVisible());
        const VocEntry now = s.entry(id);
        QVERIFY(now.tags.contains(u"請求"_s));   // theirs is kept either way
        QCOMPARE(now.text == u"PDFの請求書を月末に自動送付したい"_s, applyMine);
        QCOMPARE(s.session.undoStack()->count(), applyMine ? 1 : 0);
    }

    void badInputStoresNothing()
    {
        Board s;
        QVERIFY(s.setUp());
        const qint64 count = *VocRepository(s.book()).count();
        VocDialog dialog(s.session, s.kobayashi);
        dialog.show();
        dialog.accept();   // no text
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"empty"_s), qPrintable(dialog.errorText()));
        QCOMPARE(*VocRepository(s.book()).count(), count);
        QCOMPARE(s.session.undoStack()->count(), 0);

        // No account at all: refused too.
        VocDialog orphan(s.session, 0);
        orphan.show();
        orphan.findChild<QPlainTextEdit *>(u"textEdit"_s)->setPlainText(u"something"_s);
        orphan.accept();
        QVERIFY(orphan.isVisible());
        QVERIFY2(orphan.errorText().contains(u"account"_s), qPrintable(orphan.errorText()));
        QCOMPARE(*VocRepository(s.book()).count(), count);
        // A name that matches nothing cannot be added.
        auto *picker = orphan.findChild<QLineEdit *>(u"accountPicker"_s);
        picker->setText(u"no such company"_s);
        orphan.accept();
        QVERIFY(orphan.errorText().contains(u"no such company"_s));
        QCOMPARE(*VocRepository(s.book()).count(), count);
        // A part of a name that matches one account adds it, and then the entry is stored.
        picker->setText(u"田中"_s);
        orphan.accept();
        QVERIFY2(orphan.errorText().isEmpty(), qPrintable(orphan.errorText()));
        QCOMPARE(*VocRepository(s.book()).count(), count + 1);
        QCOMPARE(s.entry(orphan.savedId()).links, (QList<VocLink>{{s.tanaka, Importance::NiceToHave}}));
    }

    void exportWritesBomAndCp932()
    {
        Board s;
        QVERIFY(s.setUp());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"voc.csv"_s);

        VocExportDialog bom(s.book(), s.board->model()->filter(), s.board->model()->ranking());
        bom.findChild<QRadioButton *>(u"utf8BomOption"_s)->setChecked(true);
        bom.findChild<QCheckBox *>(u"anonymizeOption"_s)->setChecked(false);   // not the last run's
        bom.setPath(path);
        bom.accept();
        QCOMPARE(bom.result(), int(QDialog::Accepted));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(u"部署ごと"_s.toUtf8()));
        QVERIFY(bytes.contains("Kobayashi Foods"));

        VocExportDialog sjis(s.book(), {}, VocSort::Id);
        sjis.findChild<QRadioButton *>(u"cp932Option"_s)->setChecked(true);
        sjis.findChild<QCheckBox *>(u"anonymizeOption"_s)->setChecked(true);
        sjis.setPath(path);
        sjis.accept();
        QCOMPARE(sjis.result(), int(QDialog::Accepted));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray encoded = file.readAll();
        file.close();
        QVERIFY(!encoded.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decoder("Shift_JIS");
        const QString decoded = decoder.decode(encoded);
        QVERIFY(!decoder.hasError());
        QVERIFY(decoded.contains(u"価格が高い"_s));
        QVERIFY(!decoded.contains(u"Kobayashi Foods"_s));   // anonymised
    }

    void exportFailsCleanlyOnAnEmojiInCp932()
    {
        Board s;
        QVERIFY(s.setUp());
        const qint64 emoji = addVoc(s.book(), u"最高です 😀"_s, {{s.kobayashi, Importance::NiceToHave}},
                                    "2026-11-20", VocKind::Praise);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"voc.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report\n");
        old.close();
        const QByteArray before = fileHash(path);

        VocExportDialog dialog(s.book(), {}, VocSort::Id);
        dialog.findChild<QRadioButton *>(u"cp932Option"_s)->setChecked(true);
        dialog.setPath(path);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = dialog.errorText();
        QVERIFY2(error.contains(QString::number(emoji)) && error.contains(u"text"_s)
                     && error.contains(u"U+1F600"_s),
                 qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"voc.csv"_s});

        // Asked to, it writes 〓 and lists where, before closing.
        auto *replace = dialog.findChild<QCheckBox *>(u"replaceOption"_s);
        QVERIFY(replace->isEnabled());
        replace->setChecked(true);
        QString listed;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&listed, &closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                listed = box->informativeText();
                box->accept();
                closer.stop();
            }
        });
        closer.start(20);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(listed.contains(u"VOC entry %1, column text"_s.arg(emoji)) && listed.contains(u"U+1F600"_s),
                 qPrintable(listed));
        QVERIFY2(dialog.resultText().contains(u"〓"_s), qPrintable(dialog.resultText()));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QStringDecoder decoder("CP932");
        QVERIFY(QString(decoder.decode(written.readAll())).contains(u"最高です 〓"_s));
        // UTF-8 holds everything: nothing to replace there.
        dialog.findChild<QRadioButton *>(u"utf8Option"_s)->setChecked(true);
        QVERIFY(!replace->isEnabled());
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestVocBoard)
#include "tst_voc_board.moc"
