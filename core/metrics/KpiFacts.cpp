// SPDX-License-Identifier: MIT
#include "metrics/KpiFacts.h"

#include "book/RowStream.h"
#include "metrics/DayKey.h"

#include <QVariant>

#include <algorithm>
#include <string_view>

namespace csw {

int KpiGroups::of(QByteArrayView utf8)
{
    constexpr std::size_t Few = 32;
    if (m_keys.size() <= Few) {
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            if (m_keys[i] == utf8)
                return int(i);
    } else if (const auto found = m_ids.constFind(utf8.toByteArray()); found != m_ids.constEnd()) {
        return *found;
    }
    const int group = int(m_keys.size());
    m_keys.push_back(utf8.toByteArray());
    m_ids.insert(m_keys.back(), group);
    names << QString::fromUtf8(utf8);
    return group;
}

FactsIndex::FactsIndex(std::vector<AccountFacts> &facts) : m_facts(facts)
{
    const qint64 top = facts.empty() ? 0 : facts.back().id;
    if (top < 0 || top > 4 * qint64(facts.size()) + 4096)
        return;
    m_slots.assign(std::size_t(top + 1), 0);
    for (std::size_t i = 0; i < facts.size(); ++i)
        if (facts[i].id >= 0)
            m_slots[std::size_t(facts[i].id)] = int(i) + 1;
}

AccountFacts *FactsIndex::search(qint64 id)
{
    const auto at = std::lower_bound(m_facts.begin(), m_facts.end(), id,
                                     [](const AccountFacts &a, qint64 key) { return a.id < key; });
    return at != m_facts.end() && at->id == id ? &*at : nullptr;
}

namespace KpiFacts {

namespace {

std::string_view view(QByteArrayView text)
{
    return {text.data(), std::size_t(text.size())};
}

// Streams `sql`'s rows (the account id first, in any order) to `visit` with their account;
// rows of accounts outside the facts (another CSM's, outside the segment) are passed over.
template<typename Visit>
Status walk(const Book &book, const char *sql, const Book::Named &named, FactsIndex &index, Visit visit)
{
    return stream(book, QString::fromLatin1(sql), named, [&](const RowStream &row) {
        if (AccountFacts *a = index.find(row.integer(0)))
            visit(*a, row);
    });
}

} // namespace

int flagsOf(std::string_view began, std::string_view churned, std::string_view renewal, const KpiDays &days)
{
    const std::string_view dayBefore = view(days.dayBefore), first = view(days.first), last = view(days.last),
                           today = view(days.today);
    const auto in = [&](std::string_view day) { return day >= first && day <= last; };
    int flags = 0;
    if (!began.empty())
        flags |= (began <= dayBefore ? BeganByStart : 0) | (began <= last ? BeganByEnd : 0) | (in(began) ? BeganIn : 0);
    if (!churned.empty())
        flags |= (churned <= dayBefore ? ChurnedByStart : 0) | (churned <= last ? ChurnedByEnd : 0)
                 | (in(churned) ? ChurnedIn : 0);
    // Missed: due in the period and not churned before it; one still to come is not due yet.
    if (!renewal.empty() && in(renewal) && (churned.empty() ? renewal <= today : churned >= first))
        flags |= RenewalMissed;
    return flags;
}

Status stream(const Book &book, const QString &sql, const Book::Named &named,
              const std::function<void(const RowStream &)> &visit)
{
    QVariantList values;
    const QString text = Book::positional(sql, named, values);
    auto rows = RowStream::open(book, text.toUtf8(), values);
    if (!rows)
        return rows.error();
    while (rows->next())
        visit(*rows);
    if (rows->error())
        return *rows->error();
    return {};
}

Status addArrMoves(const Book &book, const KpiDays &days, FactsIndex &facts)
{
    const DayKey dayBefore = DayKeys::of(days.dayBefore), first = DayKeys::of(days.first),
                 last = DayKeys::of(days.last);
    // The table in its own order (one read of it, as a scan is): each account keeps the latest
    // event seen on or before each day, by (day, id).
    struct Latest
    {
        DayKey day = 0;
        qint64 id = -1;
        bool olderThan(DayKey otherDay, qint64 otherId) const
        {
            return id < 0 || otherDay > day || (otherDay == day && otherId > id);
        }
    };
    std::vector<Latest> atStart(facts.size()), atEnd(facts.size());
    return walk(book, "SELECT account_id, id, occurred_on, kind, arr_before, arr_after FROM arr_event",
                Book::Named(), facts, [&](AccountFacts &a, const RowStream &row) {
                    const DayKey day = DayKeys::of(row.text(2));
                    if (day > last)
                        return;
                    const qint64 id = row.integer(1);
                    const Minor before = row.integer(4), after = row.integer(5);
                    const std::size_t at = facts.position(a);
                    if (atEnd[at].olderThan(day, id)) {
                        atEnd[at] = {day, id};
                        a.arrAtEnd = after;
                    }
                    if (day <= dayBefore && atStart[at].olderThan(day, id)) {
                        atStart[at] = {day, id};
                        a.arrAtStart = after;
                    }
                    if (day < first)
                        return;
                    if (after > before)
                        a.rises += after - before;
                    if (view(row.text(3)) == "churn")
                        a.churnDrops += before - after;
                    else if (after < before)
                        a.falls += before - after;
                });
}

Status addStageHistory(const Book &book, const KpiDays &days, FactsIndex &facts)
{
    const std::string_view dayBefore = view(days.dayBefore), first = view(days.first), last = view(days.last);
    // Each churn with the day of the account's next stage event after it, if any: the account
    // was churned on a day when a churn came on or before it and the next event after it.
    return walk(book,
                "SELECT c.account_id, c.entered_on, (SELECT e.entered_on FROM stage_event e "
                "WHERE e.account_id = c.account_id AND e.entered_on >= c.entered_on "
                "AND (e.entered_on > c.entered_on OR e.id > c.id) ORDER BY e.entered_on, e.id LIMIT 1) "
                "FROM stage_event c WHERE c.stage = 'churned'",
                Book::Named(), facts, [&](AccountFacts &a, const RowStream &row) {
                    const std::string_view on = view(row.text(1));
                    const bool undone = !row.isNull(2);
                    const std::string_view next = view(row.text(2));
                    const auto churnedOn = [&](std::string_view day) {
                        return on <= day && (!undone || next > day);
                    };
                    a.churnedAtStart = a.churnedAtStart || churnedOn(dayBefore);
                    a.churnedAtEnd = a.churnedAtEnd || churnedOn(last);
                    a.churnedIn = a.churnedIn || (on >= first && on <= last);
                });
}

Status addRenewals(const Book &book, const KpiDays &days, FactsIndex &facts)
{
    const std::string_view first = view(days.first), last = view(days.last);
    // Due by the renewal date they renewed, else the day they renewed.
    return walk(book, "SELECT account_id, previous_renewal_on, renewed_on, arr_before FROM renewal_event",
                Book::Named(), facts, [&](AccountFacts &a, const RowStream &row) {
                    const std::string_view due = view(row.text(row.isNull(1) ? 2 : 1));
                    if (due < first || due > last)
                        return;
                    const Minor arr = row.integer(3);
                    a.renewedArr = a.renewalsDone == 0 ? arr : std::max(a.renewedArr, arr);
                    a.renewalsDone += 1;
                });
}

Status addNps(const Book &book, const KpiDays &days, FactsIndex &facts)
{
    const std::string_view first = view(days.first), last = view(days.last);
    return walk(book, "SELECT account_id, responded_on, score FROM nps_response", Book::Named(), facts,
                [&](AccountFacts &a, const RowStream &row) {
                    const std::string_view on = view(row.text(1));
                    if (on < first || on > last)
                        return;
                    const qint64 score = row.integer(2);
                    a.npsAnswers += 1;
                    a.npsPromoters += score >= 9 ? 1 : 0;
                    a.npsDetractors += score <= 6 ? 1 : 0;
                });
}

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

} // namespace KpiFacts

} // namespace csw
