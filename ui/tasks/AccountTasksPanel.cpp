// SPDX-License-Identifier: MIT
#include "tasks/AccountTasksPanel.h"

#include "common/Allowed.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "tasks/WorkRepository.h"
#include "tasks/ListTable.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace csw {

AccountTasksPanel::AccountTasksPanel(BookSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TaskTableModel(this)),
      m_table(makeListTable(m_model, "accountTaskTable", this)), m_add(new QPushButton(tr("Add tas&k…"), this))
{
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    // The origin shows in the title's tooltip: the detail column is narrow.
    m_table->hideColumn(TaskTableModel::AccountName);
    m_table->hideColumn(TaskTableModel::Origin);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(TaskTableModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(TaskTableModel::Due, 95);
    m_table->setColumnWidth(TaskTableModel::Owner, 90);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AccountTasksPanel::addTask);
    connect(m_model, &TaskTableModel::checkRequested, this, &AccountTasksPanel::check);
    connect(&session, &BookSession::workChanged, this, [this](qint64 id) {
        if (id == m_id || id == 0)
            reload();
    });
    // A stage move makes (and its undo removes) the playbook's tasks; shown tasks name the stage.
    connect(&session, &BookSession::accountChanged, this, [this](qint64 id, AccountFields what) {
        if (id == m_id && what & AccountField::Stage)
            reload();
    });
    reload();
}

void AccountTasksPanel::showAccount(qint64 id)
{
    m_id = id;
    reload();
}

void AccountTasksPanel::reload()
{
    QList<TaskRow> rows;
    Book *book = m_session.book();
    if (book && m_id > 0) {
        TaskFilter filter;
        filter.accountId = m_id;
        if (auto found = WorkRepository(*book).tasks(filter)) {
            for (const Task &t : std::as_const(*found))
                rows << TaskRow{t, QString()};
        }
    }
    m_model->setTasks(rows, Dates::today());
    QString why;
    setAllowed(m_add, m_session.mayChangeAccount(m_id, &why), why);
}

void AccountTasksPanel::check(int row, bool done)
{
    const TaskRow *task = m_model->task(row);
    QString why;
    if (!task || !m_session.mayChangeAccount(task->task.accountId, &why)) {
        if (!why.isEmpty())
            Q_EMIT m_session.errorOccurred(why);
        return;
    }
    if (const Status ok = m_session.run(std::make_unique<SetTaskStatusCommand>(m_session, task->task, done, Dates::today())); !ok)
        Q_EMIT m_session.errorOccurred(ok.error().message);
}

void AccountTasksPanel::addTask()
{
    Book *book = m_session.book();
    if (!book || m_id == 0)
        return;
    const auto account = AccountRepository(*book).get(m_id);
    if (!account)
        return;
    const auto owners = AccountRepository(*book).csms();
    TaskDialog dialog(owners ? *owners : QStringList(), account->csm, Dates::today(), this);
    const qint64 accountId = m_id;
    dialog.setSubmit([this, &dialog, accountId]() -> Status {
        Task added = dialog.task();
        added.accountId = accountId;
        added.createdOn = Dates::today();   // fixed now: a redo adds it as made today, not on redo's day
        return m_session.run(std::make_unique<AddTaskCommand>(m_session, added));
    });
    dialog.exec();
}

} // namespace csw
