// SPDX-License-Identifier: MIT
#include "voc/VocQuery.h"

#include "accounts/ChurnReasons.h"

#include "common/SearchFold.h"

namespace csw {

namespace {

constexpr const char *atRisk = "(a.health_band = 'red' OR a.stage = 'churn-prevention')";

QString whereSql(const Dialect &dialect, const VocFilter &f, QVariantList &values)
{
    QStringList where;
    if (!f.includeMerged)
        where << QStringLiteral("v.merged_into IS NULL");
    if (f.target) {
        if (*f.target == VocTarget::Both || *f.target == VocTarget::Sales) {   // only their own
            where << QStringLiteral("v.target = ?");
            values << VocNames::key(*f.target);
        } else {
            where << QStringLiteral("v.target IN (?, 'both')");
            values << VocNames::key(*f.target);
        }
    }
    if (f.status) {
        where << QStringLiteral("v.status = ?");
        values << VocNames::key(*f.status);
    }
    if (f.kind) {
        where << QStringLiteral("v.kind = ?");
        values << VocNames::key(*f.kind);
    }
    if (!f.tag.isEmpty()) {
        where << QStringLiteral("v.id IN (SELECT voc_id FROM voc_tag WHERE tag = ?)");
        values << f.tag.simplified();
    }
    if (f.since) {
        where << QStringLiteral("v.logged_on >= ?");
        values << Dates::toIso(*f.since);
    }
    if (f.until) {
        where << QStringLiteral("v.logged_on <= ?");
        values << Dates::toIso(*f.until);
    }
    if (f.accountId > 0) {
        where << QStringLiteral("v.id IN (SELECT voc_id FROM voc_account WHERE account_id = ?)");
        values << f.accountId;
    }
    if (!f.csm.isEmpty() || f.touch) {
        QStringList on;
        if (!f.csm.isEmpty()) {
            on << QStringLiteral("a.csm = ?");
            values << f.csm;
        }
        if (f.touch) {
            on << QStringLiteral("a.touch = ?");
            values << Stages::key(*f.touch);
        }
        where << QStringLiteral("v.id IN (SELECT va.voc_id FROM voc_account va JOIN account a "
                                "ON a.id = va.account_id WHERE %1)")
                     .arg(on.join(QStringLiteral(" AND ")));
    }
    if (!f.segment.isEmpty())
        where << QStringLiteral("v.id IN (SELECT va.voc_id FROM voc_account va WHERE %1)")
                     .arg(SegmentRules::membersSql(QStringLiteral("va.account_id"), f.segment, Dates::today(), values));
    // Text and tags as search sees them (SearchFold), on both sides.
    const QString search = SearchFold::of(f.search.trimmed());
    if (!search.isEmpty()) {
        const QString text = dialect.vocTextContains(search, values);
        where << QStringLiteral("(%1 OR v.id IN (SELECT voc_id FROM voc_tag WHERE search_tag = ?))").arg(text);
        values << search;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString orderSql(VocSort sort)
{
    switch (sort) {
    case VocSort::WeightedArr: return QStringLiteral(" ORDER BY weighted_arr DESC, v.id");
    case VocSort::Arr: return QStringLiteral(" ORDER BY arr DESC, v.id");
    case VocSort::AtRiskArr: return QStringLiteral(" ORDER BY at_risk_arr DESC, weighted_arr DESC, v.id");
    case VocSort::Accounts: return QStringLiteral(" ORDER BY account_count DESC, weighted_arr DESC, v.id");
    case VocSort::Date: return QStringLiteral(" ORDER BY v.logged_on DESC, v.id DESC");
    case VocSort::Id: return QStringLiteral(" ORDER BY v.id");
    }
    return {};
}

} // namespace

const QStringList &VocQuery::columnKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"), QStringLiteral("logged_on"), QStringLiteral("kind"),
        QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("source"),
        QStringLiteral("tags"), QStringLiteral("text"), QStringLiteral("account_count"),
        QStringLiteral("arr"), QStringLiteral("weighted_arr"), QStringLiteral("at_risk_arr"),
        QStringLiteral("accounts_at_risk"), QStringLiteral("accounts"), QStringLiteral("csms"),
        QStringLiteral("contacts"), QStringLiteral("churned_arr"), QStringLiteral("said_by")};
    return keys;
}

std::optional<VocSort> VocQuery::sortFromKey(const QString &key)
{
    static const QList<std::pair<QString, VocSort>> keys = {
        {QStringLiteral("impact"), VocSort::WeightedArr}, {QStringLiteral("arr"), VocSort::Arr},
        {QStringLiteral("risk"), VocSort::AtRiskArr}, {QStringLiteral("accounts"), VocSort::Accounts},
        {QStringLiteral("date"), VocSort::Date}, {QStringLiteral("id"), VocSort::Id}};
    for (const auto &[k, sort] : keys) {
        if (k == key)
            return sort;
    }
    return std::nullopt;
}

QStringList VocQuery::sortKeys()
{
    return {QStringLiteral("impact"), QStringLiteral("arr"), QStringLiteral("risk"),
            QStringLiteral("accounts"), QStringLiteral("date"), QStringLiteral("id")};
}

QByteArray VocQuery::sql(const Dialect &dialect, const VocFilter &filter, VocSort sort,
                         QVariantList &values, qint64 offset, int limit)
{
    // The impact of every entry in one grouped pass over its links; names, CSMs and contacts
    // only for the rows that are returned.
    QString sql = QStringLiteral(
        "SELECT v.id, v.logged_on, v.kind, v.target, v.status, v.source, "
        "(SELECT %2 FROM voc_tag t WHERE t.voc_id = v.id) AS tags, "
        "v.text, coalesce(i.n, 0) AS account_count, coalesce(i.arr, 0) AS arr, "
        "coalesce(i.weighted, 0) AS weighted_arr, coalesce(i.at_risk, 0) AS at_risk_arr, "
        "coalesce(i.n_at_risk, 0) AS accounts_at_risk, "
        "(SELECT %3 FROM voc_account va JOIN account a "
        "ON a.id = va.account_id WHERE va.voc_id = v.id) AS accounts, "
        "(SELECT %4 FROM (SELECT DISTINCT a.csm FROM voc_account va JOIN account a "
        "ON a.id = va.account_id WHERE va.voc_id = v.id ORDER BY a.csm) c) AS csms, "
        "(SELECT %5 FROM voc_loop l WHERE l.voc_id = v.id) AS contacts, "
        // What the churns that named the entry (or one merged into it) as behind them lost.
        "(SELECT CAST(coalesce(sum(%6), 0) AS BIGINT) FROM churn_voc cv JOIN stage_event s "
        "ON s.id = cv.stage_event_id WHERE cv.voc_id = v.id OR cv.voc_id IN "
        "(SELECT m.id FROM voc m WHERE m.merged_into = v.id)) AS churned_arr, "
        "(SELECT ct.name FROM contact ct WHERE ct.id = v.contact_id) AS said_by "
        "FROM voc v LEFT JOIN (SELECT va.voc_id, count(*) AS n, CAST(sum(a.arr) AS BIGINT) AS arr, "
        "CAST(sum(a.arr * va.importance) AS BIGINT) AS weighted, "
        "CAST(sum(CASE WHEN %1 THEN a.arr ELSE 0 END) AS BIGINT) AS at_risk, "
        "CAST(sum(CASE WHEN %1 THEN 1 ELSE 0 END) AS BIGINT) AS n_at_risk "
        "FROM voc_account va JOIN account a ON a.id = va.account_id GROUP BY va.voc_id) i "
        "ON i.voc_id = v.id")
                      .arg(QLatin1String(atRisk),
                           dialect.listOf(QStringLiteral("tag"), QStringLiteral(";"), QStringLiteral("tag")),
                           dialect.listOf(QStringLiteral("a.name"), QStringLiteral("; "),
                                          QStringLiteral("va.account_id")),
                           dialect.listOf(QStringLiteral("c.csm"), QStringLiteral(","), QStringLiteral("c.csm")),
                           dialect.listOf(QStringLiteral("l.contact"), QStringLiteral("; "),
                                          QStringLiteral("l.account_id, l.id")),
                           ChurnReasons::lostArrSql(QStringLiteral("s")));
    sql += whereSql(dialect, filter, values);
    sql += orderSql(sort);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    return sql.toUtf8();
}

QByteArray VocQuery::countSql(const Dialect &dialect, const VocFilter &filter, QVariantList &values)
{
    return (QStringLiteral("SELECT count(*) FROM voc v") + whereSql(dialect, filter, values)).toUtf8();
}

} // namespace csw
