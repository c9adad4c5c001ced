// SPDX-License-Identifier: MIT
#include "voc/VocTableModel.h"

#include "book/Book.h"
#include "book/BookSession.h"
#include "common/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace csw {

namespace {
constexpr int ShownTextLength = 160;   // the view elides; the tooltip holds more
constexpr int TooltipTextLength = 1000;

const QList<std::pair<int, VocSort>> &rankings()
{
    static const QList<std::pair<int, VocSort>> list = {
        {VocTableModel::Id, VocSort::Id},
        {VocTableModel::Date, VocSort::Date},
        {VocTableModel::Accounts, VocSort::Accounts},
        {VocTableModel::Arr, VocSort::Arr},
        {VocTableModel::WeightedArr, VocSort::WeightedArr},
        {VocTableModel::AtRiskArr, VocSort::AtRiskArr}};
    return list;
}

// The model's column in VocQuery's row.
int queryColumn(int column)
{
    switch (column) {
    case VocTableModel::Id: return VocQuery::Id;
    case VocTableModel::Date: return VocQuery::LoggedOn;
    case VocTableModel::Kind: return VocQuery::Kind;
    case VocTableModel::Target: return VocQuery::Target;
    case VocTableModel::Status: return VocQuery::Status;
    case VocTableModel::Tags: return VocQuery::Tags;
    case VocTableModel::Text: return VocQuery::Text;
    case VocTableModel::Accounts: return VocQuery::Accounts;
    case VocTableModel::Arr: return VocQuery::Arr;
    case VocTableModel::WeightedArr: return VocQuery::WeightedArr;
    case VocTableModel::AtRiskArr: return VocQuery::AtRiskArr;
    case VocTableModel::ChurnedArr: return VocQuery::ChurnedArr;
    }
    return -1;
}
} // namespace

VocTableModel::VocTableModel(BookSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &BookSession::bookOpened, this, &VocTableModel::reload);
    connect(&session, &BookSession::bookClosed, this, &VocTableModel::reload);
    connect(&session, &BookSession::vocChanged, this, &VocTableModel::refresh);
    // An account's ARR, health or stage moves the impact of its entries.
    connect(&session, &BookSession::accountChanged, this, [this](qint64, AccountFields what) {
        if (what & VocImpactFields)
            refresh();
    });
    connect(&session, &BookSession::accountsAddedOrRemoved, this, &VocTableModel::refresh);
    reload();
}

void VocTableModel::setFilter(const VocFilter &filter)
{
    m_filter = filter;
    reload();
}

void VocTableModel::setRanking(VocSort sort)
{
    m_sort = sort;
    reload();
}

std::optional<VocSort> VocTableModel::rankingOf(int column)
{
    for (const auto &[c, sort] : rankings()) {
        if (c == column)
            return sort;
    }
    return std::nullopt;
}

int VocTableModel::columnOf(VocSort sort)
{
    for (const auto &[c, s] : rankings()) {
        if (s == sort)
            return c;
    }
    return -1;
}

int VocTableModel::countRows() const
{
    Book *book = m_session.book();
    if (!book)
        return 0;
    QVariantList values;
    auto query = book->prepare(QString::fromUtf8(VocQuery::countSql(book->dialect(), m_filter, values)));
    if (!query)
        return 0;
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    if (!book->exec(*query) || !query->next())
        return 0;
    return query->value(0).toInt();
}

void VocTableModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale)
        reload();
}

void VocTableModel::reload()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_pages.clear();
    m_count = countRows();
    endResetModel();
}

// A change may move rows (the ranking) or add and remove them (the filter, a merge): drop the
// cached pages and let the view ask again for the rows it shows.
void VocTableModel::refresh()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    if (countRows() != m_count) {
        reload();
        return;
    }
    m_pages.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

