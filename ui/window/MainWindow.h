// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace csw {

class AccountsView;
class Book;
class BookSession;
class ImportWizard;
class MainActions;
class MyDayView;
class VocBoardView;
class PortfolioView;
class WelcomeView;

// The workbench window: wires the session, the actions and the views together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum View { MyDay, Accounts, Voc, Portfolio };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` as the book; on failure shows why and keeps the book that was open.
    bool openBook(const QString &path);
    Book *book() const;
    BookSession &session() const { return *m_session; }
    MainActions &actions() const { return *m_actions; }
    AccountsView *accountsView() const { return m_accounts; }
    VocBoardView *vocBoard() const { return m_voc; }
    PortfolioView *portfolioView() const { return m_portfolio; }
    MyDayView *myDayView() const { return m_myDay; }
    void showView(int view);
    int currentView() const;

    // Opens the import wizard (window-modal, not blocking), with `path` pre-filled if given.
    ImportWizard *startImport(const QString &path = {});

    // Where the demo book lives: the application's data folder.
    static QString demoBookPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .csv, .tsv or .txt file dropped on the window opens the import wizard.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void activateViews();
    void connectActions();
    void newBook();
    void chooseBook();
    void connectTeamBook();
    void openDemoBook();
    void backupBook();
    void restoreBackup();
    void addAccount();
    void openAccount(qint64 id);
    void logVoc();
    void showError(const QString &message);
    void showStatus(const QString &message);   // a line in the status bar for a while
    void showAbout();
    void bookChanged();
    void updateRecentMenu();
    void restoreLayout();
    void saveLayout();

    BookSession *m_session;
    MainActions *m_actions;
    QStackedWidget *m_stack;
    AccountsView *m_accounts;
    VocBoardView *m_voc;
    PortfolioView *m_portfolio;
    MyDayView *m_myDay;
    WelcomeView *m_welcome;
    QLabel *m_bookLabel;
    int m_view = Accounts;
};

} // namespace csw
