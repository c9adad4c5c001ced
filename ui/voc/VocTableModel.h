// SPDX-License-Identifier: MIT
#pragma once

#include "common/PageCache.h"
#include "voc/VocQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace csw {

class BookSession;

// The VOC entries as a table, filtered and ranked in SQL (VocQuery, with each entry's impact)
// and loaded a page at a time as the view asks for rows. Read-only: entries change through the
// session's undoable commands, and the model refreshes from its change signals.
class VocTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Kind, Target, Status, Tags, Text, Accounts, Arr, WeightedArr,
                  AtRiskArr, ChurnedArr, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = PageCache<QVariantList>::PageSize;

    explicit VocTableModel(BookSession &session, QObject *parent = nullptr);

    void setFilter(const VocFilter &filter);
    const VocFilter &filter() const { return m_filter; }
    void setRanking(VocSort sort);
    VocSort ranking() const { return m_sort; }
    // The ranking a column's header sorts by, if it has one.
    static std::optional<VocSort> rankingOf(int column);
    static int columnOf(VocSort sort);

    qint64 entryId(int row) const;
    // The row of entry `id` among the first `limit` rows, or -1.
    int rowOf(qint64 id, int limit = PageSize) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int cachedPages() const { return m_pages.size(); }

    // While paused (its view is hidden), a new book or a change only marks the rows stale;
    // resuming reloads them once.
    void setPaused(bool paused);

private:
    using Row = QVariantList;   // VocQuery's columns
    void reload();
    void refresh();
    int countRows() const;
    const Row *row(int index) const;
    QVariant display(const Row &row, int column) const;

    BookSession &m_session;
    VocFilter m_filter;
    VocSort m_sort = VocSort::WeightedArr;
    int m_count = 0;
    bool m_paused = false;
    bool m_stale = false;
    PageCache<Row> m_pages;
};

} // namespace csw
