// SPDX-License-Identifier: MIT
#include "accounts/AccountTableModel.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"
#include "health/BandStyle.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace csw {

AccountTableModel::AccountTableModel(BookSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &BookSession::bookOpened, this, &AccountTableModel::reload);
    connect(&session, &BookSession::bookClosed, this, &AccountTableModel::reload);
    connect(&session, &BookSession::accountsAddedOrRemoved, this, &AccountTableModel::refresh);
    connect(&session, &BookSession::accountChanged, this, &AccountTableModel::onAccountChanged);
    reload();
}

void AccountTableModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter && !m_stale)
        return;   // these rows are shown already
    m_filter = filter;
    reload();
}

void AccountTableModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale)
        reload();
}

std::optional<qint64> AccountTableModel::everyAccountCount() const
{
    if (m_paused || m_stale || !m_session.book() || m_filter != AccountFilter())
        return std::nullopt;
    return m_count;
}

void AccountTableModel::reload()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (Book *book = m_session.book()) {
        const auto count = AccountRepository(*book).count(m_filter);
        m_count = count ? int(*count) : 0;
    }
    endResetModel();
}

// A change may move rows (the sort) or add and remove them (the filter, or others' changes):
// drop the cached pages and let the view ask again for the rows it shows. Rows come and go at
// the end, and the selected accounts follow their rows (no reset: the view keeps its
// selection and scroll position).
void AccountTableModel::refresh()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    int count = 0;
    if (Book *book = m_session.book()) {
        const auto counted = AccountRepository(*book).count(m_filter);
        count = counted ? int(*counted) : 0;
    }
    // The accounts the view holds on to (selection, current row), by row, before rows move.
    QHash<int, qint64> heldIds;
    for (const QModelIndex &i : persistentIndexList())
        heldIds.insert(i.row(), accountId(i.row()));
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
    m_pages.clear();
    followHeldAccounts(heldIds);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

