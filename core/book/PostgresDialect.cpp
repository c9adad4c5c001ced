// SPDX-License-Identifier: MIT
#include "book/PostgresDialect.h"

#include "book/ChangeNotices.h"
#include "book/RowSecurity.h"
#include "book/Schema.h"

#include <QDate>
#include <QRegularExpression>
#include <QtNumeric>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace csw {

namespace {

// A trigger as PostgreSQL writes it: a PL/pgSQL function and the trigger calling it. SQLite's
// WHEN clauses may hold subqueries, PostgreSQL's may not: those conditions are in the body.
// A bulk loader that does the trigger's work itself sets csw.suspend_NAME for its transaction
// (BulkLoad::suspendTriggers): no ALTER TABLE, so no lock on the table and no clash with the
// references it checks at commit.
QStringList trigger(const QString &name, const QString &event, const QString &body,
                    const QString &when = {})
{
    return {QStringLiteral("CREATE FUNCTION csw_%1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN IF current_setting('csw.suspend_%1', true) = 'on' THEN "
                           "RETURN NULL; END IF; %2; RETURN NULL; END $$")
                .arg(name, body),
            QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW %3EXECUTE FUNCTION csw_%1()")
                .arg(name, event, when.isEmpty() ? QString() : QStringLiteral("WHEN (%1) ").arg(when))};
}

// SQLite's engine-only statements, by the name of what they create.
QStringList counterpart(const QString &name)
{
    // Search: a trigram index, which finds Japanese as FTS5's does (schema 4 on the text,
    // schema 9 on the folded text).
    if (name == u"voc_fts")
        return {QStringLiteral("CREATE INDEX voc_text_trgm ON voc USING gin (text gin_trgm_ops)")};
    if (name == u"voc_search")
        return {QStringLiteral("CREATE INDEX voc_search_trgm ON voc USING gin (search_text gin_trgm_ops)")};
    if (name.startsWith(u"voc_fts_") || name.startsWith(u"voc_search_"))   // FTS5's triggers: the GIN index keeps itself
        return {};
    const QString latestStage = QStringLiteral(
        "coalesce((SELECT max(e.entered_on) FROM stage_event e WHERE e.account_id = %1), %2)");
    if (name == u"account_since_insert")
        return trigger(name, QStringLiteral("AFTER INSERT ON account"),
                       QStringLiteral("UPDATE account SET stage_on = %1 WHERE id = NEW.id")
                           .arg(latestStage.arg(QStringLiteral("NEW.id"), QStringLiteral("NEW.start_on"))),
                       QStringLiteral("NEW.stage_on IS NULL"));
    if (name == u"stage_event_since_insert")
        return trigger(name, QStringLiteral("AFTER INSERT ON stage_event"),
                       QStringLiteral("UPDATE account SET stage_on = NEW.entered_on WHERE id = "
                                      "NEW.account_id AND NEW.entered_on > coalesce(stage_on, '')"));
    if (name == u"stage_event_since_delete")
        return trigger(name, QStringLiteral("AFTER DELETE ON stage_event"),
                       QStringLiteral("UPDATE account SET stage_on = %1 WHERE id = OLD.account_id")
                           .arg(latestStage.arg(QStringLiteral("OLD.account_id"), QStringLiteral("start_on"))));
    if (name == u"stage_event_since_update")
        return trigger(name, QStringLiteral("AFTER UPDATE OF account_id, entered_on ON stage_event"),
                       QStringLiteral("UPDATE account SET stage_on = %1 WHERE id IN "
                                      "(OLD.account_id, NEW.account_id)")
                           .arg(latestStage.arg(QStringLiteral("account.id"), QStringLiteral("start_on"))));
    return {QStringLiteral("-- no PostgreSQL counterpart for %1").arg(name)};
}

} // namespace

