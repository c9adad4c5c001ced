// SPDX-License-Identifier: MIT
#include "tasks/TaskTableModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace csw {

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setTasks(const QList<TaskRow> &tasks, const Date &today)
{
    beginResetModel();
    m_tasks = tasks;
    m_today = today;
    endResetModel();
}

const TaskRow *TaskTableModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

int TaskTableModel::rowOf(qint64 taskId) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).task.id == taskId)
            return int(i);
    }
    return -1;
}

QString TaskTableModel::originText(const QString &origin)
{
    const QString kind = origin.section(QLatin1Char(':'), 0, 0);
    const QString detail = origin.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("playbook")) {
        const auto stage = Stages::fromKey(detail);
        return tr("Playbook: %1").arg(stage ? Stages::label(*stage) : detail);
    }
    if (kind == QLatin1String("renewal"))
        return tr("Renewal reminder (%1 days)").arg(detail);
    if (kind == QLatin1String("manual") || kind.isEmpty())
        return tr("By hand");
    return origin;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow &row = m_tasks.at(index.row());
    const Task &t = row.task;
    const bool open = t.status == TaskStatus::Open;
    switch (role) {
    case TaskIdRole:
        return t.id;
    case AccountIdRole:
        return t.accountId;
    case Qt::CheckStateRole:
        return index.column() == Title ? QVariant(t.status == TaskStatus::Done ? Qt::Checked : Qt::Unchecked)
                                       : QVariant();
    case Qt::ForegroundRole:
        if (!open)
            return QBrush(QColor(Qt::gray));
        if (index.column() == Due && !m_today.is_special() && t.dueOn < m_today)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (t.status == TaskStatus::Done && index.column() == Title) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return open ? tr("%1 · check to mark it done; Ctrl+Z takes it back").arg(originText(t.origin))
                        : originText(t.origin);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return WorkNames::shownTitle(t);
    case AccountName:
        return row.accountName;
    case Due:
        return Formatting::date(t.dueOn.is_special() ? std::nullopt : std::optional<Date>(t.dueOn));
    case Owner:
        return t.owner;
    case Origin:
        return originText(t.origin);
    case StatusColumn:
        return t.closedOn ? tr("%1 on %2").arg(WorkNames::label(t.status), Formatting::date(t.closedOn))
                          : WorkNames::label(t.status);
    default:
        return {};
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Title || !task(index.row()))
        return false;
    if (m_tasks.at(index.row()).task.status == TaskStatus::Cancelled)
        return false;
    Q_EMIT checkRequested(index.row(), value.toInt() == Qt::Checked);
    return false;   // the command reloads the model
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Title && task(index.row()) && task(index.row())->task.status != TaskStatus::Cancelled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Task");
    case AccountName:
        return tr("Account");
    case Due:
        return tr("Due");
    case Owner:
        return tr("Owner");
    case Origin:
        return tr("Origin");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace csw
