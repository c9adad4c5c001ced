// SPDX-License-Identifier: MIT
#include "metrics/PortfolioQueries.h"

#include "book/Book.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace csw {

namespace {

// At risk, for renewals: red health or in churn prevention.
const QString atRiskSql = QStringLiteral("(a.health_band = 'red' OR a.stage = 'churn-prevention')");

// Prepares `sql`, binds `values` in order, runs it and hands each row to `visit`.
Status each(const Book &book, const QString &sql, const QVariantList &values,
            const std::function<void(const QSqlQuery &)> &visit)
{
    auto query = book.stream(sql, values);
    if (!query)
        return query.error();
    while (query->next())
        visit(*query);
    return {};
}

// Null (not empty) text for a missing value, so groups without one compare alike.
QString valueOrNull(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QString() : text;
}

// Named values first, those without one last.
template<typename T>
void sortByName(QList<T> &rows, QString T::*name)
{
    std::sort(rows.begin(), rows.end(), [name](const T &a, const T &b) {
        if ((a.*name).isNull() != (b.*name).isNull())
            return (b.*name).isNull();
        return a.*name < b.*name;
    });
}

} // namespace

std::optional<double> PortfolioQueries::median(QList<long> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values[mid]);
    return (double(values[mid - 1]) + double(values[mid])) / 2;
}

Expected<QList<CsmHealth>> PortfolioQueries::healthByCsm() const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT a.csm, a.health_band, COUNT(*) FROM account a "
                                       "WHERE a.stage <> 'churned'%1 "
                                       "GROUP BY a.csm, a.health_band")
                            .arg(m_scope.andSql(QStringLiteral("a"), values));
    QList<CsmHealth> rows;
    QHash<QString, qsizetype> index;
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        const QString csm = valueOrNull(q.value(0));
        auto at = index.constFind(csm);
        if (at == index.constEnd()) {
            at = index.insert(csm, rows.size());
            rows.append(CsmHealth{.csm = csm});
        }
        CsmHealth &row = rows[*at];
        const QString band = q.value(1).toString();
        const qint64 count = q.value(2).toLongLong();
        if (band == Scorecard::bandKey(Band::Red))
            row.red += count;
        else if (band == Scorecard::bandKey(Band::Yellow))
            row.yellow += count;
        else if (band == Scorecard::bandKey(Band::Green))
            row.green += count;
        else
            row.unscored += count;
    });
    if (!read)
        return read.error();
    sortByName(rows, &CsmHealth::csm);
    return rows;
}

Expected<QList<StageArr>> PortfolioQueries::arrByStage() const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT a.stage, COUNT(*), SUM(a.arr) FROM account a "
                                       "WHERE a.stage <> 'churned'%1 GROUP BY a.stage")
                            .arg(m_scope.andSql(QStringLiteral("a"), values));
    QList<StageArr> rows;
    for (Stage stage : {Stage::Onboarding, Stage::Adoption, Stage::Expansion, Stage::ChurnPrevention})
        rows.append(StageArr{.stage = stage});
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        const auto stage = Stages::fromKey(q.value(0).toString());
        for (StageArr &row : rows) {
            if (stage && row.stage == *stage) {
                row.accounts = q.value(1).toLongLong();
                row.arr = q.value(2).toLongLong();
            }
        }
    });
    if (!read)
        return read.error();
    return rows;
}

Expected<QList<RenewalBucket>> PortfolioQueries::renewalWindows(const Date &today,
                                                                const QList<int> &days) const
{
    // One pass: a conditional sum per window.
    QStringList columns;
    QVariantList values;
    QList<RenewalBucket> rows;
    const int longest = days.isEmpty() ? 0 : *std::max_element(days.begin(), days.end());
    for (int d : days) {
        const Date last = today + boost::gregorian::days(d);
        rows.append(RenewalBucket{.from = today, .to = last});
        const QString in = QStringLiteral("a.renewal_on <= ?");
        columns << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(in)
                << QStringLiteral("SUM(CASE WHEN %1 THEN a.arr ELSE 0 END)").arg(in)
                << QStringLiteral("SUM(CASE WHEN %1 AND %2 THEN 1 ELSE 0 END)").arg(in, atRiskSql)
                << QStringLiteral("SUM(CASE WHEN %1 AND %2 THEN a.arr ELSE 0 END)").arg(in, atRiskSql);
        for (int i = 0; i < 4; ++i)
            values << Dates::toIso(last);
    }
    if (rows.isEmpty())
        return rows;
    values << Dates::toIso(today) << Dates::toIso(today + boost::gregorian::days(longest));
    const QString sql = QStringLiteral("SELECT %1 FROM account a WHERE a.stage <> 'churned' "
                                       "AND a.renewal_on >= ? AND a.renewal_on <= ?%2")
                            .arg(columns.join(QStringLiteral(", ")),
                                 m_scope.andSql(QStringLiteral("a"), values));
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            rows[i].accounts = q.value(int(4 * i)).toLongLong();
            rows[i].arr = q.value(int(4 * i + 1)).toLongLong();
            rows[i].atRiskAccounts = q.value(int(4 * i + 2)).toLongLong();
            rows[i].atRiskArr = q.value(int(4 * i + 3)).toLongLong();
        }
    });
    if (!read)
        return read.error();
    return rows;
}