const VocTableModel::Row *VocTableModel::row(int index) const
{
    Book *book = m_session.book();
    if (!book || index < 0 || index >= m_count)
        return nullptr;
    return m_pages.at(index, [&](qint64 offset, int limit) -> std::optional<QList<Row>> {
        QVariantList values;
        auto query = book->prepare(
            QString::fromUtf8(VocQuery::sql(book->dialect(), m_filter, m_sort, values, offset, limit)));
        if (!query)
            return std::nullopt;
        for (const QVariant &value : std::as_const(values))
            query->addBindValue(value);
        query->setForwardOnly(true);
        if (!book->exec(*query))
            return std::nullopt;
        QList<Row> rows;
        while (query->next()) {
            Row r;
            r.reserve(VocQuery::ColumnCount);
            for (int i = 0; i < VocQuery::ColumnCount; ++i)
                r << query->value(i);
            rows << r;
        }
        return rows;
    });
}

qint64 VocTableModel::entryId(int index) const
{
    const Row *r = row(index);
    return r ? r->at(VocQuery::Id).toLongLong() : 0;
}

int VocTableModel::rowOf(qint64 id, int limit) const
{
    for (int i = 0; i < m_count && i < limit; ++i) {
        if (entryId(i) == id)
            return i;
    }
    return -1;
}

int VocTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int VocTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocTableModel::display(const Row &r, int column) const
{
    const QVariant value = r.at(queryColumn(column));
    switch (column) {
    case Id: return value.toLongLong();
    case Date: return Formatting::date(Dates::parseIso(value.toString()));
    case Kind: {
        const auto kind = VocNames::kindFromKey(value.toString());
        return kind ? VocNames::label(*kind) : value.toString();
    }
    case Target: {   // "both" in short, the full name as the tooltip: the text keeps its room
        const auto target = VocNames::targetFromKey(value.toString());
        if (target == VocTarget::Both)
            return tr("Both");
        return target ? VocNames::label(*target) : value.toString();
    }
    case Status: {
        const auto status = VocNames::statusFromKey(value.toString());
        return status ? VocNames::label(*status) : value.toString();
    }
    case Tags: return value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
    case Text: return value.toString().simplified().left(ShownTextLength);
    case Accounts: return QLocale().toString(value.toLongLong());
    case Arr:
    case WeightedArr:
    case AtRiskArr:
    case ChurnedArr: return Formatting::revenue(value.toLongLong(), m_session.book()->currency());
    }
    return {};
}

QVariant VocTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() >= Accounts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return r->at(VocQuery::Text).toString().left(TooltipTextLength);
        if (index.column() == Accounts)
            return r->at(VocQuery::AccountNames).toString();
        if (index.column() == Target) {
            const auto target = VocNames::targetFromKey(r->at(queryColumn(Target)).toString());
            return target ? VocNames::label(*target) : QVariant();
        }
        if (index.column() == AtRiskArr && r->at(VocQuery::AccountsAtRisk).toLongLong() > 0)
            return tr("Accounts at risk (red health or churn prevention): %1")
                .arg(QLocale().toString(r->at(VocQuery::AccountsAtRisk).toLongLong()));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AtRiskArr && r->at(VocQuery::AtRiskArr).toLongLong() > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case EntryIdRole:
        return r->at(VocQuery::Id).toLongLong();
    }
    return {};
}

QVariant VocTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == WeightedArr)
            return Formatting::revenueText(tr("Impact: the ARR of each account times its importance (1 to 3)"));
        if (section == AtRiskArr)
            return Formatting::revenueText(tr("ARR of the accounts in red health or in churn prevention"));
        if (section == ChurnedArr)
            return Formatting::revenueText(tr("ARR lost by the churns that named this entry as behind them"));
        if (rankingOf(section))
            return tr("Click to rank by this column");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("ID");
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Target: return tr("Hand-off to");
    case Status: return tr("Status");
    case Tags: return tr("Tags");
    case Text: return tr("Text");
    case Accounts: return tr("Accounts");
    case Arr: return Formatting::revenueText(tr("ARR"));
    case WeightedArr: return Formatting::revenueText(tr("Weighted ARR"));
    case AtRiskArr: return Formatting::revenueText(tr("ARR at risk"));
    case ChurnedArr: return Formatting::revenueText(tr("Churned ARR"));
    }
    return {};
}

// The rankings have one direction each (highest impact first, newest first): the order asked
// for is ignored, and columns without a ranking keep the current one.
void VocTableModel::sort(int column, Qt::SortOrder)
{
    if (const auto sort = rankingOf(column); sort && *sort != m_sort)
        setRanking(*sort);
}

} // namespace csw