// A change that may move the account in or out of the list, or within it, refreshes the rows;
// one to what the table shows re-reads that account alone where its row is held; anything else
// (who changed it, its history) leaves the table as it is.
void AccountTableModel::onAccountChanged(qint64 id, AccountFields what)
{
    constexpr AccountFields shown = AccountField::Name | AccountField::Csm | AccountField::Touch
                                    | AccountField::Plan | AccountField::Stage | AccountField::Health
                                    | AccountField::Arr | AccountField::Renewal;
    if (what & (fieldsOf(m_filter) | fieldsOf(m_sort)))
        return refresh();
    Book *book = m_session.book();
    if (!(what & shown) || !book)
        return;
    if (m_paused) {
        m_stale = true;
        return;
    }
    bool lost = false;   // it could not be read again: the rows are read anew
    const int row = m_pages.update([id](const Account &held) { return held.id == id; }, [&](Account &held) {
        auto now = AccountRepository(*book).get(id);
        if (now)
            held = *now;
        lost = !now;
    });
    if (lost)
        return refresh();
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

// Moves the view's held indexes to the rows their accounts now have, looked for near where
// they were (an account that moved further keeps its row).
void AccountTableModel::followHeldAccounts(const QHash<int, qint64> &ids)
{
    if (ids.isEmpty())
        return;
    // The selection model turns its ranges into single indexes here: all of them follow.
    Q_EMIT layoutAboutToBeChanged();
    for (const QModelIndex &from : persistentIndexList()) {
        const qint64 id = ids.value(from.row());
        if (!from.isValid() || id == 0 || accountId(from.row()) == id)
            continue;
        const int first = std::max(0, from.row() - PageSize), last = std::min(m_count - 1, from.row() + PageSize);
        for (int row = first; row <= last; ++row) {
            if (accountId(row) == id) {
                changePersistentIndex(from, index(row, from.column()));
                break;
            }
        }
    }
    Q_EMIT layoutChanged();
}

const Account *AccountTableModel::account(int row) const
{
    Book *book = m_session.book();
    if (!book || row < 0 || row >= m_count)
        return nullptr;
    return m_pages.at(row, [&](qint64 offset, int limit) -> std::optional<QList<Account>> {
        auto loaded = AccountRepository(*book).page(m_filter, m_sort, m_descending, offset, limit, m_count);
        return loaded ? std::optional(std::move(*loaded)) : std::nullopt;
    });
}

qint64 AccountTableModel::accountId(int row) const
{
    const Account *a = account(row);
    return a ? a->id : 0;
}

int AccountTableModel::rowOf(qint64 id) const
{
    Book *book = m_session.book();
    if (!book || id <= 0)
        return -1;
    const auto at = AccountRepository(*book).position(m_filter, m_sort, m_descending, id);
    return at && *at && **at < m_count ? int(**at) : -1;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::display(const Account &a, int column) const
{
    switch (column) {
    case Name: return a.name;
    case Csm: return a.csm;
    case Touch: return Stages::label(a.touch);
    case Plan: return a.plan;
    case Stage: return Stages::label(a.stage);
    case Health:   // the score and its band ("72 Green"): sorted by the score
        if (!a.healthBand)
            return QString();
        return a.healthScore ? tr("%1 %2").arg(QLocale().toString(std::lround(*a.healthScore)),
                                              Scorecard::bandLabel(*a.healthBand))
                             : Scorecard::bandLabel(*a.healthBand);
    case Arr: return Formatting::revenue(a.arr, m_session.book()->currency());
    case Renewal: return Formatting::date(a.renewalOn);
    case DaysToRenewal:
        if (!a.renewalOn || a.isChurned())
            return QString();
        return QLocale().toString(qlonglong(Dates::daysBetween(Dates::today(), *a.renewalOn)));
    }
    return {};
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Account *a = account(index.row());
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*a, index.column());
    case Qt::EditRole:
        if (index.column() == Name) return a->name;
        if (index.column() == Csm) return a->csm;
        if (index.column() == Plan) return a->plan;
        return display(*a, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Arr || index.column() == DaysToRenewal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Health && a->healthBand)
            return QBrush(BandStyle::tint(*a->healthBand));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Health && a->healthScore)
            return tr("Health score %1 (%2)")
                .arg(QLocale().toString(*a->healthScore, 'f', 1),
                     a->healthBand ? Scorecard::bandLabel(*a->healthBand) : QString());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Health && a->healthBand)
            return QBrush(BandStyle::textOnTint());   // readable on the band's tint
        if (index.column() == DaysToRenewal && a->renewalOn && !a->isChurned()
            && Dates::daysBetween(Dates::today(), *a->renewalOn) < 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));   // renewal date passed
        if (a->isChurned())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case AccountIdRole:
        return a->id;
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DaysToRenewal)
        return tr("Days to renewal");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Csm: return tr("CSM");
    case Touch: return tr("Touch model");
    case Plan: return tr("Plan");
    case Stage: return tr("Stage");
    case Health: return tr("Health");
    case Arr: return Formatting::revenueText(tr("ARR"));
    case Renewal: return tr("Renewal date");
    case DaysToRenewal: return tr("Days left");
    }
    return {};
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() == Csm || index.column() == Plan))
        f |= Qt::ItemIsEditable;
    return f;
}

// Never edits the book itself: pushes an undoable command; the change signal refreshes the rows.
bool AccountTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Account *a = account(index.row());
    if (!a)
        return false;
    const QString text = value.toString().trimmed();
    AccountChanges changes;
    QString what;
    switch (index.column()) {
    case Name:
        if (text == a->name || text.isEmpty())
            return false;
        changes.name = text;
        what = tr("Rename %1").arg(a->name);
        break;
    case Csm:
        if (text == a->csm)
            return false;
        changes.csm = text.isEmpty() ? QString() : text;
        what = tr("Change the CSM of %1").arg(a->name);
        break;
    case Plan:
        if (text == a->plan)
            return false;
        changes.plan = text.isEmpty() ? QString() : text;
        what = tr("Change the plan of %1").arg(a->name);
        break;
    default:
        return false;
    }
    const qint64 id = a->id;
    const Date today = Dates::today();   // fixed now, so that redo records the same day
    return m_session
        .perform(
            what, [=](AccountLifecycle &lifecycle, qint64) { return lifecycle.edit(id, changes, today); },
            QString::number(index.column()))
        .hasValue();
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, AccountSort> sorts = {
        {Name, AccountSort::Name},   {Csm, AccountSort::Csm},      {Touch, AccountSort::Touch},
        {Plan, AccountSort::Plan},   {Stage, AccountSort::Stage},  {Health, AccountSort::Health},
        {Arr, AccountSort::Arr},     {Renewal, AccountSort::Renewal},
        {DaysToRenewal, AccountSort::Renewal},
    };
    const AccountSort sort = sorts.value(column, AccountSort::Name);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;   // in this order already
    m_sort = sort;
    m_descending = descending;
    if (m_paused || m_stale) {
        m_stale = true;
        return;
    }
    // The same rows in another order: their count stands, the pages are read again.
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

} // namespace csw
