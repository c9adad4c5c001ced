// SPDX-License-Identifier: MIT
#include "metrics/KpiEngine.h"

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

// Where an account's own dates fall against the period, as the account query returns them.
enum AccountFlag {
    BeganByStart = 1,     // began on or before the day before the period
    BeganByEnd = 2,       // began on or before the last day
    BeganIn = 4,          // began in the period: a new account
    ChurnedByStart = 8,   // its current churn date is on or before the day before the period
    ChurnedByEnd = 16,
    ChurnedIn = 32,
    RenewalMissed = 64,   // its renewal date fell in the period (up to today) and is not renewed
};

// What the queries learn about one account before it is counted in its group.
struct AccountFacts
{
    qint64 id = 0;
    int group = 0;
    int flags = 0;
    bool churnedAtStart = false;   // by its stage history: its last stage event was 'churned'
    bool churnedAtEnd = false;
    bool churnedIn = false;
    bool early = false;            // its churn date is in the period, within the early months of beginning
    Minor arrAtStart = 0;
    Minor arrAtEnd = 0;
    Minor rises = 0;
    Minor falls = 0;        // other than churn
    Minor churnDrops = 0;
    qint64 renewalsDone = 0;       // renewals recorded in the period
    Minor renewedArr = 0;          // the largest ARR they renewed from
    qint64 npsAnswers = 0;
    qint64 npsPromoters = 0;
    qint64 npsDetractors = 0;
};

// The accounts: group value and AccountFlag bits. An account without a start date began with
// its first 'new' ARR event; one without either never began. %1 is the grouping column, %2
// narrows the accounts to the engine's scope.
const QString accountSql = QStringLiteral(R"(
SELECT x.id, x.grp,
    CASE WHEN x.began_on <= :s THEN 1 ELSE 0 END
  + CASE WHEN x.began_on <= :l THEN 2 ELSE 0 END
  + CASE WHEN x.began_on >= :f AND x.began_on <= :l THEN 4 ELSE 0 END
  + CASE WHEN x.churned_on <= :s THEN 8 ELSE 0 END
  + CASE WHEN x.churned_on <= :l THEN 16 ELSE 0 END
  + CASE WHEN x.churned_on >= :f AND x.churned_on <= :l THEN 32 ELSE 0 END
  + CASE WHEN x.renewal_on >= :f AND x.renewal_on <= :l
          AND (x.churned_on IS NULL OR x.churned_on >= :f)
          AND (x.churned_on IS NOT NULL OR x.renewal_on <= :today) THEN 64 ELSE 0 END,
    x.began_on, x.churned_on
FROM (SELECT a.id, %1 AS grp, a.churned_on, a.renewal_on,
             COALESCE(a.start_on, (SELECT MIN(e.occurred_on) FROM arr_event e
                                   WHERE e.account_id = a.id AND e.kind = 'new')) AS began_on
      FROM account a WHERE 1 = 1%2) x
ORDER BY x.id)");

// Each account's ARR after its last event on or before the day before the period and on or
// before its last day, events ordered by (day, id): the day, the id made 13 digits long and
// the ARR form one text whose maximum is that last event, and whose end from character 24 on
// is its ARR. Then its moves in the period: rises, falls other than churn, churn drops. One
// grouped pass in account order, in SQL that PostgreSQL runs too.
const QString arrSql = QStringLiteral(R"(
SELECT account_id,
    CAST(SUBSTR(MAX(CASE WHEN occurred_on <= :s
                         THEN occurred_on || (1000000000000 + id) || arr_after END), 24) AS BIGINT),
    CAST(SUBSTR(MAX(occurred_on || (1000000000000 + id) || arr_after), 24) AS BIGINT),
    SUM(CASE WHEN occurred_on >= :f AND arr_after > arr_before
             THEN arr_after - arr_before ELSE 0 END),
    SUM(CASE WHEN occurred_on >= :f AND arr_after < arr_before AND kind <> 'churn'
             THEN arr_before - arr_after ELSE 0 END),
    SUM(CASE WHEN occurred_on >= :f AND kind = 'churn' THEN arr_before - arr_after ELSE 0 END)
FROM arr_event WHERE occurred_on <= :l GROUP BY account_id ORDER BY account_id)");

