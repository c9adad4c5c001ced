// SPDX-License-Identifier: MIT
#include "tasks/MyDayView.h"

#include "accounts/AccountRepository.h"
#include "accounts/SegmentChooser.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "common/FrozenColumn.h"
#include "health/AlertsView.h"
#include "tasks/ReminderRunner.h"
#include "tasks/RemindersBar.h"
#include "settings/Settings.h"
#include "tasks/MyDayQueries.h"
#include "tasks/RenewalReminders.h"
#include "tasks/AccountRowModel.h"
#include "tasks/ListTable.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskTableModel.h"

#include <QComboBox>
#include <QBoxLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace csw {

namespace {

static_assert(int(AccountRowModel::AccountIdRole) == int(TaskTableModel::AccountIdRole));

// "Overdue (3)", or "Overdue (first 200)" when the list is cut.
QString titled(const QString &title, int rows)
{
    return rows >= MyDayView::RowLimit ? MyDayView::tr("%1 (first %2)").arg(title).arg(rows)
                                       : MyDayView::tr("%1 (%2)").arg(title).arg(rows);
}

} // namespace

MyDayView::MyDayView(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_renewals(new AccountRowModel(AccountRowModel::Renewals, this)),
      m_onboarding(new AccountRowModel(AccountRowModel::Onboarding, this)),
      m_people(new AccountRowModel(AccountRowModel::FollowUp, this)), m_alerts(new AlertsView(session, this)),
      m_title(new QLabel(this)), m_csm(new QComboBox(this)), m_segment(new SegmentChooser(this)), m_done(new QPushButton(tr("Mark &done"), this)),
      m_open(new QPushButton(tr("&Open account"), this)),
      m_remind(new QPushButton(tr("Make &renewal reminders"), this)), m_runner(new ReminderRunner(this)),
      m_remindersBar(new RemindersBar(this))
{
    for (int s = 0; s < SectionCount; ++s)
        m_tasks[s] = new TaskTableModel(this);
    m_title->setObjectName(QStringLiteral("myDayTitle"));
    m_csm->setObjectName(QStringLiteral("csmCombo"));
    m_done->setObjectName(QStringLiteral("checkOffButton"));
    m_open->setObjectName(QStringLiteral("openTaskAccountButton"));
    m_remind->setObjectName(QStringLiteral("remindButton"));
    m_done->setToolTip(tr("Mark the selected task done; Ctrl+Z takes it back"));
    m_remind->setToolTip(tr("Make a task for each renewal whose reminder window has opened (once per window)"));
    m_csm->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setChildrenCollapsible(false);
    top->addWidget(taskColumn());
    top->addWidget(accountColumn());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("myDaySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_alerts);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header());
    layout->addWidget(m_remindersBar);
    layout->addWidget(split, 1);

    connectTables();
    connectReminders();
    connectSession();
    connect(m_alerts, &AlertsView::openAccountRequested, this, &MyDayView::openAccountRequested);
    connect(m_csm, &QComboBox::activated, this, &MyDayView::changed);
    connect(m_segment, &SegmentChooser::segmentChosen, this, &MyDayView::changed);
    connect(m_done, &QPushButton::clicked, this, &MyDayView::checkOffSelected);
    connect(m_open, &QPushButton::clicked, this, &MyDayView::openSelectedAccount);
    fillCsms();
    m_alerts->setCsm(csm());
    reload();
}

// A task checked in a table, and a row double-clicked or made current in any of them.
void MyDayView::connectTables()
{
    for (int s = 0; s < SectionCount; ++s) {
        const auto section = Section(s);
        connect(m_tasks[s], &TaskTableModel::checkRequested, this,
                [this, section](int row, bool done) { checkTask(section, row, done); });
    }
    for (QTableView *table : {m_taskTables[Overdue], m_taskTables[Today], m_taskTables[ThisWeek], m_renewalTable,
                              m_onboardingTable, m_peopleTable}) {
        connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            if (const qint64 id = index.siblingAtColumn(0).data(TaskTableModel::AccountIdRole).toLongLong(); id > 0)
                Q_EMIT openAccountRequested(id);
        });
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, table] {
            m_lastTable = table;
            updateButtons();
        });
    }
}

