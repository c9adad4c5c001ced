// SPDX-License-Identifier: MIT
#include "window/MainWindow.h"

#include "common/Formatting.h"
#include "accounts/AccountDetailView.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsView.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AddAccountDialog.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "book/TeamBookDialog.h"
#include "book/TeamKeyring.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "tasks/MyDayView.h"
#include "metrics/PortfolioView.h"
#include "importing/ImportWizard.h"
#include "settings/Settings.h"
#include "voc/VocBoardView.h"
#include "window/BookFileDialogs.h"
#include "window/MainActions.h"
#include "window/UndoReport.h"
#include "common/WheelGuard.h"
#include "window/PreferencesDialog.h"
#include "window/WelcomeView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace csw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new BookSession(this)),
      m_actions(new MainActions(this, m_session->undoStack())), m_stack(new QStackedWidget(this)),
      m_accounts(new AccountsView(*m_session, this)),
      m_voc(new VocBoardView(*m_session, this)), m_portfolio(new PortfolioView(this)),
      m_myDay(new MyDayView(*m_session, this)), m_welcome(new WelcomeView(this)),
      m_bookLabel(new QLabel(this))
{
    setWindowTitle(tr("CS Workbench"));
    setAcceptDrops(true);
    connect(m_myDay, &MyDayView::openAccountRequested, this, &MainWindow::openAccount);
    connect(m_myDay, &MyDayView::statusMessage, this,
            &MainWindow::showStatus);
    connect(m_voc, &VocBoardView::openAccountRequested, this, &MainWindow::openAccount);
    connect(m_accounts, &AccountsView::statusMessage, this,
            &MainWindow::showStatus);
    connect(m_voc, &VocBoardView::statusMessage, this,
            &MainWindow::showStatus);
    connect(m_accounts->detail(), &AccountDetailView::openVocEntryRequested, this, [this](qint64 id) {
        showView(Voc);
        m_voc->selectEntry(id);
    });
    // Each view fills the window and scrolls when the window is smaller than it needs (a small
    // laptop screen): no view sets the window's minimum size.
    for (QWidget *view : {static_cast<QWidget *>(m_myDay), static_cast<QWidget *>(m_accounts),
                          static_cast<QWidget *>(m_voc), static_cast<QWidget *>(m_portfolio)}) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(view);
        WheelGuard::install(view);
        m_stack->addWidget(scroll);
    }
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    m_bookLabel->setObjectName(QStringLiteral("bookLabel"));
    statusBar()->addPermanentWidget(m_bookLabel);

    connectActions();
    connect(m_session, &BookSession::errorOccurred, this, &MainWindow::showError);
    connect(new UndoReport(m_session->undoStack(), this), &UndoReport::said, this,
            &MainWindow::showStatus);
    connect(m_session, &BookSession::bookOpened, this, &MainWindow::bookChanged);
    connect(m_session, &BookSession::bookClosed, this, &MainWindow::bookChanged);
    connect(m_session, &BookSession::accountsAddedOrRemoved, this, &MainWindow::bookChanged);
    // The portfolio recomputes when the book changes, and opens the accounts behind a bar.
    connect(m_session, &BookSession::accountChanged, m_portfolio, [this](qint64, AccountFields what) {
        if (what & ~(AccountField::Name | AccountField::Version))
            m_portfolio->invalidate();
    });
    connect(m_session, &BookSession::healthChanged, m_portfolio, &PortfolioView::invalidate);
    connect(m_session, &BookSession::accountsAddedOrRemoved, m_portfolio, &PortfolioView::invalidate);
    connect(m_session, &BookSession::bookClosed, m_portfolio, [this] { m_portfolio->showBook(nullptr); });
    connect(m_portfolio, &PortfolioView::accountsRequested, this, [this](const AccountFilter &filter) {
        showView(Accounts);
        m_accounts->showFilter(filter);
    });
    connect(m_welcome, &WelcomeView::newBookRequested, this, &MainWindow::newBook);
    connect(m_welcome, &WelcomeView::openBookRequested, this, &MainWindow::chooseBook);
    connect(m_welcome, &WelcomeView::demoBookRequested, this, &MainWindow::openDemoBook);
    m_view = qBound(0, Settings::lastView().value(), int(Portfolio));
    Formatting::setEraDates(Settings::eraDates().value());
    activateViews();
    restoreLayout();
    bookChanged();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.newBook, &QAction::triggered, this, &MainWindow::newBook);
    connect(a.openBook, &QAction::triggered, this, &MainWindow::chooseBook);
    connect(a.connectTeamBook, &QAction::triggered, this, &MainWindow::connectTeamBook);
    connect(a.backupBook, &QAction::triggered, this, &MainWindow::backupBook);
    connect(a.restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(a.importFile, &QAction::triggered, this, [this] { startImport(); });
    connect(a.closeBook, &QAction::triggered, m_session, &BookSession::close);
    connect(a.printPortfolio, &QAction::triggered, this, [this] {
        showView(Portfolio);
        m_portfolio->printReportAs();
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, this, [this] {
        if (m_view == Voc) {
            m_voc->focusSearch();
            return;
        }
        showView(Accounts);
        m_accounts->focusSearch();
    });
    connect(a.exportVoc, &QAction::triggered, this, [this] {
        showView(Voc);
        m_voc->exportReport();
    });
    connect(a.logVoc, &QAction::triggered, this, &MainWindow::logVoc);
    connect(a.preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(book(), this);
        // Rescored history changes every account's latest score: reload the views.
        connect(&dialog, &PreferencesDialog::scoresChanged, m_session,
                &BookSession::accountsAddedOrRemoved);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_myDay->preferencesChanged();
        if (dialog.kpisChanged()) {
            m_session->refreshRevenueView();
            m_portfolio->settingsChanged(book());
        }
    });
    connect(a.addAccount, &QAction::triggered, this, &MainWindow::addAccount);
    const QList<std::pair<QAction *, void (AccountDetailView::*)()>> detailActions = {
        {a.moveStage, &AccountDetailView::moveToStage},
        {a.churn, &AccountDetailView::churnAccount},
        {a.renew, &AccountDetailView::renewAccount}};
    for (const auto &[action, slot] : detailActions) {
        connect(action, &QAction::triggered, this, [this, slot = slot] {
            showView(Accounts);
            if (m_accounts->detail()->accountId() == 0) {
                statusBar()->showMessage(tr("Select an account first."), 4000);
                return;
            }
            (m_accounts->detail()->*slot)();
        });
    }
    for (QAction *view : std::as_const(a.views))
        connect(view, &QAction::triggered, this, [this, view] { showView(view->data().toInt()); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

Book *MainWindow::book() const
{
    return m_session->book();
}

bool MainWindow::openBook(const QString &path)
{
    Status opened = m_session->open(path);
    // A team book the server refused without a password typed in this run: once more with the
    // keyring's, if it holds one (asked only then: it may take a moment to answer).
    if (const auto team = BookLocation::parse(path);
        !opened && opened.error().kind == ErrorKind::Unreachable && team
        && team->engine == BookEngine::Postgres && team->password().isEmpty()) {
        if (const QString kept = TeamKeyring::read(*team); !kept.isEmpty()) {
            BookLocation::rememberPassword(*team, kept);
            opened = m_session->open(path);
        }
    }
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    Settings::rememberBook(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::connectTeamBook()
{
    const QStringList recent = Settings::recentBooks().value();
    const auto team = std::find_if(recent.begin(), recent.end(), &BookLocation::isUrl);
    TeamBookDialog dialog(team == recent.end() ? QString() : *team, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BookLocation location = dialog.location();
    if (!dialog.password().isEmpty())
        BookLocation::rememberPassword(location, dialog.password());
    QApplication::setOverrideCursor(Qt::WaitCursor);   // a far server may take seconds
    const bool opened = openBook(location.display());
    QApplication::restoreOverrideCursor();
    if (opened && dialog.keepPassword() && !TeamKeyring::write(location, dialog.password()))
        showError(tr("No desktop keyring answered: the password is kept only until you quit."));
}

// Without a book the view is remembered: the book opened next opens on it, and the views
// hidden meanwhile do not read it.
void MainWindow::showView(int view)
{
    m_view = qBound(0, view, int(Portfolio));
    activateViews();
    if (!book())
        return;
    m_stack->setCurrentIndex(m_view);
    m_actions->views[m_view]->setChecked(true);
    if (m_view == Portfolio)
        m_portfolio->showBook(book());
}

// Only the view shown loads a newly opened book; the others catch up when they are shown.
void MainWindow::activateViews()
{
    m_accounts->setActive(m_view == Accounts);
    m_voc->setActive(m_view == Voc);
}

int MainWindow::currentView() const
{
    return book() ? m_view : -1;
}

void MainWindow::bookChanged()
{
    Book *b = book();
    for (QAction *action : m_actions->bookActions())
        action->setEnabled(b);
    // A team book's backups are its server's; File ▸ Back Up writes a local snapshot of it.
    m_actions->restoreBackup->setEnabled(b && b->engine() == BookEngine::Sqlite);
    if (!b) {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("CS Workbench"));
        m_bookLabel->clear();
        return;
    }
    // What the person's role allows; the server refuses the rest anyway.
    QString why;
    m_actions->importFile->setEnabled(m_session->mayLead(&why));
    m_actions->importFile->setToolTip(why);
    for (QAction *action : {m_actions->addAccount, m_actions->logVoc}) {
        action->setEnabled(m_session->mayLog(&why));
        action->setToolTip(why);
    }
    const QString title = b->location().title();
    setWindowTitle(b->engine() == BookEngine::Postgres
                       ? tr("%1 (team book) — CS Workbench").arg(title)
                       : tr("%1 — CS Workbench").arg(title));
    // The Accounts table, told of the change before the window (it connected first), has
    // counted the whole book already when it lists every account: one statement fewer.
    auto count = m_accounts->model()->everyAccountCount();
    if (!count) {
        const auto counted = AccountRepository(*b).count();
        count = counted ? *counted : 0;
    }
    QString label = tr("%1 · %2 accounts · %3")
                        .arg(b->engine() == BookEngine::Postgres ? tr("Team book %1").arg(title) : title)
                        .arg(QLocale().toString(*count))
                        .arg(b->currency().code());
    if (b->engine() == BookEngine::Postgres)   // who the window is open as
        label += tr(" · %1 (%2)").arg(b->member().login, TeamMember::roleName(b->member().role));
    m_bookLabel->setText(label);
    m_bookLabel->setToolTip(b->member().rule());
    showView(m_view);
}

void MainWindow::newBook()
{
    const QString path = BookFileDialogs::askNewBook(this);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already; choose a new file name for a new book.").arg(path));
        return;
    }
    if (const Status created = m_session->create(path, Currency()); !created) {
        showError(created.error().message);
        return;
    }
    Settings::rememberBook(path);
    updateRecentMenu();
}

void MainWindow::chooseBook()
{
    const QString path = BookFileDialogs::askBookToOpen(this);
    if (!path.isEmpty())
        openBook(path);
}

QString MainWindow::demoBookPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.sqlite"));
}

void MainWindow::openDemoBook()
{
    const QString path = demoBookPath();
    if (!QFileInfo::exists(path)) {
        auto created = Book::create(path, Currency());
        if (!created) {
            showError(created.error().message);
            return;
        }
        DemoOptions options;   // its names and texts in the language of the window
        options.language = DemoData::languageFor(Translations::current());
        if (auto filled = DemoGenerator::fill(**created, options); !filled) {
            showError(filled.error().message);
            return;
        }
    }
    openBook(path);
}

void MainWindow::backupBook()
{
    if (!book())
        return;
    const auto path = BookFileDialogs::backUp(this, *book());
    if (!path)
        showError(path.error().message);
    else if (!path->isEmpty())
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(*path)), 5000);
}

void MainWindow::restoreBackup()
{
    if (!book())
        return;
    const auto copy = BookFileDialogs::restoreCopy(this, *book());
    if (!copy) {
        showError(copy.error().message);
        return;
    }
    if (copy->isEmpty())
        return;
    openBook(*copy);
    statusBar()->showMessage(tr("Opened a copy of the backup: %1").arg(QDir::toNativeSeparators(*copy)), 8000);
}

void MainWindow::addAccount()
{
    if (!book())
        return;
    const auto csms = AccountRepository(*book()).csms();
    AddAccountDialog dialog(book()->currency(), csms ? *csms : QStringList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto draft = dialog.account();
    if (!draft)
        return;
    const Account account = *draft;
    const auto added = m_session->perform(tr("Add %1").arg(account.name),
                                          [account](AccountLifecycle &lifecycle, qint64 previousId) {
                                              Account again = account;
                                              again.id = previousId;
                                              return lifecycle.add(again);
                                          });
    if (added) {
        showView(Accounts);
        m_accounts->detail()->showAccount(added->accountId);
    }
}

void MainWindow::openAccount(qint64 id)
{
    showView(Accounts);
    m_accounts->selectAccount(id);
    if (m_accounts->detail()->accountId() != id)
        m_accounts->detail()->showAccount(id);
}

// From an account shown in the Accounts view: for that account; anywhere else, a new entry.
void MainWindow::logVoc()
{
    if (m_view == Accounts && m_accounts->detail()->accountId() != 0)
        m_accounts->detail()->logVoc();
    else
        m_voc->newEntry();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("CS Workbench"), message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CS Workbench"),
                       tr("<b>CS Workbench %1</b><p>A workbench for customer-success teams: the "
                          "book of accounts, their health, and the voice of the customer for "
                          "product and marketing.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentBooks;
    menu->clear();
    const QStringList books = Settings::recentBooks().value();
    for (const QString &path : books) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openBook(path); });
    }
    menu->setEnabled(!books.isEmpty());
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = Settings::windowGeometry().value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(Settings::windowState().value());
    m_accounts->restoreLayout();
    m_voc->restoreLayout();
}

void MainWindow::saveLayout()
{
    Settings::windowGeometry().setValue(saveGeometry());
    Settings::windowState().setValue(saveState());
    Settings::lastView().setValue(m_view);
    m_accounts->saveLayout();
    m_voc->saveLayout();
}

ImportWizard *MainWindow::startImport(const QString &path)
{
    if (!book())
        return nullptr;
    auto *wizard = new ImportWizard(*m_session, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (book() && !ImportWizard::importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportWizard::importableFile(event->mimeData());
    if (!book() || path.isEmpty())
        return;
    event->acceptProposedAction();
    startImport(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_session->close();   // makes the automatic backup of a changed book
    QMainWindow::closeEvent(event);
}

} // namespace csw