QStringList PostgresDialect::ownStatements(int version) const
{
    if (version == 23) {   // the account list's sort orders, walked in the index alone
        QStringList statements;
        for (const auto &[index, column] : {std::pair{"account_arr", "arr"}, {"account_csm", "csm"},
                                           {"account_health", "health_score"}, {"account_plan", "plan"},
                                           {"account_renewal", "renewal_on"}, {"account_stage", "stage"},
                                           {"account_touch", "touch"}})
            statements << QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))
                       << QStringLiteral("CREATE INDEX %1 ON account (%2, id)").arg(QLatin1String(index), QLatin1String(column));
        return statements + QStringList{QStringLiteral("DROP INDEX account_name"),
                                        QStringLiteral("CREATE INDEX account_name ON account (lower(name), id) INCLUDE (name)")};
    }
    if (version == 11) {   // who wrote each history row: the server knows the login
        QStringList statements;
        for (const char *table : {"stage_event", "arr_event", "renewal_event", "voc_change", "health_measure"})
            statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN changed_by SET DEFAULT current_user")
                              .arg(QLatin1String(table));
        return statements;
    }
    if (version == 13)
        return RowSecurity::versionedGuards();
    if (version == 15)   // change notifications that say which rows and columns
        return ChangeNotices::statements(Schema::tables(version));
    if (version == 21) {   // the contacts a program invites: the rules of their accounts
        const QStringList added = {QStringLiteral("program_contact")};
        return RowSecurity::tableStatements(added) + ChangeNotices::tableStatements(added);
    }
    if (version == 20) {   // touch model rules (every member reads them, a lead sets them); alerts per measure
        const QStringList added = {QStringLiteral("touch_rule"), QStringLiteral("touch_kept"), QStringLiteral("program"),
                                   QStringLiteral("program_account"), QStringLiteral("program_attendee")};
        return QStringList{QStringLiteral("ALTER TABLE health_alert DROP CONSTRAINT health_alert_reason_check"),
                           QStringLiteral("ALTER TABLE health_alert ADD CONSTRAINT health_alert_reason_check CHECK "
                                          "(reason IN ('red', 'drop', 'measure'))")}
               + RowSecurity::tableStatements(added) + ChangeNotices::tableStatements(added)
               // Every member adds rules, programs and attendees: their ids' sequences too.
               + QStringList{QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC")};
    }
    if (version == 19) {   // segments: every member reads them, a lead or a CSM saves them
        const QStringList added = {QStringLiteral("segment")};
        return RowSecurity::tableStatements(added) + ChangeNotices::tableStatements(added);
    }
    if (version == 18) {   // VOC for sales; who attended, said, was told, answered: the rules and notifications
        const QStringList added = {QStringLiteral("activity_contact")};
        return QStringList{QStringLiteral("ALTER TABLE voc DROP CONSTRAINT voc_target_check"),
                           QStringLiteral("ALTER TABLE voc ADD CONSTRAINT voc_target_check CHECK "
                                          "(target IN ('product', 'marketing', 'both', 'sales'))")}
               + RowSecurity::tableStatements(added)
               + ChangeNotices::tableStatements(added);
    }
    if (version == 17) {   // contacts and hand-offs: the tables' rules and notifications
        const QStringList added = {QStringLiteral("contact"), QStringLiteral("handoff")};
        return RowSecurity::tableStatements(added)
               + QStringList{QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC")}
               + ChangeNotices::tableStatements(added);
    }
    if (version == 16) {   // churn reasons: two new tables, and the account's new column named
        const QStringList added = {QStringLiteral("churn_reason"), QStringLiteral("churn_voc")};
        return RowSecurity::tableStatements(added) + QStringList{QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC")}
               + ChangeNotices::tableStatements(added + QStringList{QStringLiteral("account")});
    }
    if (version == 14)   // who made each scorecard version
        return {QStringLiteral("ALTER TABLE scorecard ALTER COLUMN created_by SET DEFAULT current_user")};
    if (version == 12) {   // people and roles: the server holds every login to them
        return QStringList{QStringLiteral("ALTER TABLE voc ALTER COLUMN logged_by SET DEFAULT current_user")}
               + RowSecurity::statements(Schema::tables(version));
    }
    if (version != 10)
        return {};
    // Once per statement, not per row: a bulk load is one notification. Delivered at commit,
    // and only then; identical ones of one transaction are delivered once.
    QStringList statements = {QStringLiteral(
        "CREATE FUNCTION csw_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('csw_changes', TG_TABLE_NAME); RETURN NULL; END $$")};
    for (const QString &table : Schema::tables(version))
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION csw_notify()")
                          .arg(table);
    return statements;
}

QString PostgresDialect::readVersion() const
{
    return QStringLiteral("SELECT schema_version FROM csw_book");
}

QStringList PostgresDialect::recordVersion(int version) const
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS csw_book (one BOOLEAN PRIMARY KEY DEFAULT TRUE "
                           "CHECK (one), application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO csw_book (application_id, schema_version) VALUES (%1, %2) "
                           "ON CONFLICT (one) DO UPDATE SET application_id = EXCLUDED.application_id, "
                           "schema_version = EXCLUDED.schema_version")
                .arg(0x43535742)
                .arg(version),
            // Every member reads what the book is; only its owner changes it (migrations).
            QStringLiteral("GRANT SELECT ON csw_book TO PUBLIC")};
}

