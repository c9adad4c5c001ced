// SPDX-License-Identifier: MIT
// What the KPI engine learns about each account before counting it in its group: its own dates
// (flags from the account query), its ARR moves and its stage history (walks of the event
// tables in account order), its renewals and NPS answers; and the counting itself.
#pragma once

#include "book/Book.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "metrics/Kpis.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>
#include <string_view>
#include <vector>

namespace csw {

class RowStream;

// Where an account's own dates fall against the period, as the account query returns them.
enum KpiAccountFlag {
    BeganByStart = 1,     // began on or before the day before the period
    BeganByEnd = 2,       // began on or before the last day
    BeganIn = 4,          // began in the period: a new account
    ChurnedByStart = 8,   // its current churn date is on or before the day before the period
    ChurnedByEnd = 16,
    ChurnedIn = 32,
    RenewalMissed = 64,   // its renewal date fell in the period (up to today) and is not renewed
};

// One account's facts; the engine keeps them in account id order.
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

// The groups' names in the order first met, and each name's index (an empty or missing value is
// one group, named by an empty string).
struct KpiGroups
{
    QStringList names;

    int of(QByteArrayView utf8);

private:
    std::vector<QByteArray> m_keys;   // the names in UTF-8, looked through while they are few
    QHash<QByteArray, int> m_ids;     // then by hash

};

// Finds an account's facts by id: a table by id when the ids are dense enough (the usual
// book), else a binary search of the facts, which are in id order.
class FactsIndex
{
public:
    explicit FactsIndex(std::vector<AccountFacts> &facts);
    AccountFacts *find(qint64 id)
    {
        if (m_slots.empty() && !m_facts.empty())
            return search(id);
        const int slot = id >= 0 && id < qint64(m_slots.size()) ? m_slots[std::size_t(id)] : 0;
        return slot ? &m_facts[std::size_t(slot - 1)] : nullptr;
    }
    std::size_t size() const { return m_facts.size(); }
    std::size_t position(const AccountFacts &a) const { return std::size_t(&a - m_facts.data()); }

private:
    AccountFacts *search(qint64 id);

    std::vector<AccountFacts> &m_facts;
    std::vector<int> m_slots;   // id → position + 1; 0: not among the facts
};

// The period's days as ISO text, compared as the book stores them.
struct KpiDays
{
    QByteArray dayBefore;   // the day before the period
    QByteArray first;
    QByteArray last;
    QByteArray today;   // a renewal date after it is not missed yet
};

namespace KpiFacts {

// An account's KpiAccountFlag bits from the day it began, its churn date and its renewal date
// (empty: none).
int flagsOf(std::string_view began, std::string_view churned, std::string_view renewal, const KpiDays &days);

// Streams `sql`'s rows, its named values bound (RowStream: no QVariant per value on SQLite).
Status stream(const Book &book, const QString &sql, const Book::Named &named,
              const std::function<void(const RowStream &)> &visit);

// Each account's ARR after its last event (by day, then id) on or before the day before the
// period and on or before its last day, and its moves in the period: rises, falls other than
// churn, churn drops. One read of arr_event in its own order, as a scan of it is.
Status addArrMoves(const Book &book, const KpiDays &days, FactsIndex &facts);

// For accounts that ever churned: whether their last stage event on or before the day before
// the period, and on or before its last day, is 'churned', and whether they churned in it.
Status addStageHistory(const Book &book, const KpiDays &days, FactsIndex &facts);

// Renewals that were due in the period: how many, and the largest ARR up for one of them.
Status addRenewals(const Book &book, const KpiDays &days, FactsIndex &facts);
// NPS answers given in the period: promoters (9-10) and detractors (0-6).
Status addNps(const Book &book, const KpiDays &days, FactsIndex &facts);

// Counts each account in its group: the definitions of README.md ("KPIs") in one place.
std::vector<KpiCounts> tally(const std::vector<AccountFacts> &facts, qsizetype groups);

} // namespace KpiFacts

} // namespace csw