// For accounts that ever churned: whether their last stage event (keyed as above) on or before
// the day before the period, and on or before its last day, is 'churned', and whether they
// churned in the period.
const QString churnSql = QStringLiteral(R"(
SELECT e.account_id,
    CASE WHEN SUBSTR(MAX(CASE WHEN e.entered_on <= :s
                              THEN e.entered_on || (1000000000000 + e.id) || e.stage END), 24)
              = 'churned' THEN 1 ELSE 0 END,
    CASE WHEN SUBSTR(MAX(CASE WHEN e.entered_on <= :l
                              THEN e.entered_on || (1000000000000 + e.id) || e.stage END), 24)
              = 'churned' THEN 1 ELSE 0 END,
    MAX(CASE WHEN e.stage = 'churned' AND e.entered_on >= :f AND e.entered_on <= :l
             THEN 1 ELSE 0 END)
FROM stage_event e
WHERE e.account_id IN (SELECT c.account_id FROM stage_event c WHERE c.stage = 'churned')
GROUP BY e.account_id ORDER BY e.account_id)");

// Renewals that were due in the period: by the renewal date they renewed, else the day; how
// many, and the largest ARR up for one of them.
const QString renewalSql = QStringLiteral(R"(
SELECT account_id, COUNT(*), MAX(arr_before) FROM renewal_event
WHERE COALESCE(previous_renewal_on, renewed_on) >= :f
  AND COALESCE(previous_renewal_on, renewed_on) <= :l
GROUP BY account_id ORDER BY account_id)");

// NPS answers given in the period: promoters (9-10) and detractors (0-6) per account.
const QString npsSql = QStringLiteral(R"(
SELECT account_id, COUNT(*), SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END),
       SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) FROM nps_response
WHERE responded_on >= :f AND responded_on <= :l
GROUP BY account_id ORDER BY account_id)");

// Counts each account in its group: the definitions of README.md ("KPIs") in one place.
std::vector<KpiCounts> tally(const std::vector<AccountFacts> &facts, qsizetype groups)
{
    std::vector<KpiCounts> counts(static_cast<std::size_t>(groups));
    for (const AccountFacts &a : facts) {
        KpiCounts &c = counts[std::size_t(a.group)];
        // Active on a day: began by then, and neither its churn date nor its stage history says
        // it was churned then (a reactivated account's last stage event is not 'churned').
        const bool activeAtStart =
            (a.flags & BeganByStart) && !(a.flags & ChurnedByStart) && !a.churnedAtStart;
        const bool activeAtEnd = (a.flags & BeganByEnd) && !(a.flags & ChurnedByEnd) && !a.churnedAtEnd;
        const bool churnedIn = a.churnedIn || (a.flags & ChurnedIn);
        c.newAccounts += (a.flags & BeganIn) ? 1 : 0;
        c.churnedAccounts += churnedIn ? 1 : 0;
        c.earlyChurned += churnedIn && a.early ? 1 : 0;
        if (activeAtStart) {   // the cohort that logo churn, GRR and NRR follow
            c.accountsStart += 1;
            c.churnedFromStart += churnedIn ? 1 : 0;
            c.startArr += a.arrAtStart;
            c.expansionArr += a.rises;
            c.contractionArr += a.falls;
            c.churnedArr += a.churnDrops;
        }
        if (activeAtEnd) {
            c.accountsEnd += 1;
            c.endArr += a.arrAtEnd;
        }
        c.npsAnswers += a.npsAnswers;
        c.npsPromoters += a.npsPromoters;
        c.npsDetractors += a.npsDetractors;
        // An account up for renewal counts once in a period, however often a monthly contract
        // renewed in it: renewed if it renewed at all, else missed if its date passed unrenewed.
        const bool renewed = a.renewalsDone > 0;
        if (renewed || (a.flags & RenewalMissed)) {
            c.renewalsDue += 1;
            c.renewalArrDue += renewed ? a.renewedArr : (a.flags & ChurnedIn) ? a.churnDrops : a.arrAtEnd;
        }
        if (renewed) {
            c.renewalsDone += 1;
            c.renewalArrDone += a.renewedArr;
        }
    }
    return counts;
}

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

