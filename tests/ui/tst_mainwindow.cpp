// SPDX-License-Identifier: MIT
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../Languages.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "book/BookSession.h"
#include "demo/DemoGenerator.h"
#include "metrics/PortfolioView.h"
#include "accounts/AccountFilterBar.h"
#include "voc/VocBoardView.h"
#include "voc/VocLinkModel.h"
#include "voc/VocTableModel.h"
#include "settings/Settings.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "common/FrozenColumn.h"
#include "common/ColumnChooser.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
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

static bool findVisibleButton(QWidget &window, const QString &name)
{
    auto *button = window.findChild<QAbstractButton *>(name);
    return button && button->isVisible();
}

// The window over a real book: views, shortcuts, settings, and errors that keep it running.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    BookFixture *m_fixture = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
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

    // The status bar says how many accounts the book holds, whether the Accounts table lists
    // every one of them (its count is taken), a filtered list (counted apart) or is out of sight.
    void theStatusBarCountsEveryAccount()
    {
        MainWindow window;
        window.show();
        window.showView(MainWindow::Accounts);
        QVERIFY(window.openBook(m_fixture->path));
        auto *label = window.findChild<QLabel *>(QStringLiteral("bookLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("· 120 accounts ·")), qPrintable(label->text()));
        const auto add = [&](const QString &name) {
            Account account;
            account.name = name;
            account.startOn = date("2026-11-01");
            return bool(window.session().perform(u"Add"_s, [account](AccountLifecycle &lifecycle, qint64) {
                return lifecycle.add(account);
            }));
        };
        QVERIFY(add(u"Added while listing all"_s));
        QCOMPARE(window.accountsView()->model()->rowCount(), 121);
        QVERIFY2(label->text().contains(QStringLiteral("· 121 accounts ·")), qPrintable(label->text()));
        AccountFilter few;
        few.search = u"Added while"_s;
        window.accountsView()->showFilter(few);
        QCOMPARE(window.accountsView()->model()->rowCount(), 1);
        QVERIFY(add(u"Added while filtered"_s));
        QVERIFY2(label->text().contains(QStringLiteral("· 122 accounts ·")), qPrintable(label->text()));
        window.showView(MainWindow::MyDay);   // the table out of sight: the bar counts alone
        QVERIFY(add(u"Added out of sight"_s));
        QVERIFY2(label->text().contains(QStringLiteral("· 123 accounts ·")), qPrintable(label->text()));
        window.showView(MainWindow::Accounts);
        window.accountsView()->showFilter({});
        for (int i = 0; i < 3; ++i)   // the shared book as it was, and the count with it
            window.session().undoStack()->undo();
        QVERIFY2(label->text().contains(QStringLiteral("· 120 accounts ·")), qPrintable(label->text()));
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
            window.accountsView()->table()->setColumnWidth(AccountTableModel::Csm, 133);
            window.findChild<QSplitter *>(QStringLiteral("accountsSplitter"))->setSizes({500, 300});
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openBook(m_fixture->path));
        QCOMPARE(again.currentView(), int(MainWindow::Portfolio));
        QCOMPARE(again.accountsView()->table()->columnWidth(AccountTableModel::Csm), 133);
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

    // The window fits a 1280x720 laptop screen in both languages: its minimum is at most
    // 1024x640 whatever view is shown (a view scrolls in a smaller window), and at 1280x720
    // every view fits without scrolling.
    void fitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Japanese") << u"ja"_s;
    }
    void fitsALaptopScreen()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(*qApp, language), language);
        const auto english = englishAfterwards();
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        auto *stack = window.findChild<QStackedWidget *>();
        for (int view : {MainWindow::MyDay, MainWindow::Accounts, MainWindow::Voc, MainWindow::Portfolio}) {
            window.showView(view);
            QApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                     qPrintable(u"view %1: minimum %2x%3"_s.arg(view).arg(minimum.width()).arg(minimum.height())));
            auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget());
            QVERIFY(scroll);
            const QSize needs = scroll->widget()->minimumSizeHint();
            const QSize has = scroll->viewport()->size();
            QVERIFY2(needs.width() <= has.width() && needs.height() <= has.height(),
                     qPrintable(u"view %1 needs %2x%3 in %4x%5"_s.arg(view).arg(needs.width()).arg(needs.height())
                                    .arg(has.width()).arg(has.height())));
        }
        // The accounts table's columns fit beside the detail: no sideways scrolling, touch
        // model and plan in the column chooser.
        window.showView(MainWindow::Accounts);
        QApplication::processEvents();
        QTableView *table = window.accountsView()->table();
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(AccountTableModel::Touch));
        QVERIFY(header->isSectionHidden(AccountTableModel::Plan));
        int used = 0;
        for (int column = 0; column < header->count(); ++column)
            if (!header->isSectionHidden(column))
                used += header->sectionSize(column);
        QVERIFY2(used <= table->viewport()->width(),
                 qPrintable(u"columns %1 in %2"_s.arg(used).arg(table->viewport()->width())));
        // The account's work lists: every header whole, what was said or titled keeps room.
        table->selectRow(0);
        QApplication::processEvents();
        for (const char *name : {"activityTable", "objectiveTable", "accountTaskTable"}) {
            auto *list = window.accountsView()->detail()->findChild<QTableView *>(QLatin1String(name));
            QVERIFY2(list, name);
            QHeaderView *h = list->horizontalHeader();
            int fixed = 0, stretched = -1;
            for (int column = 0; column < h->count(); ++column) {
                if (h->isSectionHidden(column))
                    continue;
                if (h->sectionResizeMode(column) == QHeaderView::Stretch) {
                    stretched = column;
                    continue;
                }
                fixed += h->sectionSize(column);
                const QString title = list->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(h->sectionSize(column) >= list->fontMetrics().horizontalAdvance(title),
                         qPrintable(u"%1: %2"_s.arg(QLatin1String(name), title)));
            }
            QVERIFY2(stretched >= 0, name);
            QVERIFY2(fixed + 120 <= list->viewport()->width(),
                     qPrintable(u"%1: %2 fixed in %3"_s.arg(QLatin1String(name)).arg(fixed).arg(list->viewport()->width())));
        }

        // The VOC board: every visible column holds its longest label; the text gets room.
        window.showView(MainWindow::Voc);
        QApplication::processEvents();
        QTableView *voc = window.vocBoard()->table();
        QVERIFY(voc);
        QHeaderView *vocHeader = voc->horizontalHeader();
        int vocUsed = 0;
        for (int column = 0; column < vocHeader->count(); ++column) {
            if (vocHeader->isSectionHidden(column))
                continue;
            vocUsed += vocHeader->sectionSize(column);
            const QString title = voc->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(vocHeader->sectionSize(column) >= voc->fontMetrics().horizontalAdvance(title), qPrintable(title));
        }
        QVERIFY2(vocUsed <= voc->viewport()->width(), qPrintable(u"VOC columns %1 in %2"_s.arg(vocUsed).arg(voc->viewport()->width())));
        QVERIFY2(vocHeader->sectionSize(VocTableModel::Text) >= voc->fontMetrics().averageCharWidth() * 20,
                 qPrintable(u"text %1"_s.arg(vocHeader->sectionSize(VocTableModel::Text))));
        for (int column : {int(VocTableModel::Kind), int(VocTableModel::Target), int(VocTableModel::Status)})
            for (int row = 0; row < voc->model()->rowCount() && row < 50; ++row) {
                const QString text = voc->model()->index(row, column).data().toString();
                QVERIFY2(vocHeader->sectionSize(column) >= voc->fontMetrics().horizontalAdvance(text), qPrintable(text));
            }
        // The entry's accounts beside the board: the names keep room, no sideways scrolling.
        voc->selectRow(0);
        QApplication::processEvents();
        auto *links = window.vocBoard()->findChild<QTableView *>(u"vocLinkTable"_s);
        QVERIFY(links);
        QVERIFY2(links->horizontalHeader()->sectionSize(VocLinkModel::AccountName) >= links->fontMetrics().averageCharWidth() * 12,
                 qPrintable(u"account names %1"_s.arg(links->horizontalHeader()->sectionSize(VocLinkModel::AccountName))));
        QVERIFY(!links->horizontalScrollBar()->isVisible());
        QVERIFY2(header->sectionSize(AccountTableModel::Name) >= table->fontMetrics().averageCharWidth() * 24,
                 qPrintable(u"name %1"_s.arg(header->sectionSize(AccountTableModel::Name))));
        for (int column : {int(AccountTableModel::Arr), int(AccountTableModel::Renewal), int(AccountTableModel::Stage)}) {
            const QString text = table->model()->index(0, column).data().toString();
            QVERIFY2(header->sectionSize(column) >= table->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
    }

    // The header's column chooser shows a hidden column (and hides it again); the name column
    // cannot be hidden; the choice is kept with the window's layout.
    void theColumnChooserShowsAndHidesColumns()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openBook(m_fixture->path));
            QHeaderView *header = window.accountsView()->table()->horizontalHeader();
            auto *chooser = header->findChild<ColumnChooser *>();
            QVERIFY(chooser);
            QMenu *menu = chooser->menu();
            QVERIFY(!menu->findChild<QAction *>(u"column-0"_s)->isEnabled());
            QAction *plan = nullptr;
            for (QAction *action : menu->actions())
                if (action->objectName() == u"column-%1"_s.arg(AccountTableModel::Plan))
                    plan = action;
            QVERIFY(plan && !plan->isChecked());
            QCOMPARE(plan->text(), u"Plan"_s);
            plan->trigger();
            QVERIFY(!header->isSectionHidden(AccountTableModel::Plan));
            QVERIFY(header->sectionSize(AccountTableModel::Plan) > 20);
            window.close();   // saves the layout
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openBook(m_fixture->path));
        QVERIFY(!again.accountsView()->table()->horizontalHeader()->isSectionHidden(AccountTableModel::Plan));
    }

    // Alt+letter does one thing: in each view, the menu bar's titles and the view's buttons
    // have different mnemonics, and so do the items of each menu, in both languages.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Japanese") << u"ja"_s;
    }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(*qApp, language), language);
        const auto english = englishAfterwards();
        const auto mnemonic = [](const QString &text) -> QChar {
            for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toUpper();
            return {};
        };
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        QStringList clashes;
        const auto check = [&](const QString &where, const QStringList &texts) {
            QHash<QChar, QString> seen;
            for (const QString &text : texts) {
                const QChar key = mnemonic(text);
                if (key.isNull())
                    continue;
                if (seen.contains(key))
                    clashes << u"%1: %2 and %3"_s.arg(where, seen.value(key), text);
                seen.insert(key, text);
            }
        };
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions()) {
            titles << menu->text();
            QStringList items;
            if (menu->menu())
                for (QAction *item : menu->menu()->actions())
                    items << item->text();
            check(menu->text(), items);
        }
        for (int view : {MainWindow::MyDay, MainWindow::Accounts, MainWindow::Voc, MainWindow::Portfolio}) {
            window.showView(view);
            window.accountsView()->table()->selectRow(0);
            window.vocBoard()->table()->selectRow(0);
            QApplication::processEvents();
            QStringList texts = titles;
            for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
                if (button->isVisible())
                    texts << button->text();
            for (QLabel *label : window.findChildren<QLabel *>())
                if (label->isVisible() && label->buddy())
                    texts << label->text();
            check(u"view %1"_s.arg(view), texts);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
    }

    // Sorting keeps the selected account selected where it now is, and the detail on it; a
    // chart's list ("Show all") drops every condition it set, the stage too.
    void sortingKeepsTheSelection()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(MainWindow::Accounts);
        AccountsView *view = window.accountsView();
        QTableView *table = view->table();
        table->selectRow(5);
        const qint64 id = view->detail()->accountId();
        QVERIFY(id > 0);
        for (int column : {int(AccountTableModel::Arr), int(AccountTableModel::Renewal), int(AccountTableModel::Name)}) {
            table->sortByColumn(column, Qt::DescendingOrder);
            QCOMPARE(view->detail()->accountId(), id);
            const QModelIndex current = table->currentIndex();
            QVERIFY(current.isValid());
            QCOMPARE(table->model()->index(current.row(), 0).data(AccountTableModel::AccountIdRole).toLongLong(), id);
        }

        AccountFilter drill;
        drill.stage = Stage::Churned;
        drill.plan = u"Enterprise"_s;
        view->showFilter(drill);
        QCOMPARE(view->filterBar()->filter().stage, std::optional(Stage::Churned));
        auto *showAll = view->filterBar()->findChild<QToolButton *>(u"clearExtraFilter"_s);
        QVERIFY(showAll && showAll->isVisible());
        showAll->click();
        QCOMPARE(view->filterBar()->filter(), AccountFilter());
        QCOMPARE(table->model()->rowCount(), 120);
    }

    // In a narrow window the names keep their room and stay at the left while the other
    // columns scroll sideways under them; the names there select, sort and scroll as the table.
    void theNamesStayInViewWhileScrolling()
    {
        MainWindow window;
        window.resize(760, 600);
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(MainWindow::Accounts);
        AccountsView *view = window.accountsView();
        QTableView *table = view->table();
        table->horizontalHeader()->setSectionHidden(AccountTableModel::Plan, false);
        table->horizontalHeader()->setSectionHidden(AccountTableModel::Touch, false);
        QApplication::processEvents();
        QTableView *names = view->frozenColumn()->view();
        const int minimum = table->fontMetrics().averageCharWidth() * 24;
        QVERIFY2(table->columnWidth(AccountTableModel::Name) >= minimum,
                 qPrintable(u"%1 < %2"_s.arg(table->columnWidth(AccountTableModel::Name)).arg(minimum)));
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        QApplication::processEvents();
        QVERIFY(names->isVisible());
        QCOMPARE(names->geometry().left(), table->frameWidth());
        QCOMPARE(names->geometry().bottom(), table->viewport()->geometry().bottom());   // not over the scroll bar
        QCOMPARE(names->columnWidth(AccountTableModel::Name), table->columnWidth(AccountTableModel::Name));
        for (int c = 0; c < AccountTableModel::ColumnCount; ++c)
            QCOMPARE(names->isColumnHidden(c), c != AccountTableModel::Name);
        // A click on a name selects its account; scrolling down moves both.
        const QRect third = names->visualRect(names->model()->index(2, AccountTableModel::Name));
        QTest::mouseClick(names->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(table->selectionModel()->currentIndex().row(), 2);
        QCOMPARE(view->detail()->accountId(), view->model()->accountId(2));
        table->verticalScrollBar()->setValue(5);
        QCOMPARE(names->verticalScrollBar()->value(), 5);
        // Its header sorts the table.
        QTest::mouseClick(names->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(names->columnWidth(AccountTableModel::Name) / 2, names->horizontalHeader()->height() / 2));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(AccountTableModel::Name));
        QCOMPARE(names->horizontalHeader()->sortIndicatorOrder(), table->horizontalHeader()->sortIndicatorOrder());
        // Wide again: the names take the room left, nothing scrolls, no overlay.
        window.resize(1280, 720);
        table->horizontalHeader()->setSectionHidden(AccountTableModel::Plan, true);
        table->horizontalHeader()->setSectionHidden(AccountTableModel::Touch, true);
        QApplication::processEvents();
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!names->isVisible());
    }

    // "Export list…" writes the accounts the view lists, in its order, and says so.
    void exportsTheListShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        window.showView(MainWindow::Accounts);
        AccountsView *view = window.accountsView();
        AccountFilter adoption;
        adoption.stage = Stage::Adoption;
        view->showFilter(adoption);
        view->table()->sortByColumn(AccountTableModel::Arr, Qt::DescendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"accounts.csv"_s);
        QSignalSpy said(view, &AccountsView::statusMessage);
        QVERIFY(view->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), view->model()->rowCount() + 1);
        QVERIFY(lines.size() > 2);
        QCOMPARE(lines[1].section(u',', 0, 0).toLongLong(), view->model()->accountId(0));
        QCOMPARE(said.size(), 1);
        file.close();
        // For older Japanese Excel: CP932, no byte order mark, the same rows.
        QVERIFY(view->exportTo(path, TextEncoding::Cp932));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sjis = file.readAll();
        QVERIFY(sjis.startsWith("id,name,"));
        QCOMPARE(QStringDecoder("CP932").decode(sjis).operator QString().split(u"\r\n"_s, Qt::SkipEmptyParts), lines);
        QVERIFY(findVisibleButton(window, u"exportAccountsButton"_s));
    }

    // After each undoable action the status bar says what it did and how to take it back; an
    // undo or redo says what it took back or did again; clearing the stack says nothing.
    void theStatusBarTellsEachAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_fixture->path));
        QUndoStack *stack = window.session().undoStack();
        stack->push(new QUndoCommand(u"Move Kobayashi Foods to adoption"_s));
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(u"Move Kobayashi Foods to adoption — "_s) && said.endsWith(u"undoes it"_s),
                 qPrintable(said));
        stack->undo();
        QCOMPARE(window.statusBar()->currentMessage(), u"Undone: Move Kobayashi Foods to adoption"_s);
        stack->redo();
        QCOMPARE(window.statusBar()->currentMessage(), u"Done again: Move Kobayashi Foods to adoption"_s);
        // A new action after an undo is new, not done again.
        stack->undo();
        stack->push(new QUndoCommand(u"Churn Kobayashi Foods"_s));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Churn Kobayashi Foods — "_s),
                 qPrintable(window.statusBar()->currentMessage()));
        stack->clear();
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"Churn Kobayashi Foods — "_s));
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

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
