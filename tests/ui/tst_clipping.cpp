// SPDX-License-Identifier: MIT
// Nothing cut off: every view, dialog and menu of the window at 1280x720, in English and in
// Japanese, shows each label, button, choice, title, tab and column header whole.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../Languages.h"
#include "Clipping.h"
#include "UserInput.h"

#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "importing/ImportWizard.h"
#include "stages/Stage.h"
#include "i18n/Translations.h"
#include "metrics/PortfolioChart.h"
#include "metrics/PortfolioView.h"
#include "demo/DemoGenerator.h"
#include "voc/VocBoardView.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {

QString report(const QString &what, const QStringList &clipped)
{
    return what + u":\n  "_s + clipped.join(u"\n  "_s);
}

// Walks the dialog `trigger` opens (each tab of it), then closes it; what was cut off, or
// why it could not be looked at.
QStringList walkDialog(const std::function<void()> &trigger)
{
    QStringList clipped;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        seen = true;
        QApplication::processEvents();
        const auto tabWidgets = dialog->findChildren<QTabWidget *>();
        if (tabWidgets.isEmpty())
            clipped << clipping::clippedTexts(dialog);
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                for (const QString &c : clipping::clippedTexts(dialog))
                    clipped << tabs->tabText(i) + u": "_s + c;
            }
        }
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else
            dialog->close();
    });
    trigger();
    if (!seen)
        clipped << u"(no dialog opened)"_s;
    clipped.removeDuplicates();
    return clipped;
}

// The window at a laptop's 1280x720, in `language` (English again when it goes).
struct Laptop
{
    decltype(englishAfterwards()) english = englishAfterwards();
    bool speaks;   // the language was put in use before the window was made
    MainWindow window;

    explicit Laptop(const QString &language) : speaks(Translations::install(*qApp, language) == language)
    {
        window.resize(1280, 720);
        window.show();
        QApplication::processEvents();
    }
};

// Selects the first account in the list that is not churned (stage, renewal and churn apply).
void selectActiveAccount(MainWindow &window)
{
    QTableView *table = window.accountsView()->table();
    const QString churned = Stages::label(Stage::Churned);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, AccountTableModel::Stage).data().toString() != churned) {
            table->selectRow(row);
            break;
        }
    }
    QApplication::processEvents();
}

} // namespace

