// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace csw {

class AccountRowModel;
class AlertsView;
class BookSession;
class SegmentChooser;
class ReminderRunner;
class RemindersBar;
class TaskTableModel;

// My Day: the open tasks overdue, due today and due this week; the renewals within the first
// reminder window; the open health alerts; the onboarding accounts still without a quick win.
// Everything for one CSM ("me", a preference) or for everyone. Checking a task off is undoable;
// a double click opens the account. Renewal reminders are made when a book opens and on
// request, off the GUI thread. Reads the book with a few limited, indexed queries when shown
// after a change, not on every change.
class MyDayView final : public QWidget
{
    Q_OBJECT

public:
    enum Section { Overdue, Today, ThisWeek, SectionCount };
    // No section lists more rows than this; its title says when it is cut.
    static constexpr int RowLimit = 200;
    // A champion or decision maker who left within this many days is listed (issue 18).
    static constexpr int PeopleLeftDays = 90;

    explicit MyDayView(BookSession &session, QWidget *parent = nullptr);
    ~MyDayView() override;

    TaskTableModel *taskModel(Section section) const { return m_tasks[section]; }
    QTableView *taskTable(Section section) const { return m_taskTables[section]; }
    AccountRowModel *renewalsModel() const { return m_renewals; }
    AccountRowModel *onboardingModel() const { return m_onboarding; }
    AccountRowModel *peopleModel() const { return m_people; }
    AlertsView *alertsView() const { return m_alerts; }
    QComboBox *csmCombo() const { return m_csm; }
    ReminderRunner *reminderRunner() const { return m_runner; }
    RemindersBar *remindersBar() const { return m_remindersBar; }
    // The CSM shown; empty for everyone.
    QString csm() const;
    void setCsm(const QString &csm);
    // Reads the book now.
    void reload();
    // Reminders are made unasked as a book opens up to this many; more wait for a yes.
    static constexpr int AskAbove = 50;

public Q_SLOTS:
    // Reads the preferences again (me, the quick-win days) and shows the book with them.
    void preferencesChanged();
    void makeRenewalReminders();
    // Marks the selected task done (undoable).
    void checkOffSelected();
    void openSelectedAccount();

Q_SIGNALS:
    void openAccountRequested(qint64 accountId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void shareHeight();
    void changed();
    void bookOpened();
    void fillCsms();
    void checkTask(Section section, int row, bool done);
    void remindersMade(int made);
    // More reminders are due than a book's opening makes unasked: asks before making them.
    void remindersWaiting(int due);
    void updateButtons();
    void connectTables();
    void connectReminders();
    void connectSession();
    QWidget *taskColumn();
    QHBoxLayout *header();
    QWidget *accountColumn();
    QTableView *focusedTable() const;

    BookSession &m_session;
    TaskTableModel *m_tasks[SectionCount];
    QTableView *m_taskTables[SectionCount];
    QGroupBox *m_taskGroups[SectionCount];
    AccountRowModel *m_renewals;
    AccountRowModel *m_onboarding;
    AccountRowModel *m_people;
    QTableView *m_renewalTable = nullptr;
    QTableView *m_onboardingTable = nullptr;
    QTableView *m_peopleTable = nullptr;
    QGroupBox *m_renewalGroup = nullptr;
    QGroupBox *m_onboardingGroup = nullptr;
    QGroupBox *m_peopleGroup = nullptr;
    AlertsView *m_alerts;
    QLabel *m_title;
    QComboBox *m_csm;
    SegmentChooser *m_segment;
    QPushButton *m_done;
    QPushButton *m_open;
    QPushButton *m_remind;
    ReminderRunner *m_runner;
    RemindersBar *m_remindersBar;
    QTableView *m_lastTable = nullptr;
    bool m_stale = true;
    bool m_csmsStale = true;   // the CSM choices wait for My Day to show
    bool m_remindOnOpen = false;
};

} // namespace csw
