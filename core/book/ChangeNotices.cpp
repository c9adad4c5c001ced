// SPDX-License-Identifier: MIT
#include "book/ChangeNotices.h"

#include <QHash>
#include <QPair>

namespace csw::ChangeNotices {

namespace {

// Per table, the column that names its rows to a listener and the one naming their account
// (empty: none). The VOC's own tables name the entry, which is what the VOC views follow.
QPair<QString, QString> idColumns(const QString &table)
{
    static const QHash<QString, QPair<QString, QString>> special = {
        {QStringLiteral("account"), {QStringLiteral("id"), QStringLiteral("id")}},
        {QStringLiteral("voc"), {QStringLiteral("id"), QString()}},
        {QStringLiteral("voc_account"), {QStringLiteral("voc_id"), QStringLiteral("account_id")}},
        {QStringLiteral("voc_tag"), {QStringLiteral("voc_id"), QString()}},
        {QStringLiteral("voc_change"), {QStringLiteral("voc_id"), QString()}},
        {QStringLiteral("voc_loop"), {QStringLiteral("voc_id"), QStringLiteral("account_id")}},
        {QStringLiteral("health_measure"), {QString(), QStringLiteral("account_id")}},
        {QStringLiteral("health_score"), {QString(), QStringLiteral("account_id")}},
    };
    static const QStringList ofAccounts = {
        QStringLiteral("stage_event"),  QStringLiteral("arr_event"),  QStringLiteral("renewal_event"),
        QStringLiteral("health_alert"), QStringLiteral("nps_response"), QStringLiteral("activity"),
        QStringLiteral("task"),         QStringLiteral("plan_objective")};
    if (const auto found = special.constFind(table); found != special.cend())
        return *found;
    if (ofAccounts.contains(table))
        return {QStringLiteral("id"), QStringLiteral("account_id")};
    if (table == u"scorecard" || table == u"playbook_task")
        return {QStringLiteral("id"), QString()};
    return {};
}

// TG_ARGV[0]: the rows' column, TG_ARGV[1]: the accounts' column ('' for none). The transition
// tables are read with EXECUTE because the columns differ per table.
const char *const function = R"SQL(
CREATE FUNCTION csw_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
    source text := CASE TG_OP WHEN 'DELETE' THEN 'csw_old' ELSE 'csw_new' END;
    ids text;
    accounts text;
    columns text := '';
BEGIN
    EXECUTE format('SELECT count(*) FROM %I', source) INTO changed;
    IF changed = 0 THEN
        RETURN NULL;
    END IF;
    IF changed <= %MAX% THEN
        IF TG_ARGV[0] <> '' THEN
            EXECUTE format('SELECT string_agg(DISTINCT %I::text, '','') FROM %I', TG_ARGV[0], source) INTO ids;
        END IF;
        IF TG_ARGV[1] <> '' THEN
            EXECUTE format('SELECT string_agg(DISTINCT %I::text, '','') FROM %I', TG_ARGV[1], source) INTO accounts;
        END IF;
        IF TG_OP = 'UPDATE' AND TG_ARGV[0] <> '' THEN
            EXECUTE format('SELECT coalesce(string_agg(DISTINCT e.key, '',''), '''') '
                           'FROM csw_new n JOIN csw_old o ON n.%1$I = o.%1$I, jsonb_each(to_jsonb(n)) e '
                           'WHERE to_jsonb(o) -> e.key IS DISTINCT FROM e.value', TG_ARGV[0]) INTO columns;
        END IF;
    END IF;
    PERFORM pg_notify('csw_changes', concat_ws('|', TG_TABLE_NAME, lower(left(TG_OP, 1)),
        coalesce(ids, '*'), coalesce(accounts, '*'), columns));
    RETURN NULL;
END $$)SQL";

} // namespace

QStringList statements(const QStringList &tables)
{
    QStringList all = {QString::fromLatin1(function).replace(QLatin1String("%MAX%"), QString::number(MaxNamed))};
    for (const QString &table : tables + QStringList{QStringLiteral("team_member")}) {
        const auto [rows, accounts] = idColumns(table);
        const QString arguments = QStringLiteral("'%1', '%2'").arg(rows, accounts);
        all << QStringLiteral("DROP TRIGGER IF EXISTS %1_notify ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_notify_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS "
                              "csw_new FOR EACH STATEMENT EXECUTE FUNCTION csw_notify_rows(%2)")
                   .arg(table, arguments)
            << QStringLiteral("CREATE TRIGGER %1_notify_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS "
                              "csw_old NEW TABLE AS csw_new FOR EACH STATEMENT EXECUTE FUNCTION "
                              "csw_notify_rows(%2)")
                   .arg(table, arguments)
            << QStringLiteral("CREATE TRIGGER %1_notify_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS "
                              "csw_old FOR EACH STATEMENT EXECUTE FUNCTION csw_notify_rows(%2)")
                   .arg(table, arguments);
    }
    all << QStringLiteral("DROP FUNCTION csw_notify()");
    return all;
}

} // namespace csw::ChangeNotices
