// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/ArrEventRepository.h"
#include "common/Money.h"

#include <QAbstractTableModel>
#include <QList>

namespace csw {

// An account's ARR events (new business, expansion, contraction, churn), oldest first, with
// the amounts in the book's currency. Read-only: ARR changes through the detail form.
class ArrHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OccurredOn, Kind, ArrBefore, ArrAfter, Change, Note, ColumnCount };

    explicit ArrHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<ArrEvent> &events, const Currency &currency);
    const QList<ArrEvent> &events() const { return m_events; }

    // "Expansion", translated.
    static QString kindLabel(ArrChange kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ArrEvent> m_events;
    Currency m_currency;
};

} // namespace csw