Expected<KpiReport> KpiEngine::compute(const Period &period, KpiGrouping grouping,
                                       const KpiSettings &settings, const Date &today) const
{
    QHash<QString, QVariant> named = {
        {QStringLiteral("s"), Dates::toIso(period.dayBefore())},
        {QStringLiteral("f"), Dates::toIso(period.first())},
        {QStringLiteral("l"), Dates::toIso(period.last())},
        {QStringLiteral("today"), Dates::toIso(today)},
    };
    // Runs one statement and hands each row to `visit`.
    auto each = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &visit) -> Status {
        auto query = m_book.stream(sql, named);
        if (!query)
            return query.error();
        while (query->next())
            visit(*query);
        return {};
    };

    const ReadSnapshot snapshot(m_book.database());
    const auto members = segmentMembers(today);
    if (!members)
        return members.error();
    std::vector<AccountFacts> facts;
    QStringList groupNames;
    QHash<QString, int> groupIds;
    const QString column = grouping == KpiGrouping::None
                               ? QStringLiteral("NULL")
                               : QStringLiteral("NULLIF(a.%1, '')").arg(groupingKey(grouping));
    QString scope;
    if (!m_scope.csm.isEmpty()) {
        scope += QStringLiteral(" AND a.csm = :csm");
        named.insert(QStringLiteral("csm"), m_scope.csm);
    }
    if (m_scope.touch) {
        scope += QStringLiteral(" AND a.touch = :touch");
        named.insert(QStringLiteral("touch"), Stages::key(*m_scope.touch));
    }
    // Accounts outside the scope are not among the facts, so the other queries' rows for them
    // find nothing to merge into.
    Status read = each(accountSql.arg(column, scope), [&](const QSqlQuery &q) {
        if (*members && !(*members)->contains(q.value(0).toLongLong()))
            return;   // outside the segment
        const QString name = q.value(1).toString();
        auto group = groupIds.constFind(name);
        if (group == groupIds.constEnd()) {
            group = groupIds.insert(name, int(groupNames.size()));
            groupNames << (name.isEmpty() ? QString() : name);
        }
        AccountFacts a{.id = q.value(0).toLongLong(), .group = *group, .flags = q.value(2).toInt()};
        if (a.flags & ChurnedIn) {   // early churn: within the months the settings give
            const auto began = Dates::parseIso(q.value(3).toString());
            const auto churned = Dates::parseIso(q.value(4).toString());
            a.early = began && churned && KpiSettings::isEarlyChurn(*began, *churned, settings.earlyChurnMonths);
        }
        facts.push_back(a);
    });
    if (!read)
        return read.error();
    // The other tables, each read once, grouped by account. Every query is ordered by account,
    // so each is merged into the facts in one walk.
    using Fill = std::function<void(AccountFacts &, const QSqlQuery &)>;
    const std::pair<const QString &, Fill> steps[] = {
        {arrSql,
         [](AccountFacts &a, const QSqlQuery &q) {
             a.arrAtStart = q.value(1).toLongLong();
             a.arrAtEnd = q.value(2).toLongLong();
             a.rises = q.value(3).toLongLong();
             a.falls = q.value(4).toLongLong();
             a.churnDrops = q.value(5).toLongLong();
         }},
        {churnSql,
         [](AccountFacts &a, const QSqlQuery &q) {
             a.churnedAtStart = q.value(1).toInt() != 0;
             a.churnedAtEnd = q.value(2).toInt() != 0;
             a.churnedIn = q.value(3).toInt() != 0;
         }},
        {renewalSql,
         [](AccountFacts &a, const QSqlQuery &q) {
             a.renewalsDone = q.value(1).toLongLong();
             a.renewedArr = q.value(2).toLongLong();
         }},
        {npsSql,
         [](AccountFacts &a, const QSqlQuery &q) {
             a.npsAnswers = q.value(1).toLongLong();
             a.npsPromoters = q.value(2).toLongLong();
             a.npsDetractors = q.value(3).toLongLong();
         }},
    };
    for (const auto &[sql, fill] : steps) {
        auto next = facts.begin();
        read = each(sql, [&](const QSqlQuery &q) {
            const qint64 id = q.value(0).toLongLong();
            while (next != facts.end() && next->id < id)
                ++next;
            if (next != facts.end() && next->id == id)
                fill(*next, q);
        });
        if (!read)
            return read.error();
    }

    const std::vector<KpiCounts> counts = tally(facts, groupNames.size());

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
    std::vector<int> order(std::size_t(groupNames.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QString &x = groupNames[a], &y = groupNames[b];
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();   // accounts without a value last
        return x < y;
    });
    for (int g : order)
        report.groups << KpiRow::make(groupNames[g], counts[std::size_t(g)], months,
                                      settings.grossMarginPercent);
    return report;
}

} // namespace csw