Expected<QList<RenewalBucket>> PortfolioQueries::renewalsByMonth(const Date &today, int months) const
{
    QList<RenewalBucket> rows;
    QHash<QString, qsizetype> byMonth;   // "2026-11" -> row
    for (int i = 0; i < months; ++i) {
        const Date month = Dates::addMonths(Date(today.year(), today.month(), 1), i);
        rows.append(RenewalBucket{.from = i == 0 ? today : month, .to = month.end_of_month()});
        byMonth.insert(Dates::toIso(month).left(7), i);
    }
    if (rows.isEmpty())
        return rows;
    QVariantList values{Dates::toIso(today), Dates::toIso(rows.constLast().to)};
    const QString sql =
        QStringLiteral("SELECT SUBSTR(a.renewal_on, 1, 7), COUNT(*), SUM(a.arr), "
                       "SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %1 THEN a.arr ELSE 0 END) "
                       "FROM account a WHERE a.stage <> 'churned' "
                       "AND a.renewal_on >= ? AND a.renewal_on <= ?%2 "
                       "GROUP BY SUBSTR(a.renewal_on, 1, 7)")
            .arg(atRiskSql, m_scope.andSql(QStringLiteral("a"), values));
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        const auto at = byMonth.constFind(q.value(0).toString());
        if (at == byMonth.constEnd())
            return;
        RenewalBucket &row = rows[*at];
        row.accounts = q.value(1).toLongLong();
        row.arr = q.value(2).toLongLong();
        row.atRiskAccounts = q.value(3).toLongLong();
        row.atRiskArr = q.value(4).toLongLong();
    });
    if (!read)
        return read.error();
    return rows;
}

Expected<QList<ChurnGroup>> PortfolioQueries::churnBy(ChurnField field, const Period &period,
                                                     int earlyChurnMonths) const
{
    const QString column = field == ChurnField::Source ? QStringLiteral("a.source")
                                                       : QStringLiteral("a.plan");
    const QString first = Dates::toIso(period.first()), last = Dates::toIso(period.last());
    QVariantList values{first, last, first, last};
    // One row per account that churned in the period, by its stage history (an account churned
    // without ARR has no ARR event): its group, the ARR its churn events lost, the day it began
    // and its churn date (early churn is read from it, as the KPI engine reads it).
    const QString sql =
        QStringLiteral(
            "SELECT %1, COALESCE(d.lost, 0), COALESCE(a.start_on, (SELECT MIN(e.occurred_on) "
            "       FROM arr_event e WHERE e.account_id = a.id AND e.kind = 'new')), a.churned_on "
            "FROM (SELECT DISTINCT account_id FROM stage_event WHERE stage = 'churned' "
            "      AND entered_on >= ? AND entered_on <= ?) c "
            "JOIN account a ON a.id = c.account_id "
            "LEFT JOIN (SELECT account_id, SUM(arr_before - arr_after) AS lost FROM arr_event "
            "           WHERE kind = 'churn' AND occurred_on >= ? AND occurred_on <= ? "
            "           GROUP BY account_id) d ON d.account_id = c.account_id "
            "WHERE 1 = 1%2")
            .arg(column, m_scope.andSql(QStringLiteral("a"), values));
    QList<ChurnGroup> rows;
    QHash<QString, qsizetype> index;   // '' and NULL are one group
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        const QString value = valueOrNull(q.value(0));
        auto at = index.constFind(value);
        if (at == index.constEnd()) {
            at = index.insert(value, rows.size());
            rows.append(ChurnGroup{.value = value});
        }
        rows[*at].accounts += 1;
        rows[*at].arr += q.value(1).toLongLong();
        const auto began = Dates::parseIso(q.value(2).toString());
        const auto churned = Dates::parseIso(q.value(3).toString());
        if (began && churned && period.contains(*churned)
            && KpiSettings::isEarlyChurn(*began, *churned, earlyChurnMonths))
            rows[*at].early += 1;
    });
    if (!read)
        return read.error();
    std::sort(rows.begin(), rows.end(), [](const ChurnGroup &a, const ChurnGroup &b) {
        if (a.arr != b.arr)
            return a.arr > b.arr;
        if (a.accounts != b.accounts)
            return a.accounts > b.accounts;
        if (a.value.isNull() != b.value.isNull())
            return b.value.isNull();
        return a.value < b.value;
    });
    return rows;
}