void MyDayView::connectReminders()
{
    connect(m_remind, &QPushButton::clicked, this, &MyDayView::makeRenewalReminders);
    connect(m_runner, &ReminderRunner::finished, this, &MyDayView::remindersMade);
    connect(m_runner, &ReminderRunner::waiting, this, &MyDayView::remindersWaiting);
    connect(m_remindersBar, &RemindersBar::makeRequested, this, &MyDayView::makeRenewalReminders);
    connect(m_remindersBar, &RemindersBar::declined, this, [this](int due) {
        Q_EMIT statusMessage(tr("Renewal reminders waiting: %1").arg(QLocale().toString(due)));
    });
    connect(m_runner, &ReminderRunner::failed, this, [this](const QString &message) {
        m_remind->setEnabled(true);
        Q_EMIT statusMessage(tr("Renewal reminders were not made: %1").arg(message));
    });
}

// What the day shows changes with the book's tasks, accounts and the book itself.
void MyDayView::connectSession()
{
    connect(&m_session, &BookSession::workChanged, this, &MyDayView::changed);
    connect(&m_session, &BookSession::accountChanged, this, [this](qint64, AccountFields what) {
        constexpr AccountFields shown = AccountField::Name | AccountField::Csm | AccountField::Stage
                                        | AccountField::Renewal | AccountField::Arr | AccountField::Health;
        if (what & shown)
            changed();
    });
    connect(&m_session, &BookSession::accountsAddedOrRemoved, this, [this] {
        fillCsms();
        changed();
    });
    connect(&m_session, &BookSession::bookOpened, this, &MyDayView::bookOpened);
    connect(&m_session, &BookSession::bookClosed, this, [this] {
        m_remindersBar->hide();   // its offer was the closed book's
        fillCsms();
        changed();
    });
}

MyDayView::~MyDayView() = default;

QWidget *MyDayView::taskColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const char *names[] = {"overdueTable", "todayTable", "weekTable"};
    for (int s = 0; s < SectionCount; ++s) {
        m_taskGroups[s] = new QGroupBox(column);
        auto *groupLayout = new QVBoxLayout(m_taskGroups[s]);
        m_taskTables[s] = makeListTable(m_tasks[s], names[s], m_taskGroups[s]);
        // The title takes what the other columns leave: no sideways scrolling.
        QHeaderView *header = m_taskTables[s]->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);
        m_taskTables[s]->setColumnWidth(TaskTableModel::AccountName, 160);
        m_taskTables[s]->setColumnWidth(TaskTableModel::Due, std::max(95, Formatting::dateWidth(fontMetrics())));
        m_taskTables[s]->setColumnWidth(TaskTableModel::Owner, 90);
        m_taskTables[s]->setColumnWidth(TaskTableModel::Origin, 80);
        m_taskTables[s]->hideColumn(TaskTableModel::StatusColumn);
        // In a narrow window the title keeps 12 characters and the other columns scroll.
        new FrozenColumn(m_taskTables[s], TaskTableModel::Title, fontMetrics().averageCharWidth() * 12);
        groupLayout->addWidget(m_taskTables[s]);
        layout->addWidget(m_taskGroups[s], 1);
    }
    return column;
}

QWidget *MyDayView::accountColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_renewalGroup = new QGroupBox(column);
    m_renewalTable = makeListTable(m_renewals, "renewalsTable", m_renewalGroup);
    m_onboardingGroup = new QGroupBox(column);
    m_onboardingTable = makeListTable(m_onboarding, "onboardingTable", m_onboardingGroup);
    m_peopleGroup = new QGroupBox(column);
    m_peopleTable = makeListTable(m_people, "peopleTable", m_peopleGroup);
    for (auto [group, table] : {std::pair{m_renewalGroup, m_renewalTable}, std::pair{m_onboardingGroup, m_onboardingTable},
                                std::pair{m_peopleGroup, m_peopleTable}}) {
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(table);
        QHeaderView *header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(AccountRowModel::AccountName, QHeaderView::Stretch);
        // Wide enough for the values and for the header's own words (longer in Japanese).
        const QList<std::pair<int, int>> widths = {{AccountRowModel::Csm, 90},
                                                   {AccountRowModel::Day, std::max(95, Formatting::dateWidth(fontMetrics()))},
                                                   {AccountRowModel::Days, 55}, {AccountRowModel::Arr, 110}};
        for (const auto &[section, width] : widths) {
            const QString title = table->model()->headerData(section, Qt::Horizontal).toString();
            table->setColumnWidth(section, std::max(width, header->fontMetrics().horizontalAdvance(title) + 20));
        }
        // In a narrow window the name keeps 12 characters and the other columns scroll.
        new FrozenColumn(table, AccountRowModel::AccountName, fontMetrics().averageCharWidth() * 12);
        layout->addWidget(group, 1);
    }
    return column;
}

