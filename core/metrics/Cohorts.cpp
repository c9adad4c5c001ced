// SPDX-License-Identifier: MIT
#include "metrics/Cohorts.h"

#include "book/Book.h"
#include "book/RowStream.h"
#include "metrics/DayKey.h"

#include <algorithm>
#include <vector>

namespace csw {

namespace {

struct Event
{
    DayKey on;
    qint64 value;   // ARR after it; or 1 for a churned stage, 0 for another
};

struct Member
{
    qint64 id = 0;
    DayKey began = 0;
    int cohort = -1;
    std::vector<Event> stages;
    std::vector<Event> arr;
};

// The value of the last event on or before `day` (events in order), or `none`.
qint64 lastBy(const std::vector<Event> &events, DayKey day, qint64 none)
{
    const auto after = std::upper_bound(events.begin(), events.end(), day,
                                        [](DayKey d, const Event &e) { return d < e.on; });
    return after == events.begin() ? none : std::prev(after)->value;
}

// Reads `sql` (account id, day, value; ordered by account) into each member's `events`.
Status readEvents(const Book &book, const char *sql, std::vector<Member> &members,
                  std::vector<Event> Member::*events, const std::function<qint64(const RowStream &)> &value)
{
    auto rows = RowStream::open(book, sql);
    if (!rows)
        return rows.error();
    auto member = members.begin();
    while (rows->next()) {
        const qint64 id = rows->integer(0);
        while (member != members.end() && member->id < id)
            ++member;
        if (member == members.end())
            break;
        if (member->id == id) {
            if (const DayKey on = DayKeys::of(rows->text(1)); on >= 0)
                ((*member).*events).push_back({on, value(*rows)});
        }
    }
    return rows->error() ? Status(*rows->error()) : Status();
}

Period cohortOf(const Date &day, const CohortRequest &request)
{
    return request.step == CohortRequest::Step::Month ? Period::month(day.year(), day.month())
                                                      : Period::fiscalQuarterOf(day, request.fiscalYearStartMonth);
}

// The cohorts from the one holding today - months up to the one holding today, none counted yet.
QList<CohortRow> emptyCohorts(const CohortRequest &request)
{
    QList<CohortRow> rows;
    for (Period p = cohortOf(Dates::addMonths(request.today, -request.months), request);
         p.first() <= request.today; p = p.next())
        rows.append({.cohort = p});
    return rows;
}

// The accounts in `scope` that began from `first` to `today`, each with its cohort (by the
// cohorts' last days, `cohortEnds`) and its stage and ARR events.
Expected<std::vector<Member>> membersOf(const Book &book, const PortfolioScope &scope,
                                        const std::vector<DayKey> &cohortEnds, DayKey first, DayKey today)
{
    std::vector<Member> members;
    QVariantList values;
    const QString scopeSql = scope.andSql(QStringLiteral("a"), values);
    auto accounts = RowStream::open(book,
                                    QStringLiteral("SELECT a.id, COALESCE(a.start_on, (SELECT MIN(e.occurred_on) "
                                                   "FROM arr_event e WHERE e.account_id = a.id AND e.kind = 'new')) "
                                                   "FROM account a WHERE 1 = 1%1 ORDER BY a.id")
                                        .arg(scopeSql)
                                        .toUtf8(),
                                    values);
    if (!accounts)
        return accounts.error();
    while (accounts->next()) {
        const DayKey began = DayKeys::of(accounts->text(1));
        if (began < first || began > today)
            continue;
        const auto cohort = std::lower_bound(cohortEnds.begin(), cohortEnds.end(), began);
        members.push_back({.id = accounts->integer(0), .began = began, .cohort = int(cohort - cohortEnds.begin())});
    }
    if (accounts->error())
        return *accounts->error();
    if (auto ok = readEvents(book, "SELECT account_id, entered_on, stage FROM stage_event ORDER BY account_id, entered_on, id",
                             members, &Member::stages,
                             [](const RowStream &r) { return qint64(r.text(2) == QByteArrayView("churned")); });
        !ok)
        return ok.error();
    if (auto ok = readEvents(book, "SELECT account_id, occurred_on, arr_after FROM arr_event ORDER BY account_id, occurred_on, id",
                             members, &Member::arr, [](const RowStream &r) { return r.integer(2); });
        !ok)
        return ok.error();
    return members;
}

// Per cohort and month: accounts active, and their ARR.
struct Tally
{
    std::vector<std::vector<qint64>> active;
    std::vector<std::vector<long double>> held;
};

// Counts each member into its cohort's row (accounts, ARR at the start) and into the tally of
// each month since its start, up to today.
Tally tally(const std::vector<Member> &members, QList<CohortRow> &rows, int columns, DayKey today)
{
    Tally t;
    t.active.assign(std::size_t(rows.size()), std::vector<qint64>(std::size_t(columns)));
    t.held.assign(std::size_t(rows.size()), std::vector<long double>(std::size_t(columns)));
    for (const Member &m : members) {
        CohortRow &row = rows[m.cohort];
        row.accounts += 1;
        const qint64 startArr = lastBy(m.arr, m.began, m.arr.empty() ? 0 : m.arr.front().value);
        row.startArr += startArr;
        for (int k = 0; k < columns; ++k) {
            const DayKey day = DayKeys::plusMonths(m.began, k);
            if (day > today)
                break;
            if (lastBy(m.stages, day, 0) == 0) {
                t.active[std::size_t(m.cohort)][std::size_t(k)] += 1;
                t.held[std::size_t(m.cohort)][std::size_t(k)] += lastBy(m.arr, day, startArr);
            }
        }
    }
    return t;
}

// Each row's shares of accounts and ARR month by month, where they are known yet.
void fillShares(QList<CohortRow> &rows, const Tally &t, const std::vector<DayKey> &cohortEnds, int columns,
                DayKey today)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CohortRow &row = rows[i];
        const DayKey latestStart = std::min(cohortEnds[std::size_t(i)], today);
        for (int k = 0; k < columns; ++k) {
            // Known once the cohort's last possible starter is k months on.
            if (DayKeys::plusMonths(latestStart, k) > today || row.accounts == 0) {
                row.logo.append(std::nullopt);
                row.arr.append(std::nullopt);
                continue;
            }
            row.logo.append(double(t.active[std::size_t(i)][std::size_t(k)]) / double(row.accounts));
            row.arr.append(row.startArr > 0
                               ? std::optional<double>(double(t.held[std::size_t(i)][std::size_t(k)] / row.startArr))
                               : std::nullopt);
        }
    }
}

} // namespace

Expected<QList<CohortRow>> Cohorts::compute(const Book &book, const CohortRequest &request)
{
    const int columns = std::clamp(request.months, 0, 120) + 1;
    QList<CohortRow> rows = emptyCohorts(request);
    if (rows.isEmpty())
        return rows;
    std::vector<DayKey> cohortEnds;   // each cohort's last day, in order
    for (const CohortRow &row : std::as_const(rows))
        cohortEnds.push_back(DayKeys::of(row.cohort.last()));
    const DayKey first = DayKeys::of(rows.constFirst().cohort.first()), today = DayKeys::of(request.today);
    const auto members = membersOf(book, request.scope, cohortEnds, first, today);
    if (!members)
        return members.error();
    fillShares(rows, tally(*members, rows, columns, today), cohortEnds, columns, today);
    return rows;
}

} // namespace csw
