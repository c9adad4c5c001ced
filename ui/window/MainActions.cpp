// SPDX-License-Identifier: MIT
#include "window/MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace csw {

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack) : QObject(window)
{
    buildFileMenu(window->menuBar()->addMenu(tr("&File")));
    buildEditMenu(window->menuBar()->addMenu(tr("&Edit")), undoStack);
    buildViewMenu(window->menuBar()->addMenu(tr("&View")));
    buildAccountMenu(window->menuBar()->addMenu(tr("&Account")));
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    about = help->addAction(tr("&About CS Workbench"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    buildToolBar(window);
}

void MainActions::buildFileMenu(QMenu *file)
{
    newBook = file->addAction(tr("&New Book…"));
    newBook->setShortcut(QKeySequence::New);
    openBook = file->addAction(tr("&Open Book…"));
    openBook->setShortcut(QKeySequence::Open);
    connectTeamBook = file->addAction(tr("Connect to &Team Book…"));
    connectTeamBook->setStatusTip(tr("Open the book your team shares on a PostgreSQL server"));
    recentBooks = file->addMenu(tr("Open &Recent"));
    backupBook = file->addAction(tr("&Back Up Book…"));
    backupBook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    restoreBackup = file->addAction(tr("Restore from Bac&kup…"));
    restoreBackup->setStatusTip(tr("Open a copy of one of this book's automatic backups; the book "
                                   "itself is not overwritten"));
    file->addSeparator();
    importFile = file->addAction(tr("&Import…"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFile->setStatusTip(tr("Import accounts, health measures, VOC or NPS answers from a CSV "
                                "or TSV file (or drop the file on the window)"));
    exportVoc = file->addAction(tr("&Export VOC Report…"));
    closeBook = file->addAction(tr("&Close Book"));
    closeBook->setShortcut(QKeySequence::Close);
    file->addSeparator();
    printPortfolio = file->addAction(tr("&Print Portfolio Report…"));
    printPortfolio->setShortcut(QKeySequence::Print);
    file->addSeparator();
    quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainActions::buildEditMenu(QMenu *edit, QUndoStack *undoStack)
{
    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    // A command's text may hold a whole VOC text or a long company name: the menu shows its
    // start (the full text is the tooltip), so the menu keeps its width.
    const auto name = [](QAction *action, const QString &prefix, const QString &command) {
        constexpr int Shown = 40;
        const QString shown = command.size() > Shown ? command.left(Shown - 1) + QChar(0x2026) : command;
        // An "&" in a name (Johnson & Johnson) is text, not a mnemonic.
        QString text = shown;
        text.replace(u'&', QStringLiteral("&&"));
        action->setText(command.isEmpty() ? prefix : tr("%1 %2").arg(prefix, text));
        action->setToolTip(command);
    };
    connect(undoStack, &QUndoStack::undoTextChanged, undo, [this, name](const QString &command) {
        name(undo, tr("&Undo"), command);
    });
    connect(undoStack, &QUndoStack::redoTextChanged, redo, [this, name](const QString &command) {
        name(redo, tr("&Redo"), command);
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    preferences = edit->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainActions::buildViewMenu(QMenu *view)
{
    auto *group = new QActionGroup(this);
    const QStringList names = {tr("&My Day"), tr("&Accounts"), tr("&Voice of the Customer"),
                               tr("&Portfolio")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = view->addAction(names[i]);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(i);
        group->addAction(action);
        views << action;
    }
}

void MainActions::buildAccountMenu(QMenu *account)
{
    addAccount = account->addAction(tr("&Add Account…"));
    addAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    moveStage = account->addAction(tr("&Move to Stage…"));
    moveStage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    renew = account->addAction(tr("&Renew…"));
    churn = account->addAction(tr("&Churn…"));
    account->addSeparator();
    logVoc = account->addAction(tr("&Log VOC…"));
    logVoc->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    logVoc->setStatusTip(tr("Log what a customer said, for product and marketing"));
}

void MainActions::buildToolBar(QMainWindow *window)
{
    // Toolbar buttons read without the menus' accelerators and ellipses.
    newBook->setIconText(tr("New Book"));
    openBook->setIconText(tr("Open Book"));
    addAccount->setIconText(tr("Add Account"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    const QStringList viewNames = {tr("My Day"), tr("Accounts"), tr("VOC"), tr("Portfolio")};
    for (int i = 0; i < views.size(); ++i)
        views[i]->setIconText(viewNames[i]);

    QToolBar *toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(newBook);
    toolbar->addAction(openBook);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(addAccount);
    toolbar->addSeparator();
    for (QAction *action : std::as_const(views))
        toolbar->addAction(action);
}

QList<QAction *> MainActions::bookActions() const
{
    QList<QAction *> actions = {backupBook, restoreBackup, importFile, exportVoc, closeBook, printPortfolio, find,
                                addAccount, moveStage,  renew,     churn,     logVoc};
    return actions + views;
}

} // namespace csw