QString MyDayView::csm() const
{
    return m_csm->currentData().toString();
}

void MyDayView::setCsm(const QString &csm)
{
    int index = m_csm->findData(csm);
    if (index < 0) {
        m_csm->addItem(csm, csm);
        index = m_csm->count() - 1;
    }
    m_csm->setCurrentIndex(index);
    changed();
}

void MyDayView::fillCsms()
{
    m_segment->setBook(m_session.book());   // segments may have come or gone: the choice kept while there
    // The preference, else on a team book a CSM's own name: their accounts first.
    QString current = m_csm->count() > 0 ? csm() : Settings::myCsm().value();
    if (m_csm->count() == 0 && current.isEmpty() && m_session.book())
        current = m_session.book()->member().csm;
    m_csm->clear();
    m_csm->addItem(tr("All CSMs"), QString());
    // The book's CSMs are read when My Day shows: another view opens without waiting on them.
    m_csmsStale = !isVisible();
    if (Book *book = m_session.book(); book && !m_csmsStale) {
        if (auto names = AccountRepository(*book).csms()) {
            for (const QString &name : std::as_const(*names))
                m_csm->addItem(name, name);
        }
    }
    int index = m_csm->findData(current);
    if (index < 0) {
        m_csm->addItem(current, current);
        index = m_csm->count() - 1;
    }
    m_csm->setCurrentIndex(index);
}

void MyDayView::preferencesChanged()
{
    m_csm->clear();   // fillCsms() starts from the preference again
    fillCsms();
    changed();
}

void MyDayView::bookOpened()
{
    m_remindersBar->hide();   // an offer of the book before is not this one's
    m_csm->clear();   // each book starts from the preference (or the CSM who opened it)
    fillCsms();
    changed();
    // The reminders due today are made once a book opens (not for a book only read), after the
    // window has painted: the first look at the book does not wait on them.
    if (m_session.book() && !m_session.book()->isReadOnly()) {
        const Book *opened = m_session.book();
        QTimer::singleShot(1500, this, [this, opened] {
            if (m_session.book() == opened && !m_runner->isBusy()) {
                m_runner->start(opened->path(), AskAbove);
                updateButtons();
            }
        });
    }
}

QHBoxLayout *MyDayView::header()
{
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_csm);
    header->addWidget(showLabel);
    header->addWidget(m_csm);
    auto *segmentLabel = new QLabel(tr("Se&gment:"), this);
    segmentLabel->setBuddy(m_segment);
    header->addWidget(segmentLabel);
    header->addWidget(m_segment);
    header->addStretch(1);
    for (QPushButton *button : {m_done, m_open, m_remind})
        header->addWidget(button);
    return header;
}

void MyDayView::changed()
{
    m_stale = true;
    m_alerts->setCsm(csm());
    m_alerts->setSegment(m_segment->conditions());
    if (isVisible())
        reload();
}

void MyDayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_csmsStale)
        fillCsms();
    if (m_stale)
        reload();
}

