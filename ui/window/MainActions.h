// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace csw {

// The window's actions, menus and toolbar, with their standard shortcuts. The window connects
// them; this class only builds them.
class MainActions final : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    QAction *newBook;
    QAction *openBook;
    QAction *connectTeamBook;
    QMenu *recentBooks;
    QAction *backupBook;
    QAction *restoreBackup;
    QAction *importFile;
    QAction *exportVoc;
    QAction *closeBook;
    QAction *printPortfolio;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *find;
    QAction *preferences;
    QAction *addAccount;
    QAction *moveStage;
    QAction *churn;
    QAction *renew;
    QAction *logVoc;
    QList<QAction *> views;   // My Day, Accounts, VOC, Portfolio: Ctrl+1 … Ctrl+4
    QAction *about;
    QAction *aboutQt;

    // Actions that need an open book.
    QList<QAction *> bookActions() const;

private:
    void buildFileMenu(QMenu *file);
    void buildEditMenu(QMenu *edit, QUndoStack *undoStack);
    void buildViewMenu(QMenu *view);
    void buildAccountMenu(QMenu *account);
    void buildToolBar(QMainWindow *window);
};

} // namespace csw
