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

QString MyDayQueries::inSegment(const QString &idColumn, QVariantList &values) const
{
    if (m_segment.isEmpty())
        return {};
    return QStringLiteral(" AND ") + SegmentRules::membersSql(idColumn, m_segment, Dates::today(), values);
}

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
    sql += inSegment(QStringLiteral("t.account_id"), values);
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
    QVariantList values{Dates::toIso(today), Dates::toIso(today + boost::gregorian::days(days))};
    const QString sql = QStringLiteral("SELECT id, name, csm, arr, renewal_on FROM account "
                                       "WHERE renewal_on >= ? AND renewal_on <= ? AND stage <> 'churned'")
                        + inSegment(QStringLiteral("id"), values);
    return accountRows(m_book, sql, values, csm, "csm", "renewal_on, id", limit);
}

Expected<QList<AccountRow>> MyDayQueries::onboardingWithoutQuickWin(const QString &csm, const Date &today,
                                                                    int days, int limit) const
{
    // Served by account_stage_on (stage, stage_on): the onboarding accounts that have waited
    // longest come first, so the scan stops after `limit` of them without a quick win.
    // stage_on is when the account entered its stage (schema 8).
    QVariantList values{Dates::toIso(today - boost::gregorian::days(days))};
    const QString sql = QStringLiteral("SELECT a.id, a.name, a.csm, a.arr, a.stage_on FROM account a "
                                       "WHERE a.stage = 'onboarding' AND a.stage_on <= ? "
                                       "AND NOT EXISTS (SELECT 1 FROM plan_objective o WHERE o.account_id = a.id "
                                       "                AND o.quick_win <> 0 AND o.achieved_on IS NOT NULL)")
                        + inSegment(QStringLiteral("a.id"), values);
    return accountRows(m_book, sql, values, csm, "a.csm", "a.stage_on, a.id", limit);
}

Expected<QList<AccountRow>> MyDayQueries::peopleToFollow(const QString &csm, const Date &today, int days,
                                                        int limit) const
{
    // A champion or decision maker who left: roles are comma-separated keys.
    QString sql = QStringLiteral(
        "SELECT a.id, a.name, a.csm, a.arr, c.left_on, c.name, c.roles FROM contact c "
        "JOIN account a ON a.id = c.account_id WHERE a.stage <> 'churned' AND c.left_on >= ? "
        "AND c.left_on <= ? AND (',' || c.roles || ',' LIKE '%,champion,%' "
        "OR ',' || c.roles || ',' LIKE '%,decision-maker,%')");
    QVariantList values{Dates::toIso(today - boost::gregorian::days(days)), Dates::toIso(today)};
    if (!csm.isEmpty()) {
        sql += QStringLiteral(" AND a.csm = ?");
        values << csm;
    }
    sql += inSegment(QStringLiteral("a.id"), values);
    auto left = m_book.query(sql + QStringLiteral(" ORDER BY c.left_on DESC, c.id LIMIT ?"), values << limit);
    if (!left)
        return left.error();
    QList<AccountRow> rows;
    while (left->next()) {
        const bool champion = left->value(6).toString().split(QLatin1Char(',')).contains(QStringLiteral("champion"));
        rows << AccountRow{left->value(0).toLongLong(), left->value(1).toString(), left->value(2).toString(),
                           left->value(3).toLongLong(), dateFrom(left->value(4)),
                           (champion ? tr("champion %1 left") : tr("decision maker %1 left")).arg(left->value(5).toString())};
    }
    left->finish();
    // An onboarding account whose hand-off lacks any of what Handoffs::missing checks (the same
    // columns: keep the two alike).
    QVariantList incompleteValues;
    const QString incompleteSql =
        QStringLiteral("SELECT a.id, a.name, a.csm, a.arr, a.stage_on FROM account a "
                       "LEFT JOIN handoff h ON h.account_id = a.id WHERE a.stage = 'onboarding' "
                       "AND (h.account_id IS NULL OR h.sales_owner IS NULL OR h.purpose IS NULL OR h.problems IS NULL "
                       "OR h.expectations IS NULL OR h.success_criteria IS NULL OR h.decision_maker_id IS NULL "
                       "OR h.champion_id IS NULL)")
        + inSegment(QStringLiteral("a.id"), incompleteValues);
    auto incomplete = accountRows(m_book, incompleteSql, incompleteValues, csm, "a.csm", "a.stage_on, a.id",
                                  int(std::max<qsizetype>(0, limit - rows.size())));
    if (!incomplete)
        return incomplete.error();
    for (AccountRow &row : *incomplete) {
        row.note = tr("hand-off incomplete");
        rows << row;
    }
    return rows;
}

} // namespace csw
