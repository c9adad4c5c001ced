// SPDX-License-Identifier: MIT
#include "metrics/KpiEngine.h"

#include "book/RowStream.h"
#include "metrics/KpiFacts.h"

#include "book/Book.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace csw {

namespace {

// The accounts in id order: the group value, the day it began, its churn and renewal dates. An
// account without a start date began with its first 'new' ARR event; one without either never
// began. %1 is the grouping column, %2 narrows the accounts to the engine's scope.
const QString accountSql = QStringLiteral(
    "SELECT a.id, %1, COALESCE(a.start_on, (SELECT MIN(e.occurred_on) FROM arr_event e "
    "WHERE e.account_id = a.id AND e.kind = 'new')), a.churned_on, a.renewal_on "
    "FROM account a WHERE 1 = 1%2 ORDER BY a.id");

// Keeps the queries of one report on one snapshot of the book (a read transaction), so a
// write by another program in between cannot mix two states of the book.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(m_db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.commit();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

std::optional<KpiGrouping> KpiEngine::groupingFromKey(const QString &key)
{
    for (KpiGrouping g : {KpiGrouping::Csm, KpiGrouping::Touch, KpiGrouping::Plan,
                          KpiGrouping::Source, KpiGrouping::Industry}) {
        if (groupingKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString KpiEngine::groupingKey(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::None: return {};
    case KpiGrouping::Csm: return QStringLiteral("csm");
    case KpiGrouping::Touch: return QStringLiteral("touch");
    case KpiGrouping::Plan: return QStringLiteral("plan");
    case KpiGrouping::Source: return QStringLiteral("source");
    case KpiGrouping::Industry: return QStringLiteral("industry");
    }
    return {};
}

Expected<std::optional<QSet<qint64>>> KpiEngine::segmentMembers(const Date &today) const
{
    if (m_scope.segment.isEmpty())
        return std::optional<QSet<qint64>>();
    QVariantList values;
    const QString in = SegmentRules::membersSql(QStringLiteral("id"), m_scope.segment, today, values);
    auto q = m_book.query(QStringLiteral("SELECT id FROM account WHERE ") + in, values);
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return std::optional<QSet<qint64>>(ids);
}

QStringList KpiEngine::groupingKeys()
{
    return {QStringLiteral("csm"), QStringLiteral("touch"), QStringLiteral("plan"),
            QStringLiteral("source"), QStringLiteral("industry")};
}

namespace {

// The report of the counts: the total, then a row per group (accounts without a value last).
KpiReport reportOf(const Period &period, KpiGrouping grouping, const KpiSettings &settings,
                   const std::vector<KpiCounts> &counts, const QStringList &names)
{
    KpiReport report;
    report.period = period;
    report.grouping = grouping;
    const double months = period.months();
    KpiCounts total;
    for (const KpiCounts &c : counts)
        total += c;
    report.total = KpiRow::make(QString(), total, months, settings.grossMarginPercent);
    report.total.total = true;
    if (grouping == KpiGrouping::None)
        return report;
    std::vector<int> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QString &x = names[a], &y = names[b];
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();
        return x < y;
    });
    for (int g : order)
        report.groups << KpiRow::make(names[g], counts[std::size_t(g)], months, settings.grossMarginPercent);
    return report;
}

} // namespace

// The accounts in the scope (and segment), in id order, with their group and their own dates'
// flags. Accounts outside are not among the facts, so the other tables' rows for them find
// nothing to merge into.
Status KpiEngine::readAccounts(const KpiDays &days, KpiGrouping grouping, const KpiSettings &settings,
                               const std::optional<QSet<qint64>> &members, std::vector<AccountFacts> &facts,
                               KpiGroups &groups) const
{
    const QString column = grouping == KpiGrouping::None
                               ? QStringLiteral("NULL")
                               : QStringLiteral("NULLIF(a.%1, '')").arg(groupingKey(grouping));
    QString scope;
    Book::Named named;
    if (!m_scope.csm.isEmpty()) {
        scope += QStringLiteral(" AND a.csm = :csm");
        named.insert(QStringLiteral("csm"), m_scope.csm);
    }
    if (m_scope.touch) {
        scope += QStringLiteral(" AND a.touch = :touch");
        named.insert(QStringLiteral("touch"), Stages::key(*m_scope.touch));
    }
    // Room for them all at once: a million facts copied at each doubling cost more than a count.
    const Status counted = KpiFacts::stream(m_book, QStringLiteral("SELECT count(*) FROM account a WHERE 1 = 1") + scope,
                                            named, [&](const RowStream &row) { facts.reserve(std::size_t(row.integer(0))); });
    if (!counted)
        return counted;
    return KpiFacts::stream(m_book, accountSql.arg(column, scope), named, [&](const RowStream &row) {
        const qint64 id = row.integer(0);
        if (members && !members->contains(id))
            return;   // outside the segment
        const auto day = [&row](int column) {
            const QByteArrayView text = row.text(column);   // null: none
            return std::string_view(text.data(), std::size_t(text.size()));
        };
        AccountFacts a{.id = id, .group = groups.of(row.text(1)), .flags = KpiFacts::flagsOf(day(2), day(3), day(4), days)};
        if (a.flags & ChurnedIn) {   // early churn: within the months the settings give
            const auto began = Dates::parseIso(QString::fromLatin1(row.text(2)));
            const auto churned = Dates::parseIso(QString::fromLatin1(row.text(3)));
            a.early = began && churned && KpiSettings::isEarlyChurn(*began, *churned, settings.earlyChurnMonths);
        }
        facts.push_back(a);
    });
}

Expected<KpiReport> KpiEngine::compute(const Period &period, KpiGrouping grouping,
                                       const KpiSettings &settings, const Date &today) const
{
    const KpiDays days{Dates::toIso(period.dayBefore()).toLatin1(), Dates::toIso(period.first()).toLatin1(),
                       Dates::toIso(period.last()).toLatin1(), Dates::toIso(today).toLatin1()};
    const ReadSnapshot snapshot(m_book.database());
    const auto members = segmentMembers(today);
    if (!members)
        return members.error();
    std::vector<AccountFacts> facts;
    KpiGroups groups;
    if (const Status read = readAccounts(days, grouping, settings, *members, facts, groups); !read)
        return read.error();
    // The event tables, each walked once in account order alongside the facts.
    FactsIndex index(facts);
    for (const auto add : {&KpiFacts::addArrMoves, &KpiFacts::addStageHistory, &KpiFacts::addRenewals,
                           &KpiFacts::addNps})
        if (const Status read = add(m_book, days, index); !read)
            return read.error();
    return reportOf(period, grouping, settings, KpiFacts::tally(facts, groups.names.size()), groups.names);
}

} // namespace csw