void MyDayView::reload()
{
    m_stale = false;
    Book *book = m_session.book();
    const Date today = Dates::today();
    const QString who = csm();
    const int quickWinDays = std::max(0, Settings::quickWinDays().value());
    int window = 90;
    QList<TaskRow> tasks[SectionCount];
    QList<AccountRow> renewals;
    QList<AccountRow> onboarding;
    QList<AccountRow> people;
    QStringList errors;
    const auto take = [&errors](auto &&result, auto &into) {
        if (result)
            into = *result;
        else
            errors << result.error().message;
    };
    if (book) {
        const MyDayQueries queries(*book, m_segment->conditions());
        const auto day = boost::gregorian::days(1);
        take(queries.openTasks(who, std::nullopt, today - day, RowLimit), tasks[Overdue]);
        take(queries.openTasks(who, today, today, RowLimit), tasks[Today]);
        take(queries.openTasks(who, today + day, today + boost::gregorian::days(7), RowLimit), tasks[ThisWeek]);
        if (auto leads = RenewalReminders(*book).leadDays(); leads && !leads->isEmpty())
            window = *std::max_element(leads->cbegin(), leads->cend());
        take(queries.renewals(who, today, window, RowLimit), renewals);
        take(queries.onboardingWithoutQuickWin(who, today, quickWinDays, RowLimit), onboarding);
        take(queries.peopleToFollow(who, today, PeopleLeftDays, RowLimit), people);
    }
    const QString titles[SectionCount] = {tr("Overdue"), tr("Today"), tr("This week")};
    for (int s = 0; s < SectionCount; ++s) {
        m_tasks[s]->setTasks(tasks[s], today);
        m_taskGroups[s]->setTitle(titled(titles[s], int(tasks[s].size())));
    }
    const Currency currency = book ? book->currency() : Currency();
    m_renewals->setRows(renewals, currency, today);
    m_onboarding->setRows(onboarding, currency, today);
    m_people->setRows(people, currency, today);
    m_peopleGroup->setTitle(titled(tr("Hand-offs and people to follow up"), int(people.size())));
    m_renewalGroup->setTitle(titled(tr("Renewals in the next %1 days").arg(window), int(renewals.size())));
    m_onboardingGroup->setTitle(
        titled(tr("Onboarding without a quick win after %1 days").arg(quickWinDays), int(onboarding.size())));
    m_title->setText(tr("My Day: %1").arg(QLocale().toString(Formatting::toQDate(today), QLocale::LongFormat)));
    shareHeight();
    if (!errors.isEmpty())
        Q_EMIT statusMessage(errors.constFirst());
    updateButtons();
}

// The sections of a column share its height by what they hold: a long list gets more of it, an
// empty one little more than its title.
void MyDayView::shareHeight()
{
    const auto share = [](QGroupBox *group, int rows) {
        if (auto *layout = qobject_cast<QBoxLayout *>(group->parentWidget()->layout()))
            layout->setStretchFactor(group, std::clamp(rows, 1, 30));
    };
    for (int s = 0; s < SectionCount; ++s)
        share(m_taskGroups[s], m_tasks[s]->rowCount());
    share(m_renewalGroup, m_renewals->rowCount());
    share(m_onboardingGroup, m_onboarding->rowCount());
    share(m_peopleGroup, m_people->rowCount());
}

QTableView *MyDayView::focusedTable() const
{
    return m_lastTable && m_lastTable->selectionModel()->currentIndex().isValid() ? m_lastTable : nullptr;
}

void MyDayView::updateButtons()
{
    const bool writable = m_session.book() && !m_session.book()->isReadOnly();
    QTableView *table = focusedTable();
    const bool onTask = table && std::find(std::begin(m_taskTables), std::end(m_taskTables), table)
                                     != std::end(m_taskTables);
    m_done->setEnabled(writable && onTask);
    m_open->setEnabled(table);
    m_remind->setEnabled(writable && !m_runner->isBusy());
    m_csm->setEnabled(m_session.book());
}

void MyDayView::checkTask(Section section, int row, bool done)
{
    const TaskRow *task = m_tasks[section]->task(row);
    if (!task || !m_session.book())
        return;
    if (const Status ok = m_session.run(std::make_unique<SetTaskStatusCommand>(m_session, task->task, done, Dates::today())); !ok)
        Q_EMIT m_session.errorOccurred(ok.error().message);
}

void MyDayView::checkOffSelected()
{
    QTableView *table = focusedTable();
    for (int s = 0; s < SectionCount; ++s) {
        if (table == m_taskTables[s])
            checkTask(Section(s), table->selectionModel()->currentIndex().row(), true);
    }
}

void MyDayView::openSelectedAccount()
{
    if (QTableView *table = focusedTable()) {
        const qint64 id = table->selectionModel()->currentIndex().siblingAtColumn(0)
                              .data(TaskTableModel::AccountIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openAccountRequested(id);
    }
}

void MyDayView::makeRenewalReminders()
{
    Book *book = m_session.book();
    if (!book || book->isReadOnly() || m_runner->isBusy())
        return;
    m_runner->start(book->path());
    updateButtons();
}

void MyDayView::remindersWaiting(int due)
{
    updateButtons();
    m_remindersBar->offer(due);
}

void MyDayView::remindersMade(int made)
{
    Q_EMIT statusMessage(made == 0 ? tr("Renewal reminders: none new; every open window has its task.")
                                   : tr("Renewal reminders made: %1 new tasks.").arg(made));
    if (made > 0)
        m_session.notifyWork(0);
    updateButtons();
}

} // namespace csw