class TestClipping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    // A demo book in each language: the English window reads English names and texts.
    BookFixture *m_japanese = nullptr;
    BookFixture *m_english = nullptr;

    QString bookFor(const QString &language) const
    {
        return (language == u"ja"_s ? m_japanese : m_english)->path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"csworkbench-test"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        for (auto [fixture, language] : {std::pair{&m_japanese, DemoLanguage::Japanese},
                                         std::pair{&m_english, DemoLanguage::English}}) {
            *fixture = new BookFixture;
            DemoOptions options;
            options.accounts = 300;
            options.today = date("2026-11-23");
            options.language = language;
            QVERIFY(DemoGenerator::fill(*(*fixture)->book, options));
            (*fixture)->book.reset();
        }
    }
    void cleanupTestCase()
    {
        delete m_japanese;
        delete m_english;
    }
    void init() { QSettings().clear(); }

    void nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Japanese") << u"ja"_s;
    }

    // Each view with an account or entry selected, the menus, and the window at 1280x720.
    void nothingIsCutOff()
    {
        QFETCH(QString, language);
        Laptop laptop(language);
        QVERIFY(laptop.speaks);
        MainWindow &window = laptop.window;
        QVERIFY(window.openBook(bookFor(language)));
        QStringList clipped;
        for (int view : {MainWindow::MyDay, MainWindow::Accounts, MainWindow::Voc, MainWindow::Portfolio}) {
            window.showView(view);
            if (view == MainWindow::Accounts)
                selectActiveAccount(window);
            if (view == MainWindow::Voc)
                window.vocBoard()->table()->selectRow(0);
            if (view == MainWindow::Portfolio)
                QVERIFY(QTest::qWaitFor([&] { return window.portfolioView()->data().has_value(); }, 20000));
            QApplication::processEvents();
            for (const QString &c : clipping::clippedTexts(&window))
                clipped << u"view %1: "_s.arg(view) + c;
            // The lists fit their place: nothing to scroll sideways for.
            for (QTableView *table : window.findChildren<QTableView *>()) {
                if (table->isVisible() && table->horizontalScrollBar()->maximum() > 0)
                    clipped << u"view %1: %2 scrolls sideways"_s.arg(view).arg(table->objectName());
            }
        }
        // The charts' category labels: slanted when long, never cut (CSM names in English).
        for (PortfolioChart *chart : window.portfolioView()->charts()) {
            for (QAbstractAxis *axis : chart->chart()->axes(Qt::Horizontal)) {
                if (axis->labelsTruncated() && axis->truncateLabels())
                    clipped << u"chart %1: its labels are cut"_s.arg(chart->objectName());
            }
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(report(u"cut off in the window"_s, clipped)));
        QCOMPARE(window.size(), QSize(1280, 720));
        for (QAction *action : window.menuBar()->actions()) {
            QMenu *menu = action->menu();
            QVERIFY(menu);
            const QSize size = menu->sizeHint();
            QVERIFY2(size.width() <= 640 && size.height() <= 720,
                     qPrintable(u"%1: %2x%3"_s.arg(action->text()).arg(size.width()).arg(size.height())));
        }
    }

    void welcomeShowsEverything_data() { nothingIsCutOff_data(); }
    // The first thing a new user sees: the welcome page with no book open.
    void welcomeShowsEverything()
    {
        QFETCH(QString, language);
        Laptop laptop(language);
        QVERIFY(laptop.speaks);
        const QStringList clipped = clipping::clippedTexts(&laptop.window);
        QVERIFY2(clipped.isEmpty(), qPrintable(report(u"cut off on the welcome page"_s, clipped)));
    }

    void dialogsShowEverything_data() { nothingIsCutOff_data(); }
    // Every dialog the menus open on a book (the file choosers are Qt's own).
    void dialogsShowEverything()
    {
        QFETCH(QString, language);
        Laptop laptop(language);
        QVERIFY(laptop.speaks);
        MainWindow &window = laptop.window;
        QVERIFY(window.openBook(bookFor(language)));
        window.showView(MainWindow::Accounts);
        selectActiveAccount(window);
        const MainActions &a = window.actions();
        QStringList clipped;
        for (QAction *action : {a.preferences, a.addAccount, a.moveStage, a.renew, a.churn, a.logVoc, a.exportVoc,
                                a.connectTeamBook, a.about}) {
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            for (const QString &c : walkDialog([action] { action->trigger(); }))
                clipped << clipping::shown(action->text()) + u": "_s + c;
        }
        // The import wizard's pages for a file of accounts (Import… asks for the file first).
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"accounts.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,csm,arr,renewal_on\n株式会社みなと精密工業 横浜本社,佐藤 美咲,1200000,2027-04-01\n");
        csv.close();
        ImportWizard *wizard = window.startImport(csv.fileName());
        QVERIFY(wizard);
        for (int page = 0; page < 5; ++page) {
            QApplication::processEvents();
            for (const QString &c : clipping::clippedTexts(wizard))
                clipped << u"import page %1: "_s.arg(wizard->currentId()) + c;
            const int was = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == was)
                break;
        }
        wizard->reject();

        // The dialogs the account's and the VOC entry's buttons open.
        window.showView(MainWindow::Accounts);
        selectActiveAccount(window);
        for (const char *name : {"addObjectiveButton", "addTaskButton", "logActivityButton", "logVocButton"}) {
            auto *button = window.accountsView()->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && button->isEnabled(), name);
            for (const QString &c : walkDialog([button] { button->click(); }))
                clipped << QLatin1String(name) + u": "_s + c;
        }
        window.showView(MainWindow::Voc);
        window.vocBoard()->table()->selectRow(0);
        QApplication::processEvents();
        for (const char *name : {"newVocButton", "editButton", "mergeButton", "toldButton", "noteButton"}) {
            auto *button = window.vocBoard()->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            if (!button->isEnabled())
                continue;   // the first entry's status may not allow it
            for (const QString &c : walkDialog([button] { button->click(); }))
                clipped << QLatin1String(name) + u": "_s + c;
        }

        window.showView(MainWindow::Portfolio);
        // "Custom range…", the period combo's last item, picked by hand opens its dialog.
        auto *kind = window.portfolioView()->findChild<QComboBox *>(u"periodKind"_s);
        const int custom = kind->count() - 1;
        for (const QString &c : walkDialog([&] { chooseItem(kind, custom); }))
            clipped << u"Custom range: "_s + c;
        QVERIFY2(clipped.isEmpty(), qPrintable(report(u"cut off in dialogs"_s, clipped)));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
