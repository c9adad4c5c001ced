// SPDX-License-Identifier: MIT
#include "book/RowSecurity.h"

namespace csw::RowSecurity {

namespace {

// The tables whose rows belong to one account (through account_id), and to one VOC entry.
const QStringList accountRecords = {
    QStringLiteral("stage_event"),   QStringLiteral("arr_event"),    QStringLiteral("renewal_event"),
    QStringLiteral("health_measure"), QStringLiteral("health_score"), QStringLiteral("health_alert"),
    QStringLiteral("nps_response"),  QStringLiteral("activity"),     QStringLiteral("task"),
    QStringLiteral("plan_objective"), QStringLiteral("voc_loop"), QStringLiteral("churn_voc"),
    QStringLiteral("contact"), QStringLiteral("handoff"), QStringLiteral("activity_contact"),
    QStringLiteral("touch_kept"), QStringLiteral("program_account"), QStringLiteral("program_attendee"),
    QStringLiteral("program_contact"),
};
const QStringList vocRecords = {QStringLiteral("voc_account"), QStringLiteral("voc_tag")};

// Who the login is here: read once per statement where written as (SELECT csw_role()).
const QStringList functions = {
    QStringLiteral(R"(CREATE TABLE team_member (
        login    TEXT PRIMARY KEY,
        role     TEXT NOT NULL CHECK (role IN ('lead', 'csm', 'viewer')),
        csm      TEXT,
        team     TEXT CHECK (team IS NULL OR team IN ('product', 'marketing', 'sales')),
        added_on TEXT NOT NULL,
        CHECK (role <> 'csm' OR csm IS NOT NULL)))"),
    // PL/pgSQL, whose statements' plans are kept for the session: an SQL function is planned
    // again at every call, which cost each guarded statement about 50 µs.
    QStringLiteral("CREATE FUNCTION csw_role() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN "
                   "IF pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('csw_book')), "
                   "'MEMBER') THEN RETURN 'lead'; END IF; "
                   "RETURN (SELECT role FROM team_member WHERE login = current_user); END $$"),
    QStringLiteral("CREATE FUNCTION csw_csm() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN "
                   "RETURN (SELECT csm FROM team_member WHERE login = current_user AND role = 'csm'); "
                   "END $$"),
    QStringLiteral("CREATE FUNCTION csw_team() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN "
                   "RETURN (SELECT team FROM team_member WHERE login = current_user AND role = 'viewer'); "
                   "END $$"),
};

const QString lead = QStringLiteral("(SELECT csw_role()) = 'lead'");
const QString member = QStringLiteral("(SELECT csw_role()) IS NOT NULL");

QString ownsAccount(const QString &accountId)
{
    return QStringLiteral("((SELECT csw_role()) = 'csm' AND EXISTS (SELECT 1 FROM account o "
                          "WHERE o.id = %1 AND o.csm = (SELECT csw_csm())))")
        .arg(accountId);
}

QString loggedVoc(const QString &vocId)
{
    return QStringLiteral("((SELECT csw_role()) = 'csm' AND EXISTS (SELECT 1 FROM voc o "
                          "WHERE o.id = %1 AND o.logged_by = current_user))")
        .arg(vocId);
}

QString teamsVoc(const QString &vocId)
{
    return QStringLiteral("((SELECT csw_role()) = 'viewer' AND EXISTS (SELECT 1 FROM voc o "
                          "WHERE o.id = %1 AND o.target IN ((SELECT csw_team()), 'both')))")
        .arg(vocId);
}

// A VOC row without what a status move changes (the status, and from schema 13 the row's
// version and who changed it when).
QString beyondStatus(const QString &row)
{
    return QStringLiteral("(to_jsonb(%1) - 'status' - 'row_version' - 'changed_by' - 'changed_at')").arg(row);
}

// Adding a row: a viewer adds nothing but the history of a status they moved.
QString addRule(const QString &table)
{
    if (table == u"voc")
        return QStringLiteral("%1 OR ((SELECT csw_role()) = 'csm' AND logged_by = current_user)").arg(lead);
    return rule(table, {});
}

// The old rows of an update or delete (`rows`), each held to the table's rule; a viewer's
// change of a VOC entry is its status alone.
QString oldRowsRefused(const QString &table, const QString &event)
{
    QString allowed = rule(table, QStringLiteral("r."));
    if (table == u"voc") {
        allowed = QStringLiteral("%1 OR ((SELECT csw_role()) = 'csm' AND r.logged_by = current_user)").arg(lead);
        if (event == u"UPDATE")
            allowed += QStringLiteral(" OR ((SELECT csw_role()) = 'viewer' AND r.target IN "
                                      "((SELECT csw_team()), 'both') AND EXISTS (SELECT 1 FROM "
                                      "csw_new n WHERE n.id = r.id AND %1 = %2))")
                           .arg(beyondStatus(QStringLiteral("n")), beyondStatus(QStringLiteral("r")));
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM csw_old r WHERE NOT coalesce(%1, false))").arg(allowed);
}

QStringList guard(const QString &table, const QString &event)
{
    const QString name = QStringLiteral("csw_guard_%1_%2").arg(table, event.toLower());
    const QString newRows = event == u"UPDATE" ? QStringLiteral(" NEW TABLE AS csw_new") : QString();
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF (SELECT csw_role()) IS DISTINCT FROM 'lead' AND %2 THEN "
                           "RAISE EXCEPTION 'csw: % of % refused for the role %', lower(TG_OP), "
                           "TG_TABLE_NAME, coalesce(csw_role(), 'none') USING ERRCODE = '42501'; "
                           "END IF; RETURN NULL; END $$")
                .arg(name, oldRowsRefused(table, event)),
            QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING OLD TABLE AS csw_old%4 "
                           "FOR EACH STATEMENT EXECUTE FUNCTION %1()")
                .arg(name, event, table, newRows)};
}

} // namespace

