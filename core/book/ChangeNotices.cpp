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
        {QStringLiteral("churn_voc"), {QStringLiteral("voc_id"), QStringLiteral("account_id")}},
        {QStringLiteral("churn_reason"), {QStringLiteral("code"), QString()}},
        {QStringLiteral("handoff"), {QStringLiteral("account_id"), QStringLiteral("account_id")}},
        {QStringLiteral("activity_contact"), {QStringLiteral("activity_id"), QStringLiteral("account_id")}},
        {QStringLiteral("segment"), {QStringLiteral("name"), QString()}},
        {QStringLiteral("touch_kept"), {QString(), QStringLiteral("account_id")}},
        {QStringLiteral("program_account"), {QStringLiteral("program_id"), QStringLiteral("account_id")}},
        {QStringLiteral("program_attendee"), {QStringLiteral("id"), QStringLiteral("account_id")}},
        {QStringLiteral("program_contact"), {QStringLiteral("program_id"), QStringLiteral("account_id")}},
    };
    static const QStringList ofAccounts = {
        QStringLiteral("stage_event"),  QStringLiteral("arr_event"),  QStringLiteral("renewal_event"),
        QStringLiteral("health_alert"), QStringLiteral("nps_response"), QStringLiteral("activity"),
        QStringLiteral("task"),         QStringLiteral("plan_objective"), QStringLiteral("contact")};
    if (const auto found = special.constFind(table); found != special.cend())
        return *found;
    if (ofAccounts.contains(table))
        return {QStringLiteral("id"), QStringLiteral("account_id")};
    if (table == u"scorecard" || table == u"playbook_task" || table == u"touch_rule" || table == u"program")
        return {QStringLiteral("id"), QString()};
    return {};
}

// Makes (or makes again, after a table gains columns) the three trigger functions of one
// table: csw_notify_<table>_insert, _update and _delete. Each is static SQL over the statement's
// transition table (planned once per session, not per statement), looks at no more rows than it
// names, and for a table whose columns are named compares the old and new rows column by column.
const char *const maker = R"SQL(
CREATE FUNCTION csw_notify_make(tbl text, row_col text, account_col text, name_columns boolean)
RETURNS void LANGUAGE plpgsql AS $make$
DECLARE
    op text;
    r text := CASE row_col WHEN '' THEN 'NULL::text' ELSE format('%I::text', row_col) END;
    a text := CASE account_col WHEN '' THEN 'NULL::text' ELSE format('%I::text', account_col) END;
    diff text := '''''';
BEGIN
    IF name_columns AND row_col <> '' THEN
        SELECT format('concat_ws('','', %s)', string_agg(format(
                   'CASE WHEN bool_or(n.%1$I IS DISTINCT FROM o.%1$I) THEN %1$L END', column_name),
                   ', ' ORDER BY ordinal_position))
          INTO diff FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = tbl;
        diff := format('(SELECT %s FROM csw_new n JOIN csw_old o ON n.%I = o.%I)', diff, row_col, row_col);
    END IF;
    FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
        EXECUTE format($f$
CREATE OR REPLACE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed bigint; ids text; accounts text; columns text := '';
BEGIN
    SELECT count(*), string_agg(DISTINCT r, ','), string_agg(DISTINCT a, ',') INTO changed, ids, accounts
      FROM (SELECT %2$s AS r, %3$s AS a FROM %4$I LIMIT %MAX% + 1) s;
    IF changed = 0 THEN
        RETURN NULL;
    END IF;
    IF changed > %MAX% THEN
        ids := NULL;
        accounts := NULL;
    ELSE
        columns := coalesce(%5$s, '');
    END IF;
    PERFORM pg_notify('csw_changes', concat_ws('|', %6$L, %7$L, coalesce(ids, '*'), coalesce(accounts, '*'), columns));
    RETURN NULL;
END $$$f$, 'csw_notify_' || tbl || '_' || op, r, a,
            CASE op WHEN 'delete' THEN 'csw_old' ELSE 'csw_new' END,
            CASE op WHEN 'update' THEN diff ELSE '''''' END, tbl, left(op, 1));
    END LOOP;
END $make$)SQL";

} // namespace

QStringList tableStatements(const QStringList &tables)
{
    QStringList all;
    for (const QString &table : tables) {
        const auto [rows, accounts] = idColumns(table);
        all << QStringLiteral("DROP TRIGGER IF EXISTS %1_notify ON %1").arg(table)
            << QStringLiteral("SELECT csw_notify_make('%1', '%2', '%3', %4)")
                   .arg(table, rows, accounts, table == u"account" ? u"true" : u"false");
        for (const char *op : {"insert", "update", "delete"}) {
            const QString transition = qstrcmp(op, "insert") == 0 ? QStringLiteral("NEW TABLE AS csw_new")
                                       : qstrcmp(op, "delete") == 0
                                           ? QStringLiteral("OLD TABLE AS csw_old")
                                           : QStringLiteral("OLD TABLE AS csw_old NEW TABLE AS csw_new");
            all << QStringLiteral("DROP TRIGGER IF EXISTS %1_notify_%2 ON %1").arg(table, QLatin1String(op))
                << QStringLiteral("CREATE TRIGGER %1_notify_%2 AFTER %3 ON %1 REFERENCING %4 FOR EACH "
                                  "STATEMENT EXECUTE FUNCTION csw_notify_%1_%2()")
                       .arg(table, QLatin1String(op), QLatin1String(op).toString().toUpper(), transition);
        }
    }
    return all;
}

QStringList statements(const QStringList &tables)
{
    QStringList all = {QString::fromLatin1(maker).replace(QLatin1String("%MAX%"), QString::number(MaxNamed))};
    all += tableStatements(tables + QStringList{QStringLiteral("team_member")});
    all << QStringLiteral("DROP FUNCTION csw_notify()");
    return all;
}

} // namespace csw::ChangeNotices