Expected<QList<VocGroup>> PortfolioQueries::vocByKind(const Period &period) const
{
    QVariantList values{Dates::toIso(period.first()), Dates::toIso(period.last())};
    QString scope;
    if (!m_scope.isEmpty())
        scope = QStringLiteral(" AND v.id IN (SELECT va.voc_id FROM voc_account va JOIN account a "
                               "ON a.id = va.account_id WHERE 1 = 1%1)")
                    .arg(m_scope.andSql(QStringLiteral("a"), values));
    const QString sql = QStringLiteral(
        "SELECT v.kind, v.target, COUNT(*), SUM(COALESCE(i.weighted, 0)) FROM voc v "
        "LEFT JOIN (SELECT va.voc_id, SUM(a.arr * va.importance) AS weighted FROM voc_account va "
        "           JOIN account a ON a.id = va.account_id GROUP BY va.voc_id) i ON i.voc_id = v.id "
        "WHERE v.merged_into IS NULL AND v.logged_on >= ? AND v.logged_on <= ?%1 "
        "GROUP BY v.kind, v.target ORDER BY v.kind, v.target").arg(scope);
    QList<VocGroup> rows;
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        rows.append(VocGroup{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toLongLong()});
    });
    if (!read)
        return read.error();
    return rows;
}

Expected<QList<OnboardingCohort>> PortfolioQueries::onboardingByCohort(const Date &until, int quarters,
                                                                       int fiscalYearStartMonth) const
{
    QList<OnboardingCohort> rows;
    if (quarters <= 0)
        return rows;
    Period quarter = Period::fiscalQuarterOf(until, fiscalYearStartMonth);
    for (int i = 0; i < quarters; ++i) {
        rows.prepend(OnboardingCohort{.quarter = quarter});
        quarter = quarter.previous();
    }
    QVariantList values{Dates::toIso(rows.constFirst().quarter.first()),
                        Dates::toIso(rows.constLast().quarter.last())};
    // Each account's stage events in order: its first onboarding and the next move after it.
    const QString sql = QStringLiteral(
                            "SELECT e.account_id, a.start_on, e.stage, e.entered_on "
                            "FROM account a JOIN stage_event e ON e.account_id = a.id "
                            "WHERE a.start_on >= ? AND a.start_on <= ?%1 "
                            "ORDER BY e.account_id, e.entered_on, e.id")
                            .arg(m_scope.andSql(QStringLiteral("a"), values));
    QList<QList<long>> days(rows.size());
    qint64 account = -1;
    qsizetype cohort = -1;
    std::optional<Date> entered;
    bool done = true;   // nothing more to learn about this account
    const QString onboarding = Stages::key(Stage::Onboarding);
    const Status read = each(m_book, sql, values, [&](const QSqlQuery &q) {
        const qint64 id = q.value(0).toLongLong();
        if (id != account) {
            if (!done && entered && cohort >= 0)
                rows[cohort].ongoing += 1;   // the previous account never left onboarding
            account = id;
            entered.reset();
            done = false;
            cohort = -1;
            if (const auto start = Dates::parseIso(q.value(1).toString())) {
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    if (rows[i].quarter.contains(*start))
                        cohort = i;
                }
            }
            if (cohort < 0)
                done = true;
        }
        if (done)
            return;
        const bool isOnboarding = q.value(2).toString() == onboarding;
        const auto on = Dates::parseIso(q.value(3).toString());
        if (!entered) {
            if (isOnboarding && on)
                entered = on;
            return;
        }
        if (!isOnboarding && on) {
            days[cohort].append(std::max(0L, Dates::daysBetween(*entered, *on)));
            done = true;
        }
    });
    if (!read)
        return read.error();
    if (!done && entered && cohort >= 0)
        rows[cohort].ongoing += 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].finished = days[i].size();
        rows[i].medianDays = median(days[i]);
    }
    return rows;
}

} // namespace csw