QStringList PostgresDialect::translate(const QString &statement) const
{
    static const QRegularExpression engineOnly(
        QStringLiteral(R"(^\s*CREATE\s+(?:VIRTUAL\s+TABLE|TRIGGER)\s+(\w+))"));
    if (const auto m = engineOnly.match(statement); m.hasMatch())
        return counterpart(m.captured(1));
    // Dropping what SQLite alone has: its search table goes with its counterpart index.
    static const QRegularExpression dropEngineOnly(QStringLiteral(R"(^\s*DROP\s+(TABLE|TRIGGER)\s+(voc_fts\w*)\s*$)"));
    if (const auto m = dropEngineOnly.match(statement); m.hasMatch())
        return m.captured(2) == u"voc_fts" ? QStringList{QStringLiteral("DROP INDEX voc_text_trgm")} : QStringList();
    static const QList<std::pair<QRegularExpression, QString>> rewrites = {
        {QRegularExpression(QStringLiteral(R"(\bINTEGER PRIMARY KEY\b)")),
         QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
        {QRegularExpression(QStringLiteral(R"(\bINTEGER\b)")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral(R"(\bREAL\b)")), QStringLiteral("DOUBLE PRECISION")},
        {QRegularExpression(QStringLiteral(R"(\)\s*WITHOUT ROWID\s*$)")), QStringLiteral(")")},
        {QRegularExpression(QStringLiteral(R"(\((\w+) COLLATE NOCASE\))")), QStringLiteral("(lower(\\1))")},
        // Bulk loads write a parent after its children and check references at commit, as
        // SQLite's defer_foreign_keys lets them (BulkLoad: SET CONSTRAINTS ALL DEFERRED).
        {QRegularExpression(QStringLiteral(R"((REFERENCES \w+ \(\w+\)(?: ON DELETE (?:CASCADE|SET NULL))?))")),
         QStringLiteral("\\1 DEFERRABLE")},
    };
    QString sql = statement;
    for (const auto &[pattern, replacement] : rewrites)
        sql.replace(pattern, replacement);
    // SQLite gives the next id to a row inserted with a NULL id (as the repositories do when
    // they have none); PostgreSQL's identity only to a row that leaves it out. A trigger gives
    // NULL ids the next one, so every insert reads the same on both.
    static const QRegularExpression table(QStringLiteral(R"(^\s*CREATE TABLE (\w+) \(\s*id\s+INTEGER PRIMARY KEY\b)"));
    if (const auto m = table.match(statement); m.hasMatch())
        return {sql, QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW "
                                    "WHEN (NEW.id IS NULL) EXECUTE FUNCTION csw_next_id()")
                         .arg(m.captured(1))};
    return {sql};
}

ErrorKind PostgresDialect::kindOf(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();   // the SQLSTATE
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014")
        return ErrorKind::Busy;   // serialization, deadlock, lock_timeout, statement_timeout
    if (state == u"25006")
        return ErrorKind::ReadOnly;   // a read-only transaction
    if (state == u"42501")
        return ErrorKind::Permission;   // the login's role may not (RowSecurity, grants)
    if (state == u"53100")
        return ErrorKind::DiskFull;
    if (state == u"23505")
        return ErrorKind::Conflict;
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return ErrorKind::ConnectionLost;
    if (state == u"XX001" || state == u"XX002")
        return ErrorKind::Damaged;
    if (state.isEmpty() && error.type() == QSqlError::ConnectionError)
        return ErrorKind::ConnectionLost;
    return ErrorKind::Other;
}

namespace {
// A literal for `value`; empty when it has none here (bytes), so the caller prepares instead.
QString literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        if (!qIsFinite(value.toDouble()))
            return {};
        text = QString::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QByteArray:
        return {};
    default:
        text = value.toString();
    }
    if (text.contains(QChar(0)))
        return {};
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("E'") + text + QLatin1Char('\'');
}
} // namespace

QString PostgresDialect::inlined(const QString &sql, const QVariantList &values) const
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    QChar quote;   // inside '…' or "…": a ? there is text
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();   // a doubled quote closes and opens again: the same
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            if (next == values.size())
                return {};
            const QString value = literal(values.at(next++));
            if (value.isEmpty())
                return {};
            out += value;
            continue;
        }
        out += c;
    }
    return next == values.size() ? out : QString();
}

pg_conn *PostgresDialect::connectionOf(const QSqlDatabase &db)
{
    // Qt 6.4 names the handle's type pg_conn*, its documentation PGconn*: accept both.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const char *type = handle.typeName();
    if (!handle.isValid() || !type || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QSqlError PostgresDialect::errorOf(pg_conn *connection, const pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return QSqlError(QStringLiteral("libpq"), QString::fromUtf8(message).trimmed(), QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

bool PostgresDialect::connectionBroken(const QSqlDatabase &db) const
{
    PGconn *connection = connectionOf(db);
    if (!connection || PQstatus(connection) == CONNECTION_BAD)
        return true;
    // A statement that could not be sent leaves the status as it was until libpq reads: it
    // reads what is waiting (nothing on a sound, idle connection) and finds the end.
    return PQconsumeInput(connection) == 0 || PQstatus(connection) == CONNECTION_BAD;
}

} // namespace csw
