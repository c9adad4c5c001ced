// SPDX-License-Identifier: MIT
// The import wizard over a real book: detection shown, mapping pre-filled from Japanese headers,
// the preview following the mapping, every problem listed (and saved), a good import that the
// views hear about, a cancelled import that leaves the book as it was, and a dropped file.
#include "../BookFixture.h"
#include "../FakeToday.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountTableModel.h"
#include "book/BookSession.h"
#include "importing/AccountImport.h"
#include "importing/ImportColumnsPage.h"
#include "importing/ImportDonePage.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportModels.h"
#include "importing/ImportPreviewPage.h"
#include "importing/ImportWizard.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CSW_TEST_DATA "/import/") + name;
}

// A book open in a session, and a wizard over it.
struct Wizard
{
    BookFixture fixture;
    BookSession session;
    std::unique_ptr<ImportWizard> wizard;
    std::unique_ptr<QAbstractItemModelTester> problemTester, previewTester;

    bool setUp(const QString &path = {})
    {
        fixture.book.reset();
        if (!session.open(fixture.path))
            return false;
        wizard = std::make_unique<ImportWizard>(session, path);
        problemTester = std::make_unique<QAbstractItemModelTester>(
            wizard->previewPage()->problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        previewTester = std::make_unique<QAbstractItemModelTester>(
            wizard->previewPage()->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard->show();
        return true;
    }

    Book &book() const { return *session.book(); }
    QAbstractButton *nextButton() const
    {
        return wizard->button(wizard->currentId() == ImportWizard::PreviewPageId ? QWizard::CommitButton
                                                                                 : QWizard::NextButton);
    }
    // Presses Next (Import on the preview page) when it is enabled.
    bool next() const
    {
        QAbstractButton *button = nextButton();
        if (!button->isEnabled() || !button->isVisible())
            return false;
        const int before = wizard->currentId();
        button->click();
        return wizard->currentId() != before;
    }
    ImportColumnsPage *columns() const { return wizard->columnsPage(); }
    ImportPreviewPage *preview() const { return wizard->previewPage(); }
    QString column(const QString &field) const { return columns()->columnCombo(field)->currentText(); }
    QStringList previewHeader() const
    {
        QStringList labels;
        auto *model = preview()->previewModel();
        for (int c = 0; c < model->columnCount(); ++c)
            labels << model->headerData(c, Qt::Horizontal).toString();
        return labels;
    }
    QString previewCell(int row, const QString &label) const
    {
        auto *model = preview()->previewModel();
        const int c = previewHeader().indexOf(label);
        return c < 0 ? QString() : model->index(row, c).data().toString();
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"csworkbench-tests"_s);
        QCoreApplication::setApplicationName(u"tst_import_wizard"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QStandardPaths::setTestModeEnabled(true);
    }

    void showsTheDetectedShiftJisAndPrefillsFromJapaneseHeaders()
    {
        Wizard s;
        QVERIFY(s.setUp());
        QVERIFY(!s.nextButton()->isEnabled());   // no file yet
        s.wizard->filePage()->setPath(data(u"accounts-sjis.csv"_s));
        QCOMPARE(s.wizard->filePage()->detectedText(), u"Detected: Shift_JIS, comma, 3 rows"_s);
        QVERIFY(s.wizard->filePage()->errorText().isEmpty());
        QVERIFY(s.next());

        QCOMPARE(s.wizard->currentId(), int(ImportWizard::ColumnsPageId));
        QCOMPARE(s.column(u"name"_s), u"会社名"_s);
        QCOMPARE(s.column(u"external_id"_s), u"顧客ID"_s);
        QCOMPARE(s.column(u"csm"_s), u"担当CSM"_s);
        QCOMPARE(s.column(u"renewal"_s), u"契約更新日"_s);
        QCOMPARE(s.column(u"churned_on"_s), u"— not imported —"_s);
        QVERIFY(s.columns()->sampleText(u"name"_s).startsWith(u"株式会社さくら物流 · 髙橋商事株式会社"_s));
        QVERIFY(s.columns()->errorText().isEmpty());
        QVERIFY(s.nextButton()->isEnabled());
    }

    void choosingAnEncodingReadsTheFileAgainAndAReadErrorBlocksNext()
    {
        Wizard s;
        QVERIFY(s.setUp(data(u"accounts-sjis.csv"_s)));
        QVERIFY(s.nextButton()->isEnabled());
        auto *encoding = s.wizard->findChild<QComboBox *>(u"encodingCombo"_s);
        encoding->setCurrentIndex(encoding->findText(u"UTF-8"_s));
        QVERIFY(s.wizard->filePage()->detectedText().isEmpty());
        QVERIFY2(s.wizard->filePage()->errorText().contains(u"accounts-sjis.csv"_s),
                 qPrintable(s.wizard->filePage()->errorText()));
        QVERIFY(!s.nextButton()->isEnabled());
        encoding->setCurrentIndex(encoding->findText(u"Shift_JIS (CP932)"_s));
        QCOMPARE(s.wizard->filePage()->detectedText(), u"Read as: Shift_JIS, comma, 3 rows"_s);
        QVERIFY(s.nextButton()->isEnabled());

        s.wizard->filePage()->setPath(data(u"unbalanced-quote.csv"_s));
        QVERIFY(!s.wizard->filePage()->errorText().isEmpty());
        QVERIFY(!s.nextButton()->isEnabled());
        s.wizard->filePage()->setPath(data(u"header-only.csv"_s));
        QVERIFY(s.wizard->filePage()->errorText().contains(u"no rows"_s));
        QVERIFY(!s.nextButton()->isEnabled());
    }

    void changingAColumnChangesThePreview()
    {
        Wizard s;
        QVERIFY(s.setUp(data(u"accounts-utf8.csv"_s)));
        QVERIFY(s.next());
        QVERIFY(s.next());
        QCOMPARE(s.wizard->currentId(), int(ImportWizard::PreviewPageId));
        QCOMPARE(s.preview()->summaryText(), u"3 will be created, 0 updated, 0 skipped."_s);
        QVERIFY(s.preview()->errorText().isEmpty());
        QVERIFY(s.nextButton()->isEnabled());
        QCOMPARE(s.preview()->previewModel()->rowCount(), 3);
        QCOMPARE(s.previewCell(0, u"Name"_s), u"株式会社さくら物流"_s);
        QCOMPARE(s.previewCell(0, u"CSM"_s), u"佐藤 美咲"_s);
        QCOMPARE(s.preview()->previewModel()->headerData(0, Qt::Vertical).toString(), u"2"_s);

        // The CSM column as the name: the third row has none, and CSM is no longer mapped.
        s.wizard->back();
        QCOMPARE(s.wizard->currentId(), int(ImportWizard::ColumnsPageId));
        s.columns()->setColumn(u"name"_s, 2);
        QCOMPARE(s.column(u"name"_s), u"担当CSM"_s);
        QCOMPARE(s.column(u"csm"_s), u"— not imported —"_s);
        QVERIFY(s.next());
        QCOMPARE(s.previewCell(0, u"Name"_s), u"佐藤 美咲"_s);
        QVERIFY(!s.previewHeader().contains(u"CSM"_s));
        QVERIFY(s.preview()->summaryText().startsWith(u"Problems found: 1."_s));
        QCOMPARE(s.preview()->problemModel()->rowCount(), 1);
        QCOMPARE(s.preview()->problemModel()->problems().constFirst().row, 4);
        QVERIFY(!s.nextButton()->isEnabled());

        // Unmapping a required field keeps the columns page from going on.
        s.wizard->back();
        s.columns()->setColumn(u"name"_s, -1);
        QVERIFY(s.columns()->errorText().contains(u"Name"_s));
        QVERIFY(!s.nextButton()->isEnabled());
    }

    void listsEveryProblemAndSavesThemAsCsv()
    {
        Wizard s;
        QVERIFY(s.setUp(data(u"bad-values.csv"_s)));
        QVERIFY(s.next());
        QVERIFY(s.next());
        // The same problems the core finds, every one of them.
        auto table = CsvReader::readFile(data(u"bad-values.csv"_s));
        QVERIFY(table);
        ImportOptions dry;
        dry.dryRun = true;
        const auto expected = ImportRunner(s.book()).run(
            ImportKind::Accounts, *table, ImportMapping::suggest(AccountImport::fields(), table->header), dry);
        QVERIFY(expected);
        QVERIFY(expected->problems.size() >= 5);
        const QList<ImportProblem> &shown = s.preview()->problemModel()->problems();
        QCOMPARE(shown.size(), expected->problems.size());
        ImportProblemModel *model = s.preview()->problemModel();
        QCOMPARE(model->rowCount(), int(expected->problems.size()));
        for (int i = 0; i < shown.size(); ++i) {
            const ImportProblem &p = expected->problems[i];
            QCOMPARE(model->index(i, ImportProblemModel::Row).data().toLongLong(), p.row);
            QCOMPARE(model->index(i, ImportProblemModel::FileColumn).data().toString(), p.column);
            QCOMPARE(model->index(i, ImportProblemModel::Value).data().toString(), p.value);
            QCOMPARE(model->index(i, ImportProblemModel::Reason).data().toString(), p.reason);
        }
        QVERIFY(s.preview()->summaryText().startsWith(u"Problems found: %1."_s.arg(shown.size())));
        QVERIFY(!s.nextButton()->isEnabled());
        QVERIFY(!s.next());
        QCOMPARE(AccountRepository(s.book()).count().value(), 0);

        const QString saved = s.fixture.dir.filePath(u"problems.csv"_s);
        QVERIFY(s.preview()->saveProblems(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        auto written = CsvReader::parse(bytes, saved);
        QVERIFY(written);
        QCOMPARE(written->header, (QStringList{u"row"_s, u"column"_s, u"value"_s, u"reason"_s}));
        QCOMPARE(written->rows.size(), shown.size());
        QCOMPARE(written->rows[0][3], shown[0].reason);
    }

    void importsTheAccountsAndTellsTheViews()
    {
        Wizard s;
        QVERIFY(s.setUp(data(u"accounts-sjis.csv"_s)));
        AccountTableModel accounts(s.session);
        QCOMPARE(accounts.rowCount(), 0);
        QSignalSpy added(&s.session, &BookSession::accountsAddedOrRemoved);
        s.session.undoStack()->push(new QUndoCommand(u"an edit before the import"_s));
        QVERIFY(s.next());
        s.wizard->findChild<QLineEdit *>(u"saveMappingEdit"_s)->setText(u"弊社CRM"_s);
        QVERIFY(s.next());
        QCOMPARE(added.size(), 0);   // the dry run writes nothing
        QCOMPARE(AccountRepository(s.book()).count().value(), 0);
        QVERIFY(s.next());

        QCOMPARE(s.wizard->currentId(), int(ImportWizard::DonePageId));
        QVERIFY2(s.wizard->donePage()->summaryText().contains(u"3 created, 0 updated, 0 skipped"_s),
                 qPrintable(s.wizard->donePage()->summaryText()));
        QCOMPARE(added.size(), 1);
        QCOMPARE(accounts.rowCount(), 3);
        QCOMPARE(s.session.undoStack()->count(), 0);   // no undo over what the import wrote
        QCOMPARE(AccountRepository(s.book()).count().value(), 3);
        QVERIFY(!s.wizard->button(QWizard::BackButton)->isEnabled() || !s.wizard->button(QWizard::BackButton)->isVisible());
        QCOMPARE(ImportRunner(s.book()).savedMappingNames(ImportKind::Accounts).value(), QStringList{u"弊社CRM"_s});

        // The saved mapping is offered next time, and a second import stops at the duplicates.
        ImportWizard again(s.session, data(u"accounts-utf8.csv"_s));
        again.show();
        again.next();
        auto *saved = again.findChild<QComboBox *>(u"savedMappingCombo"_s);
        QVERIFY(saved->findData(u"弊社CRM"_s) > 0);
        again.columnsPage()->useSavedMapping(u"弊社CRM"_s);
        QCOMPARE(saved->currentData().toString(), u"弊社CRM"_s);
        QCOMPARE(again.columnsPage()->columnCombo(u"name"_s)->currentText(), u"会社名"_s);
        again.next();
        QCOMPARE(again.previewPage()->problemModel()->rowCount(), 3);
        again.back();
        auto *duplicates = again.findChild<QComboBox *>(u"duplicatesCombo"_s);
        duplicates->setCurrentIndex(duplicates->findData(int(DuplicatePolicy::Skip)));
        again.next();
        QCOMPARE(again.previewPage()->summaryText(), u"0 will be created, 0 updated, 3 skipped."_s);
    }

    // "Same value for every row": a field no column fills (here the plan, and the name,
    // which makes a required field complete), or the empty cells of a chosen column (the CSM).
    void aFieldTakesTheSameValueForEveryRow()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, u"crm.csv"_s, "id,owner\nA-1,\nA-2,鈴木\n");
        Wizard s;
        QVERIFY(s.setUp(csv));
        QVERIFY(s.next());
        s.columns()->setColumn(u"external_id"_s, 0);
        s.columns()->setColumn(u"csm"_s, 1);
        s.columns()->setColumn(u"name"_s, -1);
        QVERIFY(!s.nextButton()->isEnabled());   // no name
        QVERIFY(s.columns()->errorText().contains(u"Name"_s));
        s.columns()->constantEdit(u"name"_s)->setText(u"取込分"_s);
        QVERIFY(s.nextButton()->isEnabled());
        s.columns()->constantEdit(u"plan"_s)->setText(u"Standard"_s);
        s.columns()->constantEdit(u"csm"_s)->setText(u"佐藤 美咲"_s);
        QVERIFY(s.next());
        QCOMPARE(s.previewCell(0, u"Plan"_s), u"Standard"_s);
        QCOMPARE(s.previewCell(0, u"CSM"_s), u"佐藤 美咲"_s);
        QCOMPARE(s.previewCell(1, u"CSM"_s), u"鈴木"_s);
        QVERIFY(s.next());
        QCOMPARE(s.wizard->currentId(), int(ImportWizard::DonePageId));
        const auto page = AccountRepository(s.book()).page({}, AccountSort::Id, false, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).plan, u"Standard"_s);
        QCOMPARE(page->at(0).csm, u"佐藤 美咲"_s);
        QCOMPARE(page->at(1).csm, u"鈴木"_s);
        QCOMPARE(page->at(1).name, u"取込分"_s);
    }

    // A constant the field cannot take is a problem of its own "column", and nothing is written.
    void aBadConstantIsAProblem()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, u"crm.csv"_s, "name\nA\nB\n");
        Wizard s;
        QVERIFY(s.setUp(csv));
        QVERIFY(s.next());
        s.columns()->constantEdit(u"renewal"_s)->setText(u"いつか"_s);
        QVERIFY(s.next());
        QCOMPARE(s.preview()->problemModel()->rowCount(), 2);
        QVERIFY(!s.next());
        QCOMPARE(AccountRepository(s.book()).count().value(), 0);
    }

    void importsVocAndTellsTheBoard()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"voc.csv"_s,
                                       u"会社名,内容,日付\nさくら物流,ダッシュボードが遅い,2026/11/01\n"
                                       "さくら物流,CSV出力がほしい,2026/11/02\n"_s.toUtf8());
        Wizard s;
        Account a;
        a.name = u"さくら物流"_s;
        QVERIFY(s.fixture.book->write([&]() -> Status {
            auto id = AccountRepository(*s.fixture.book).insert(a);
            return id ? Status() : Status(id.error());
        }));
        QVERIFY(s.setUp(path));
        s.wizard->filePage()->setKind(ImportKind::Voc);
        QSignalSpy voc(&s.session, &BookSession::vocChanged);
        QVERIFY(s.next());
        QCOMPARE(s.column(u"account"_s), u"会社名"_s);
        QCOMPARE(s.column(u"text"_s), u"内容"_s);
        QVERIFY(!s.wizard->findChild<QComboBox *>(u"duplicatesCombo"_s)->isVisible());
        QVERIFY(s.next());
        QCOMPARE(s.preview()->summaryText(), u"2 will be created, 0 updated, 0 skipped."_s);
        QVERIFY(s.next());
        QCOMPARE(voc.size(), 1);
        QCOMPARE(voc.constFirst().constFirst().toLongLong(), 0);
        QSqlQuery q(s.book().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM voc"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void cancellingTheImportLeavesTheBookAsItWas()
    {
        QTemporaryDir dir;
        QByteArray csv = "name,external_id,arr\n";
        for (int i = 1; i <= 1200; ++i)
            csv += "Account " + QByteArray::number(i) + ",X-" + QByteArray::number(i) + ",1000\n";
        const QString path = writeFile(dir, u"many.csv"_s, csv);

        Wizard s;
        QVERIFY(s.setUp(path));
        QVERIFY(s.next());
        QVERIFY(s.next());
        QCOMPARE(s.preview()->summaryText(), u"1,200 will be created, 0 updated, 0 skipped."_s);
        const QStringList before = dumpBook(s.book());
        const QByteArray hash = fileHash(s.fixture.path);
        QSignalSpy added(&s.session, &BookSession::accountsAddedOrRemoved);

        // Cancel on the progress dialog as soon as it reports progress.
        bool seen = false;
        QTimer::singleShot(0, s.wizard.get(), [&] {
            if (auto *progress = s.wizard->findChild<QProgressDialog *>(u"importProgress"_s)) {
                seen = true;
                progress->cancel();
            }
        });
        QVERIFY(!s.next());
        QVERIFY(seen);
        QCOMPARE(s.wizard->currentId(), int(ImportWizard::PreviewPageId));
        QCOMPARE(s.preview()->errorText(), u"The import was cancelled: nothing was written to the book."_s);
        QCOMPARE(dumpBook(s.book()), before);
        QCOMPARE(AccountRepository(s.book()).count().value(), 0);
        QCOMPARE(added.size(), 0);
        QVERIFY(s.wizard->findChildren<QProgressDialog *>().isEmpty());

        // Importing again after the cancel writes every row.
        QVERIFY(s.next());
        QCOMPARE(AccountRepository(s.book()).count().value(), 1200);
        QCOMPARE(added.size(), 1);
        QVERIFY(fileHash(s.fixture.path) != hash || dumpBook(s.book()) != before);
    }

    void aDroppedFileOpensThePrefilledWizard()
    {
        BookFixture fixture;
        fixture.book.reset();
        MainWindow window;
        QVERIFY(window.openBook(fixture.path));
        window.show();
        QVERIFY(window.actions().importFile->isEnabled());

        const auto drop = [&window](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            const QPointF at(window.width() / 2.0, window.height() / 2.0);
            QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &dropped);
            return enter.isAccepted() && dropped.isAccepted();
        };
        QVERIFY(!drop(fixture.path));   // a book is not imported
        QVERIFY(!window.findChild<ImportWizard *>());

        QVERIFY(drop(data(u"accounts-bom.csv"_s)));
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->filePage()->path(), data(u"accounts-bom.csv"_s));
        QCOMPARE(wizard->filePage()->detectedText(), u"Detected: UTF-8 (BOM), comma, 3 rows"_s);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->close();
        QTRY_VERIFY(!window.findChild<ImportWizard *>());

        // File ▸ Import… opens it empty.
        window.actions().importFile->trigger();
        wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->filePage()->path().isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->close();
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