QString rule(const QString &table, const QString &row)
{
    if (table == u"account")
        return QStringLiteral("(%1 OR ((SELECT csw_role()) = 'csm' AND %2csm = (SELECT csw_csm())))")
            .arg(lead, row);
    if (accountRecords.contains(table))
        return QStringLiteral("(%1 OR %2)").arg(lead, ownsAccount(row + QStringLiteral("account_id")));
    if (vocRecords.contains(table))
        return QStringLiteral("(%1 OR %2)").arg(lead, loggedVoc(row + QStringLiteral("voc_id")));
    if (table == u"voc_change")
        return QStringLiteral("(%1 OR %2 OR %3)")
            .arg(lead, loggedVoc(row + QStringLiteral("voc_id")), teamsVoc(row + QStringLiteral("voc_id")));
    if (table == u"voc")
        return QStringLiteral("(%1 OR ((SELECT csw_role()) = 'csm' AND %2logged_by = current_user) OR "
                              "((SELECT csw_role()) = 'viewer' AND %2target IN ((SELECT csw_team()), 'both')))")
            .arg(lead, row);
    if (table == u"segment" || table == u"program")
        return QStringLiteral("(%1 OR (SELECT csw_role()) = 'csm')").arg(lead);
    return lead;
}

QStringList versionedGuards()
{
    return {guard(QStringLiteral("voc"), QStringLiteral("UPDATE")).constFirst()};
}

QStringList tableStatements(const QStringList &tables)
{
    QStringList out;
    for (const QString &table : tables) {
        out << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO PUBLIC").arg(table)
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            // Who is who is read by csw_role() itself: no rule on reading it (else it would recurse).
            << QStringLiteral("CREATE POLICY csw_read ON %1 FOR SELECT USING (%2)")
                   .arg(table, table == u"team_member" ? QStringLiteral("true") : member)
            << QStringLiteral("CREATE POLICY csw_add ON %1 FOR INSERT WITH CHECK (%2)").arg(table, addRule(table))
            << QStringLiteral("CREATE POLICY csw_change ON %1 FOR UPDATE USING (%2) WITH CHECK (%3)")
                   .arg(table, member, rule(table, {}))
            << QStringLiteral("CREATE POLICY csw_remove ON %1 FOR DELETE USING (%2)").arg(table, member);
        out << guard(table, QStringLiteral("UPDATE")) << guard(table, QStringLiteral("DELETE"));
    }
    return out;
}

QStringList statements(const QStringList &tables)
{
    QStringList out = functions + tableStatements(tables + QStringList{QStringLiteral("team_member")});
    out << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC")
        << QStringLiteral("CREATE TRIGGER team_member_notify AFTER INSERT OR UPDATE OR DELETE ON "
                          "team_member FOR EACH STATEMENT EXECUTE FUNCTION csw_notify()");
    return out;
}

} // namespace csw::RowSecurity
