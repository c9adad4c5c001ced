// SPDX-License-Identifier: MIT
// HealthRepository's alerts: raised, listed (My Day, the window, csw alerts), snoozed and closed.
#include "health/HealthRepository.h"

#include "book/Book.h"
#include "book/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {

HealthAlert alertFrom(const QSqlQuery &q)
{
    HealthAlert a;
    a.id = q.value(0).toLongLong();
    a.accountId = q.value(1).toLongLong();
    a.accountName = q.value(2).toString();
    a.raisedOn = Dates::parseIso(q.value(3).toString()).value_or(Date());
    a.reason = q.value(4).toString();
    a.score = q.value(5).toDouble();
    if (!q.value(6).isNull())
        a.previousScore = q.value(6).toDouble();
    a.status = q.value(7).toString();
    a.snoozedUntil = Dates::parseIso(q.value(8).toString());
    a.accountCsm = q.value(9).toString();
    a.accountStage = Stages::fromKey(q.value(10).toString()).value_or(Stage::Onboarding);
    a.measure = q.value(11).toString();
    if (!q.value(12).isNull())
        a.measureFrom = q.value(12).toDouble();
    a.measureTo = q.value(13).toDouble();
    a.measureFromOn = Dates::parseIso(q.value(14).toString());
    if (!q.value(15).isNull())
        a.measureLevel = q.value(15).toDouble();
    return a;
}

const char *const alertColumns =
    "SELECT h.id, h.account_id, a.name, h.raised_on, h.reason, h.score, h.previous_score, "
    "h.status, h.snoozed_until, a.csm, a.stage, h.measure, h.measure_from, h.measure_to, h.measure_from_on, "
    "h.measure_level FROM health_alert h "
    "JOIN account a ON a.id = h.account_id ";

} // namespace

Expected<std::optional<HealthAlert>> HealthRepository::activeAlert(qint64 accountId) const
{
    auto q = m_book.prepare(QString::fromLatin1(alertColumns)
                            + QStringLiteral("WHERE h.account_id = ? AND h.status IN ('open', 'snoozed')"));
    if (!q)
        return q.error();
    q->addBindValue(accountId);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next())
        return std::optional<HealthAlert>();
    return std::optional<HealthAlert>(alertFrom(*q));
}

Expected<qint64> HealthRepository::raiseAlert(const HealthAlert &alert)
{
    auto q = m_book.prepare(QStringLiteral(
        "INSERT INTO health_alert (account_id, raised_on, reason, score, previous_score, measure, measure_from, "
        "measure_to, measure_from_on, measure_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(alert.accountId);
    q->addBindValue(Dates::toIso(alert.raisedOn));
    q->addBindValue(alert.reason);
    q->addBindValue(alert.score);
    q->addBindValue(SqlValues::number(alert.previousScore));
    const bool measure = !alert.measure.isEmpty();
    q->addBindValue(measure ? QVariant(alert.measure) : QVariant(QMetaType::fromType<QString>()));
    q->addBindValue(SqlValues::number(alert.measureFrom));
    q->addBindValue(measure ? QVariant(alert.measureTo) : QVariant(QMetaType::fromType<double>()));
    q->addBindValue(alert.measureFromOn ? QVariant(Dates::toIso(*alert.measureFromOn))
                                        : QVariant(QMetaType::fromType<QString>()));
    q->addBindValue(SqlValues::number(alert.measureLevel));
    return m_book.insert(*q);
}

Expected<QList<HealthAlert>> HealthRepository::openAlerts(const Date &today, const QString &csm, int limit,
                                                          const QList<SegmentCondition> &segment) const
{
    // The first term lets health_alert_open_raised (a partial index) serve the newest first.
    const QString open = QStringLiteral("h.status IN ('open', 'snoozed') AND (h.status = 'open' OR "
                                        "h.snoozed_until <= ?)");
    const QString order = QStringLiteral(" ORDER BY h.raised_on DESC, h.id DESC");
    const QString limited = limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    QString sql;
    QVariantList values{Dates::toIso(today)};
    if (csm.isEmpty() && segment.isEmpty() && limit > 0) {
        // The newest alerts first, then their accounts: `limit` account lookups, not one per
        // open alert of the book.
        sql = QString::fromLatin1(alertColumns)
                  .replace(QStringLiteral("FROM health_alert h"),
                           QStringLiteral("FROM (SELECT * FROM health_alert h WHERE ") + open + order + limited
                               + QStringLiteral(") h"))
              + order;
    } else {
        sql = QString::fromLatin1(alertColumns) + QStringLiteral("WHERE ") + open;
        if (!csm.isEmpty()) {
            sql += QStringLiteral(" AND a.csm = ?");
            values << csm;
        }
        if (!segment.isEmpty())
            sql += QStringLiteral(" AND ") + SegmentRules::membersSql(QStringLiteral("h.account_id"), segment, today, values);
        sql += order + limited;
    }
    auto q = m_book.query(sql, values);
    if (!q)
        return q.error();
    QList<HealthAlert> alerts;
    while (q->next())
        alerts << alertFrom(*q);
    return alerts;
}

Expected<HealthAlert> HealthRepository::alert(qint64 id) const
{
    auto q = m_book.prepare(QString::fromLatin1(alertColumns) + QStringLiteral("WHERE h.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    if (!q->next())
        return Error{tr("there is no alert %1").arg(id), ErrorKind::NotFound};
    return alertFrom(*q);
}

Status HealthRepository::setAlertStatus(qint64 id, const QString &status,
                                        const std::optional<Date> &until,
                                        const std::optional<Date> &closedOn)
{
    auto q = m_book.prepare(QStringLiteral(
        "UPDATE health_alert SET status = ?, snoozed_until = ?, closed_on = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(status);
    q->addBindValue(SqlValues::date(until));
    q->addBindValue(SqlValues::date(closedOn));
    q->addBindValue(id);
    return m_book.exec(*q);
}

} // namespace csw
