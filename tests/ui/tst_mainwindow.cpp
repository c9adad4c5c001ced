// SPDX-License-Identifier: MIT
#include "../BookFixture.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "book/BookSession.h"
#include "demo/DemoGenerator.h"
#include "portfolio/PortfolioView.h"
#include "accounts/AccountFilterBar.h"
#include "voc/VocBoardView.h"
#include "voc/VocTableModel.h"
#include "settings/Settings.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
QStringList labelTexts(QWidget &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

// Accepts the next modal message box and returns, through `text`, what it said.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
}
} // namespace

// The window over a real book: views, shortcuts, settings, and errors that keep it running.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    BookFixture *m_fixture = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CSW_TODAY", "2026-11-23");
        QCoreApplication::setOrganizationName(QStringLiteral("csworkbench-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        m_fixture = new BookFixture;
        QVERIFY(fillDemo(*m_fixture->book, 120));
        m_fixture->book.reset();
    }
    void cleanupTestCase() { delete m_fixture; }
    void init() { QSettings().clear(); }

    void startsOnTheWelcomeViewWithoutABook()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.book());
        QCOMPARE(window.currentView(), -1);
        QVERIFY(!window.actions().addAccount->isEnabled());
        QVERIFY(labelTexts(window).contains(QStringLiteral("Welcome to CS Workbench")));
        // The description reads as a few lines, not squashed into a narrow column.
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        QVERIFY2(text->width() >= text->fontMetrics().averageCharWidth() * 40,
                 qPrintable(QString::number(text->width())));
        QVERIFY(text->height() <= text->fontMetrics().lineSpacing() * 5);
        QVERIFY(text->height() >= text->heightForWidth(text->width()));   // no line cut off
    }

    void showsTheBook()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("book.sqlite")));
        QCOMPARE(window.accountsView()->model()->rowCount(), 120);
        QVERIFY(window.actions().addAccount->isEnabled());
        window.showView(MainWindow::Portfolio);
        // The portfolio's figures come from a worker thread.
        QTRY_VERIFY(!window.portfolioView()->isComputing());
        const QStringList texts = labelTexts(window);
        QVERIFY(texts.contains(QStringLiteral("GRR")));
        QVERIFY(texts.contains(QStringLiteral("Renewal rate")));
        QCOMPARE(Settings::recentBooks().value().value(0), QFileInfo(m_fixture->path).absoluteFilePath());
    }

    // The window opens a book on one view; the Accounts and VOC views load it when shown, and
    // then show that book's rows and filter choices, not the previous book's.
    void hiddenViewsLoadTheBookWhenShown()
    {
        BookFixture other;
        AccountLifecycle lifecycle(*other.book);
        for (const char *csm : {"山田 太郎", "Mia Chen"})
            QVERIFY(lifecycle.add({.name = QString::fromUtf8(csm) + QStringLiteral(" の顧客"),
                                   .csm = QString::fromUtf8(csm)}));
        other.book.reset();
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(MainWindow::Voc);
        QVERIFY(window.vocBoard()->model()->rowCount() > 0);
        window.showView(MainWindow::MyDay);
        QVERIFY(window.openBook(other.path));
        QCOMPARE(window.currentView(), int(MainWindow::MyDay));
        QCOMPARE(window.accountsView()->model()->rowCount(), 120);   // not loaded while hidden
        window.showView(MainWindow::Accounts);
        QCOMPARE(window.accountsView()->model()->rowCount(), 2);
        QCOMPARE(window.accountsView()->model()->index(0, 0).data().toString(), QStringLiteral("Mia Chen の顧客"));
        auto *csms = window.accountsView()->filterBar()->findChildren<QComboBox *>().value(0);
        QVERIFY(csms);
        QStringList choices;
        for (int i = 0; i < csms->count(); ++i)
            choices << csms->itemText(i);
        QVERIFY2(choices.contains(QStringLiteral("山田 太郎")), qPrintable(choices.join(u',')));
        window.showView(MainWindow::Voc);
        QCOMPARE(window.vocBoard()->model()->rowCount(), 0);
    }

    void viewsSwitchWithCtrlDigits_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("view");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << int(MainWindow::MyDay);
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << int(MainWindow::Accounts);
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << int(MainWindow::Voc);
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << int(MainWindow::Portfolio);
    }
    void viewsSwitchWithCtrlDigits()
    {
        QFETCH(int, key);
        QFETCH(int, view);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(view == MainWindow::MyDay ? MainWindow::Portfolio : MainWindow::MyDay);
        QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(window.currentView(), view);
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentIndex(), view);
    }

    void findFocusesTheSearchBox()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(MainWindow::MyDay);
        window.actions().find->trigger();
        QCOMPARE(window.currentView(), int(MainWindow::Accounts));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchBox"));
    }

    void layoutPersists()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openBook(m_fixture->path));
            window.showView(MainWindow::Portfolio);
            window.accountsView()->table()->setColumnWidth(AccountTableModel::Name, 333);
            window.findChild<QSplitter *>(QStringLiteral("accountsSplitter"))->setSizes({500, 300});
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openBook(m_fixture->path));
        QCOMPARE(again.currentView(), int(MainWindow::Portfolio));
        QCOMPARE(again.accountsView()->table()->columnWidth(AccountTableModel::Name), 333);
    }

    // The Undo and Redo items show the start of a long command's text (a whole VOC text would
    // make the menu 700 px wide); the full text is their tooltip.
    void undoItemsStayShort()
    {
        MainWindow window;
        QVERIFY(window.openBook(m_fixture->path));
        auto *actions = window.findChild<MainActions *>();
        const QString text = u"Log VOC “請求書をPDFで一括出力したい。月末の締め処理で毎回三十分かかっている”"_s;
        window.session().undoStack()->push(new QUndoCommand(text));
        QVERIFY2(actions->undo->text().size() <= 50, qPrintable(actions->undo->text()));
        QVERIFY(actions->undo->text().startsWith(u"&Undo Log VOC “請求書"_s));
        QVERIFY(actions->undo->text().endsWith(QChar(0x2026)));
        QCOMPARE(actions->undo->toolTip(), text);
        window.session().undoStack()->undo();
        QVERIFY2(actions->redo->text().size() <= 50, qPrintable(actions->redo->text()));
        window.session().undoStack()->clear();
        QCOMPARE(actions->undo->text(), u"&Undo"_s);
    }

    void badFileKeepsThePreviousBook()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a book\n");
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        Book *before = window.book();
        QString shown;
        answerNextMessageBox(&shown);
        QVERIFY(!window.openBook(bad));
        QVERIFY2(shown.contains(QStringLiteral("not a CS Workbench book")), qPrintable(shown));
        QCOMPARE(window.book(), before);
        QCOMPARE(window.accountsView()->model()->rowCount(), 120);
    }

    void readOnlyBookReportsAndKeepsRunning()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("ro.sqlite"));
        QVERIFY(QFile::copy(m_fixture->path, copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner));
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(copy));
        QString shown;
        answerNextMessageBox(&shown);
        AccountTableModel *model = window.accountsView()->model();
        QVERIFY(!model->setData(model->index(0, AccountTableModel::Csm), QStringLiteral("X")));
        QVERIFY2(shown.contains(QStringLiteral("read-only")), qPrintable(shown));
        QVERIFY(window.book());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
