// SPDX-License-Identifier: MIT
#pragma once

#include "health/NpsAnswers.h"

#include <QAbstractTableModel>

namespace csw {

// An account's NPS answers, newest first: day, score, group, respondent, comment and the VOC
// entry made from it.
class NpsListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Score, Group, Respondent, Voc, Comment, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAnswers(const QList<NpsAnswer> &answers);
    const QList<NpsAnswer> &answers() const { return m_answers; }
    static QString groupLabel(NpsAnswer::Group group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NpsAnswer> m_answers;
};

} // namespace csw
