// SPDX-License-Identifier: MIT
#include "tasks/MyDayQueries.h"

#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {

Date dateFrom(const QVariant &v)
{
    return v.isNull() ? Date() : Dates::parseIso(v.toString()).value_or(Date());
}

// A list of accounts: `sql` selects id, name, csm, arr and a date; the CSM filter (on
// `csmColumn`), the order and the limit are added here.
Expected<QList<AccountRow>> accountRows(const Book &book, QString sql, QVariantList values, const QString &csm,
                                        const char *csmColumn, const char *order, int limit)
{
    if (!csm.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(csmColumn));
        values << csm;
    }
    sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(QLatin1String(order));
    values << limit;
    auto q = book.query(sql, values);
    if (!q)
        return q.error();
    QList<AccountRow> rows;
    while (q->next())
        rows << AccountRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toLongLong(), dateFrom(q->value(4))};
    return rows;
}

} // namespace

Expected<QList<TaskRow>> MyDayQueries::openTasks(const QString &csm, const std::optional<Date> &from,
                                                 const Date &to, int limit) const
{
    // Served by task_due (status, due_on), or by task_owner (owner, status, due_on) for one CSM.
    QString sql = QStringLiteral(
        "SELECT t.id, t.account_id, t.title, t.owner, t.due_on, t.created_on, t.origin, a.name, t.origin_key "
        "FROM task t JOIN account a ON a.id = t.account_id "
        "WHERE t.status = 'open' AND t.due_on <= ?");
    QVariantList values{Dates::toIso(to)};
    if (from) {
        sql += QStringLiteral(" AND t.due_on >= ?");
        values << Dates::toIso(*from);
    }
    if (!csm.isEmpty()) {
        sql += QStringLiteral(" AND t.owner = ?");
        values << csm;
    }
    sql += QStringLiteral(" ORDER BY t.due_on, t.id LIMIT ?");
    values << limit;
    auto q = m_book.query(sql, values);
    if (!q)
        return q.error();
    QList<TaskRow> rows;
    while (q->next()) {
        TaskRow r;
        r.task.id = q->value(0).toLongLong();
        r.task.accountId = q->value(1).toLongLong();
        r.task.title = q->value(2).toString();
        r.task.owner = q->value(3).toString();
        r.task.dueOn = dateFrom(q->value(4));
        r.task.status = TaskStatus::Open;
        r.task.createdOn = dateFrom(q->value(5));
        r.task.origin = q->value(6).toString();
        r.accountName = q->value(7).toString();
        r.task.originKey = q->value(8).toString();   // a reminder's title is made from it
        rows << r;
    }
    return rows;
}

Expected<QList<AccountRow>> MyDayQueries::renewals(const QString &csm, const Date &today, int days,
                                                   int limit) const
{
    // Served by account_renewal: a range of renewal dates, not the whole book.
    return accountRows(m_book,
                       QStringLiteral("SELECT id, name, csm, arr, renewal_on FROM account "
                                      "WHERE renewal_on >= ? AND renewal_on <= ? AND stage <> 'churned'"),
                       {Dates::toIso(today), Dates::toIso(today + boost::gregorian::days(days))}, csm, "csm",
                       "renewal_on, id", limit);
}

Expected<QList<AccountRow>> MyDayQueries::onboardingWithoutQuickWin(const QString &csm, const Date &today,
                                                                    int days, int limit) const
{
    // Served by account_stage_on (stage, stage_on): the onboarding accounts that have waited
    // longest come first, so the scan stops after `limit` of them without a quick win.
    // stage_on is when the account entered its stage (schema 8).
    return accountRows(m_book,
                       QStringLiteral("SELECT a.id, a.name, a.csm, a.arr, a.stage_on FROM account a "
                                      "WHERE a.stage = 'onboarding' AND a.stage_on <= ? "
                                      "AND NOT EXISTS (SELECT 1 FROM plan_objective o WHERE o.account_id = a.id "
                                      "                AND o.quick_win <> 0 AND o.achieved_on IS NOT NULL)"),
                       {Dates::toIso(today - boost::gregorian::days(days))}, csm, "a.csm", "a.stage_on, a.id",
                       limit);
}

} // namespace csw
