// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/Work.h"

#include <QAbstractTableModel>

namespace csw {

// An account's activities, newest first: when, what kind, who, the text, and the VOC entry
// it produced.
class ActivityListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Kind, Author, With, Voc, Text, ColumnCount };

    explicit ActivityListModel(QObject *parent = nullptr);

    void setActivities(const QList<Activity> &activities);
    const Activity *activity(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Activity> m_activities;
};

} // namespace csw
