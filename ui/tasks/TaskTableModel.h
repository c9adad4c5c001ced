// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/MyDayQueries.h"

#include <QAbstractTableModel>

namespace csw {

// Tasks as a table: the title with a check box (checked when done), the account, the due
// date (red when overdue), the owner, where the task came from, and its status. Checking a box
// does not write: it asks, through checkRequested, for an undoable command.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, AccountName, Due, Owner, Origin, StatusColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, AccountIdRole };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskRow> &tasks, const Date &today);
    const TaskRow *task(int row) const;
    int rowOf(qint64 taskId) const;
    // "By hand", "Playbook: Onboarding", "Renewal reminder (90 days)".
    static QString originText(const QString &origin);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user checked (done) or unchecked (open again) the task on `row`.
    void checkRequested(int row, bool done);

private:
    QList<TaskRow> m_tasks;
    Date m_today;
};

} // namespace csw
