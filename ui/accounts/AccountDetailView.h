// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "book/BookSession.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace csw {

class AccountFieldsForm;
class AccountTasksPanel;
class ActivityPanel;
class AccountVocPanel;
class ArrHistoryModel;
class HealthPanel;
class NpsPanel;
class ContactsPanel;
class HandoffPanel;
class StageHistoryModel;
class SuccessPlanPanel;

// One account in full: its fields, edited in place (each edit an undoable command), its stage
// timeline with "Move to stage…", its ARR history, churn and renewal, its health, its success
// plan, tasks and activities, and the voice of the customer it is behind.
class AccountDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailView(BookSession &session, QWidget *parent = nullptr);
    ~AccountDetailView() override;

    // Shows account `id`, or nothing for 0.
    void showAccount(qint64 id);
    qint64 accountId() const { return m_id; }
    HealthPanel *healthPanel() const { return m_health; }
    NpsPanel *npsPanel() const { return m_nps; }
    ContactsPanel *contactsPanel() const { return m_contacts; }
    HandoffPanel *handoffPanel() const { return m_handoff; }
    AccountVocPanel *vocPanel() const { return m_voc; }
    ActivityPanel *activityPanel() const { return m_activities; }
    AccountTasksPanel *tasksPanel() const { return m_tasks; }
    SuccessPlanPanel *successPlanPanel() const { return m_plan; }

public Q_SLOTS:
    void moveToStage();      // opens the "Move to stage" dialog for the shown account
    void churnAccount();     // opens the churn dialog
    void renewAccount();     // opens the renewal dialog
    void logVoc();           // opens the VOC log dialog with the shown account filled in

Q_SIGNALS:
    void openVocEntryRequested(qint64 entryId);

private:
    // Reads the shown account and its history from the book again; shows nothing if it is gone.
    void reload();
    void onAccountChanged(qint64 id, AccountFields what);
    void commitEdit(const QString &field, const AccountChanges &changes);
    // Runs `changes` based on the account as `seen`; when someone else changed it meanwhile,
    // shows the conflict and, when the person chooses, applies the edit on top of theirs.
    void edit(const QString &field, const AccountChanges &changes, const Account &seen);
    // Runs one action on the shown account; the session reports a failure.
    void run(const QString &text, const BookSession::Action &action);
    void showHeader();
    // A titled group of `content` added at the end of the detail.
    QGroupBox *group(const QString &title, QWidget *content, const char *name, int stretch = 1);
    static QTableView *historyTable(QAbstractItemModel *model, const char *name, QWidget *parent);
    QTableView *m_stageTable = nullptr;

    BookSession &m_session;
    qint64 m_id = 0;
    std::optional<Account> m_account;
    QTimer *m_reloadLater = nullptr;   // a reload put off while the person is typing
    QLabel *m_name;
    QLabel *m_stage;
    QLabel *m_churn;
    AccountFieldsForm *m_form;
    StageHistoryModel *m_stages;
    ArrHistoryModel *m_arrEvents;
    QPushButton *m_move;
    QPushButton *m_churnButton;
    QPushButton *m_renew;
    QGroupBox *m_arrGroup = nullptr;
    HealthPanel *m_health;
    NpsPanel *m_nps;
    ContactsPanel *m_contacts;
    HandoffPanel *m_handoff;
    QVBoxLayout *m_layout = nullptr;
    QGroupBox *m_handoffGroup = nullptr;
    QGroupBox *m_contactsGroup = nullptr;
    AccountVocPanel *m_voc;
    ActivityPanel *m_activities;
    AccountTasksPanel *m_tasks;
    SuccessPlanPanel *m_plan;
};

} // namespace csw
