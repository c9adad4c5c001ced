// SPDX-License-Identifier: MIT
#include "book/Schema.h"

#include "book/SchemaLater.h"

#include <QRegularExpression>

namespace csw::Schema {

namespace {

// Version 1: accounts, their dated stage, ARR and renewal events. SQL kept portable to
// PostgreSQL where SQLite allows (no SQLite-only types; dates as ISO text).
const QStringList version1 = {
    QStringLiteral(R"(CREATE TABLE book_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE account (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL CHECK (name <> ''),
        external_id  TEXT UNIQUE,
        csm          TEXT,
        touch        TEXT NOT NULL DEFAULT 'high' CHECK (touch IN ('high', 'low', 'tech')),
        plan         TEXT,
        industry     TEXT,
        source       TEXT,
        arr          INTEGER NOT NULL DEFAULT 0 CHECK (arr >= 0),
        start_on     TEXT,
        renewal_on   TEXT,
        stage        TEXT NOT NULL DEFAULT 'onboarding' CHECK (stage IN
                         ('onboarding', 'adoption', 'expansion', 'churn-prevention', 'churned')),
        churned_on   TEXT,
        churn_reason TEXT,
        CHECK ((stage = 'churned') = (churned_on IS NOT NULL))))"),
    QStringLiteral("CREATE INDEX account_csm ON account (csm)"),
    QStringLiteral("CREATE INDEX account_stage ON account (stage)"),
    QStringLiteral("CREATE INDEX account_renewal ON account (renewal_on)"),
    QStringLiteral(R"(CREATE TABLE stage_event (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        stage       TEXT NOT NULL,
        entered_on  TEXT NOT NULL,
        note        TEXT))"),
    QStringLiteral("CREATE INDEX stage_event_account ON stage_event (account_id, entered_on, id)"),
    QStringLiteral(R"(CREATE TABLE arr_event (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        occurred_on TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN
                        ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
        arr_before  INTEGER NOT NULL CHECK (arr_before >= 0),
        arr_after   INTEGER NOT NULL CHECK (arr_after >= 0),
        note        TEXT))"),
    QStringLiteral("CREATE INDEX arr_event_account ON arr_event (account_id, occurred_on, id)"),
    QStringLiteral("CREATE INDEX arr_event_date ON arr_event (occurred_on)"),
    QStringLiteral(R"(CREATE TABLE renewal_event (
        id                  INTEGER PRIMARY KEY,
        account_id          INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        renewed_on          TEXT NOT NULL,
        previous_renewal_on TEXT,
        next_renewal_on     TEXT NOT NULL,
        term_months         INTEGER NOT NULL CHECK (term_months > 0),
        arr_before          INTEGER NOT NULL,
        arr_after           INTEGER NOT NULL,
        note                TEXT))"),
    QStringLiteral("CREATE INDEX renewal_event_account ON renewal_event (account_id, renewed_on)"),
    QStringLiteral("CREATE INDEX renewal_event_date ON renewal_event (renewed_on)"),
};

// Version 2: indexes for the accounts view's sort orders.
const QStringList version2 = {
    QStringLiteral("CREATE INDEX account_name ON account (name COLLATE NOCASE)"),
    QStringLiteral("CREATE INDEX account_arr ON account (arr)"),
    QStringLiteral("CREATE INDEX account_plan ON account (plan)"),
    QStringLiteral("CREATE INDEX account_touch ON account (touch)"),
};

// Version 3: health. Scorecards are versioned (a change is a new row; scores keep the version
// they were computed under); measure values and scores are dated; alerts have one open row per
// account at most. The account keeps its latest score for lists, sorting and filtering. The
// two history tables are stored in their key's order (WITHOUT ROWID, SQLite's own: on
// PostgreSQL they are plain tables), as they are the book's largest and always read by key.
const QStringList version3 = {
    QStringLiteral(R"(CREATE TABLE scorecard (
        id                   INTEGER PRIMARY KEY,
        touch                TEXT CHECK (touch IS NULL OR touch IN ('high', 'low', 'tech')),
        version              INTEGER NOT NULL,
        created_on           TEXT NOT NULL,
        active               INTEGER NOT NULL DEFAULT 1,
        red_below            REAL NOT NULL,
        green_from           REAL NOT NULL,
        min_weight_share     REAL NOT NULL,
        drop_points          REAL NOT NULL,
        CHECK (0 < red_below AND red_below < green_from AND green_from <= 100)))"),
    QStringLiteral(R"(CREATE TABLE scorecard_measure (
        scorecard_id     INTEGER NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        measure          TEXT NOT NULL,
        label            TEXT NOT NULL,
        weight           REAL NOT NULL CHECK (weight > 0),
        higher_is_better INTEGER NOT NULL,
        minimum          REAL NOT NULL,
        maximum          REAL NOT NULL,
        yellow_at        REAL NOT NULL,
        green_at         REAL NOT NULL,
        PRIMARY KEY (scorecard_id, measure)))"),
    QStringLiteral(R"(CREATE TABLE health_measure (
        account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        measured_on TEXT NOT NULL,
        measure     TEXT NOT NULL,
        value       REAL NOT NULL,
        PRIMARY KEY (account_id, measured_on, measure)) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE health_score (
        account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        scored_on    TEXT NOT NULL,
        scorecard_id INTEGER NOT NULL REFERENCES scorecard (id),
        score        REAL NOT NULL CHECK (score >= 0 AND score <= 100),
        band         TEXT NOT NULL CHECK (band IN ('red', 'yellow', 'green')),
        complete     INTEGER NOT NULL,
        PRIMARY KEY (account_id, scored_on)) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE health_alert (
        id             INTEGER PRIMARY KEY,
        account_id     INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        raised_on      TEXT NOT NULL,
        reason         TEXT NOT NULL CHECK (reason IN ('red', 'drop')),
        score          REAL NOT NULL,
        previous_score REAL,
        status         TEXT NOT NULL DEFAULT 'open'
                           CHECK (status IN ('open', 'snoozed', 'dismissed', 'resolved')),
        snoozed_until  TEXT,
        closed_on      TEXT))"),
    QStringLiteral("CREATE UNIQUE INDEX health_alert_one_open ON health_alert (account_id) "
                   "WHERE status IN ('open', 'snoozed')"),
    QStringLiteral("CREATE INDEX health_alert_account ON health_alert (account_id)"),
    QStringLiteral("ALTER TABLE account ADD COLUMN health_score REAL"),
    QStringLiteral("ALTER TABLE account ADD COLUMN health_band TEXT"),
    QStringLiteral("CREATE INDEX account_health ON account (health_score)"),
    QStringLiteral("CREATE INDEX account_health_band ON account (health_band)"),
};

// Version 4: the voice of the customer. An entry links accounts (with an importance), carries
// free tags, keeps every change dated (voc_change) and a closed-loop record per account told.
// Its text is indexed for search with FTS5's trigram tokenizer, which needs no word breaks
// and so finds Japanese; triggers keep the index in step with the table.
const QStringList version4 = {
    QStringLiteral(R"(CREATE TABLE voc (
        id          INTEGER PRIMARY KEY,
        text        TEXT NOT NULL CHECK (trim(text) <> ''),
        kind        TEXT NOT NULL CHECK (kind IN ('feature-request', 'bug', 'usability',
                        'expectation-gap', 'praise', 'churn-reason', 'pricing', 'other')),
        target      TEXT NOT NULL CHECK (target IN ('product', 'marketing', 'both')),
        status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'triaged',
                        'handed-off', 'accepted', 'planned', 'done', 'declined', 'closed-loop')),
        source      TEXT CHECK (source IS NULL OR source IN ('meeting', 'call', 'email',
                        'survey', 'support', 'qbr', 'other')),
        logged_on   TEXT NOT NULL,
        merged_into INTEGER REFERENCES voc (id),
        CHECK (merged_into IS NULL OR merged_into <> id)))"),
    QStringLiteral("CREATE INDEX voc_logged ON voc (logged_on)"),
    QStringLiteral("CREATE INDEX voc_merged ON voc (merged_into)"),
    QStringLiteral(R"(CREATE TABLE voc_account (
        voc_id     INTEGER NOT NULL REFERENCES voc (id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),
        PRIMARY KEY (voc_id, account_id)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX voc_account_account ON voc_account (account_id)"),
    QStringLiteral(R"(CREATE TABLE voc_tag (
        voc_id INTEGER NOT NULL REFERENCES voc (id) ON DELETE CASCADE,
        tag    TEXT NOT NULL CHECK (tag <> ''),
        PRIMARY KEY (voc_id, tag)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX voc_tag_tag ON voc_tag (tag)"),
    QStringLiteral(R"(CREATE TABLE voc_change (
        id         INTEGER PRIMARY KEY,
        voc_id     INTEGER NOT NULL REFERENCES voc (id) ON DELETE CASCADE,
        changed_on TEXT NOT NULL,
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT))"),
    QStringLiteral("CREATE INDEX voc_change_voc ON voc_change (voc_id, id)"),
    QStringLiteral(R"(CREATE TABLE voc_loop (
        id         INTEGER PRIMARY KEY,
        voc_id     INTEGER NOT NULL REFERENCES voc (id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        contact    TEXT,
        told_on    TEXT NOT NULL,
        channel    TEXT,
        note       TEXT))"),
    QStringLiteral("CREATE INDEX voc_loop_voc ON voc_loop (voc_id, account_id)"),
    QStringLiteral("CREATE INDEX voc_loop_account ON voc_loop (account_id)"),
    QStringLiteral("CREATE VIRTUAL TABLE voc_fts USING fts5(text, content='voc', "
                   "content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER voc_fts_insert AFTER INSERT ON voc BEGIN "
                   "INSERT INTO voc_fts (rowid, text) VALUES (new.id, new.text); END"),
    QStringLiteral("CREATE TRIGGER voc_fts_delete AFTER DELETE ON voc BEGIN "
                   "INSERT INTO voc_fts (voc_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "END"),
    QStringLiteral("CREATE TRIGGER voc_fts_update AFTER UPDATE OF text ON voc BEGIN "
                   "INSERT INTO voc_fts (voc_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "INSERT INTO voc_fts (rowid, text) VALUES (new.id, new.text); END"),
};

// Version 5: NPS survey answers (imported or recorded), for the NPS KPI.
const QStringList version5 = {
    QStringLiteral(R"(CREATE TABLE nps_response (
        id           INTEGER PRIMARY KEY,
        account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        responded_on TEXT NOT NULL,
        score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        respondent   TEXT,
        comment      TEXT))"),
    QStringLiteral("CREATE INDEX nps_response_account ON nps_response (account_id, responded_on)"),
    QStringLiteral("CREATE INDEX nps_response_date ON nps_response (responded_on)"),
};

// Version 6: the CSM's day. Activities on an account's timeline; tasks (by hand, from a stage's
// playbook, or renewal reminders, which carry a key so that they are made once); success plan
// objectives; playbooks per stage; the holidays business days skip (Japan's public holidays are
// the calendar's default for the years no one has edited: tasks/Holidays, not a migration).
const QStringList version6 = {
    QStringLiteral(R"(CREATE TABLE activity (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'note', 'qbr')),
        occurred_on TEXT NOT NULL,
        author      TEXT,
        text        TEXT NOT NULL CHECK (trim(text) <> ''),
        voc_id      INTEGER REFERENCES voc (id) ON DELETE SET NULL))"),
    QStringLiteral("CREATE INDEX activity_account ON activity (account_id, occurred_on, id)"),
    QStringLiteral("CREATE INDEX activity_voc ON activity (voc_id)"),
    QStringLiteral(R"(CREATE TABLE task (
        id         INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        title      TEXT NOT NULL CHECK (trim(title) <> ''),
        owner      TEXT,
        due_on     TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        created_on TEXT NOT NULL,
        closed_on  TEXT,
        origin     TEXT NOT NULL DEFAULT 'manual',
        origin_key TEXT UNIQUE))"),
    QStringLiteral("CREATE INDEX task_due ON task (status, due_on)"),
    QStringLiteral("CREATE INDEX task_account ON task (account_id, due_on)"),
    QStringLiteral("CREATE INDEX task_owner ON task (owner, status, due_on)"),
    QStringLiteral(R"(CREATE TABLE plan_objective (
        id            INTEGER PRIMARY KEY,
        account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        title         TEXT NOT NULL CHECK (trim(title) <> ''),
        start_value   REAL NOT NULL,
        current_value REAL NOT NULL,
        target_value  REAL NOT NULL CHECK (target_value <> start_value),
        due_on        TEXT,
        quick_win     INTEGER NOT NULL DEFAULT 0,
        achieved_on   TEXT))"),
    QStringLiteral("CREATE INDEX plan_objective_account ON plan_objective (account_id)"),
    QStringLiteral(R"(CREATE TABLE playbook_task (
        id            INTEGER PRIMARY KEY,
        stage         TEXT NOT NULL CHECK (stage IN
                          ('onboarding', 'adoption', 'expansion', 'churn-prevention')),
        position      INTEGER NOT NULL,
        title         TEXT NOT NULL CHECK (trim(title) <> ''),
        owner         TEXT NOT NULL DEFAULT 'csm',
        due_days      INTEGER NOT NULL CHECK (due_days >= 0)))"),
    QStringLiteral("CREATE INDEX playbook_task_stage ON playbook_task (stage, position)"),
    QStringLiteral(R"(CREATE TABLE holiday (
        day  TEXT PRIMARY KEY,
        name TEXT NOT NULL))"),    // The default playbooks, as they were when version 6 was written (titles in English: the
    // window shows them translated); a later change of the defaults is a later version's.
    QStringLiteral(R"(INSERT INTO playbook_task (stage, position, title, owner, due_days) VALUES
        ('onboarding', 0, 'Kickoff meeting: goals and success criteria', 'csm', 2),
        ('onboarding', 1, 'Agree the success plan and a quick win', 'csm', 5),
        ('onboarding', 2, 'Check the first logins and setup', 'csm', 10),
        ('onboarding', 3, 'Confirm the quick win with the customer', 'csm', 30),
        ('adoption', 0, 'Review usage and feature adoption', 'csm', 5),
        ('adoption', 1, 'Training for the users who lag', 'csm', 15),
        ('adoption', 2, 'Plan the next QBR', 'csm', 40),
        ('expansion', 0, 'Map upsell and cross-sell opportunities', 'csm', 5),
        ('expansion', 1, 'Hand the expansion case to sales', 'csm', 10),
        ('churn-prevention', 0, 'Call the sponsor: what changed?', 'csm', 1),
        ('churn-prevention', 1, 'Write a rescue plan with the customer', 'csm', 3),
        ('churn-prevention', 2, 'Escalate to the team lead if no progress', 'csm', 10))"),
};

// Version 7: no new tables. The CHECK constraints written as `column IN ('a', 'b', …)` are
// rewritten as `(column = 'a' OR column = 'b' …)`, which means the same: SQLite builds an
// in-memory b-tree for an IN list of more than two values every time a statement runs, which
// cost a bulk insert of an account about three times the insert itself. Done by Book::migrate
// (expandInLists below), since it edits the stored table SQL.
const QStringList version7 = {};

// Version 8: when each account entered its current stage (the date of its latest stage event,
// else its start), kept by triggers on stage_event, so that My Day finds the accounts waiting
// longest in onboarding through an index instead of a look-up per onboarding account; and an
// index of the open alerts by date.
const QStringList version8 = {
    QStringLiteral("ALTER TABLE account ADD COLUMN stage_on TEXT"),
    QStringLiteral("UPDATE account SET stage_on = coalesce((SELECT max(e.entered_on) FROM stage_event e "
                   "WHERE e.account_id = account.id), start_on)"),
    QStringLiteral("CREATE INDEX account_stage_on ON account (stage, stage_on)"),
    // My Day's newest open alerts, read in order instead of sorting every open one.
    QStringLiteral("CREATE INDEX health_alert_open_raised ON health_alert (raised_on) "
                   "WHERE status IN ('open', 'snoozed')"),
    // An account written after its events (bulk loads) or without any takes them, or its start.
    QStringLiteral(R"(CREATE TRIGGER account_since_insert AFTER INSERT ON account WHEN NEW.stage_on IS NULL
        BEGIN UPDATE account SET stage_on = coalesce((SELECT max(e.entered_on) FROM stage_event e
            WHERE e.account_id = NEW.id), NEW.start_on) WHERE id = NEW.id; END)"),
    QStringLiteral(R"(CREATE TRIGGER stage_event_since_insert AFTER INSERT ON stage_event
        WHEN NEW.entered_on > coalesce((SELECT stage_on FROM account WHERE id = NEW.account_id), '')
        BEGIN UPDATE account SET stage_on = NEW.entered_on WHERE id = NEW.account_id; END)"),
    QStringLiteral(R"(CREATE TRIGGER stage_event_since_delete AFTER DELETE ON stage_event
        BEGIN UPDATE account SET stage_on = coalesce((SELECT max(e.entered_on) FROM stage_event e
            WHERE e.account_id = OLD.account_id), start_on) WHERE id = OLD.account_id; END)"),
    QStringLiteral(R"(CREATE TRIGGER stage_event_since_update AFTER UPDATE OF account_id, entered_on ON stage_event
        BEGIN UPDATE account SET stage_on = coalesce((SELECT max(e.entered_on) FROM stage_event e
            WHERE e.account_id = account.id), start_on) WHERE id IN (OLD.account_id, NEW.account_id); END)"),
};

// Version 9: search folds width, case and the wave dash (SearchFold). What search reads is
// kept beside what was written, filled by the program with Qt's NFKC (one folding for both
// engines): account.search_key (name, external id and CSM), voc.search_text, voc_tag.search_tag.
// The text index moves from voc.text to voc.search_text. Rows already there are filled after
// these statements (SearchColumns::fill), before the index is built.
const QStringList version9 = {
    QStringLiteral("ALTER TABLE account ADD COLUMN search_key TEXT"),
    QStringLiteral("ALTER TABLE voc ADD COLUMN search_text TEXT"),
    QStringLiteral("ALTER TABLE voc_tag ADD COLUMN search_tag TEXT"),
    QStringLiteral("CREATE INDEX voc_tag_search ON voc_tag (search_tag)"),
    QStringLiteral("DROP TRIGGER voc_fts_insert"),
    QStringLiteral("DROP TRIGGER voc_fts_delete"),
    QStringLiteral("DROP TRIGGER voc_fts_update"),
    QStringLiteral("DROP TABLE voc_fts"),
};

// Built after version 9's rows are filled: the index of the folded text and its triggers (then
// filled from the rows: Dialect::rebuildSearch).
const QStringList version9Index = {
    QStringLiteral("CREATE VIRTUAL TABLE voc_search USING fts5(search_text, content='voc', "
                   "content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER voc_search_insert AFTER INSERT ON voc BEGIN "
                   "INSERT INTO voc_search (rowid, search_text) VALUES (new.id, new.search_text); END"),
    QStringLiteral("CREATE TRIGGER voc_search_delete AFTER DELETE ON voc BEGIN "
                   "INSERT INTO voc_search (voc_search, rowid, search_text) VALUES ('delete', old.id, "
                   "old.search_text); END"),
    QStringLiteral("CREATE TRIGGER voc_search_update AFTER UPDATE OF search_text ON voc BEGIN "
                   "INSERT INTO voc_search (voc_search, rowid, search_text) VALUES ('delete', old.id, "
                   "old.search_text); "
                   "INSERT INTO voc_search (rowid, search_text) VALUES (new.id, new.search_text); END"),
};

// Version 10: what others commit reaches open windows (ChangeWatch). SQLite needs nothing
// stored (its data version moves); a team book's tables name themselves on a notification
// channel at every statement that changes them (Dialect::ownStatements). A table added later
// needs its own trigger there too.
const QStringList version10 = {};

// Version 11: who made each history row. On a team book the server fills it with the login
// that wrote the row (Dialect::ownStatements: a default of current_user, so plain SQL and bulk
// loads record it too); an SQLite book is one person's and leaves it empty.
const QStringList version11 = {
    QStringLiteral("ALTER TABLE stage_event ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE arr_event ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE renewal_event ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE voc_change ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE health_measure ADD COLUMN changed_by TEXT"),
};

// Version 12: people and roles on a team book (RowSecurity: the team_member table, the rules
// the server holds every login to). Each VOC entry keeps who logged it (on a team book the
// server fills it, as for history rows), since a CSM may change the entries they logged.
// A table added later needs its policies and guards there too (a test checks every table).
const QStringList version12 = {
    QStringLiteral("ALTER TABLE voc ADD COLUMN logged_by TEXT"),
};

// Version 13: no lost edits. What people edit (accounts, VOC entries, tasks, objectives) carries
// a row version that every edit moves on by one, and who made the last edit and when. An edit
// based on an older version is refused (someone else changed the row meanwhile), never applied
// over it. Columns computed by the program (scores, search keys, stage dates) move no version.
const QStringList version13 = {
    QStringLiteral("ALTER TABLE account ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE account ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE account ADD COLUMN changed_at TEXT"),
    QStringLiteral("ALTER TABLE voc ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE voc ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE voc ADD COLUMN changed_at TEXT"),
    QStringLiteral("ALTER TABLE task ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE task ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE task ADD COLUMN changed_at TEXT"),
    QStringLiteral("ALTER TABLE plan_objective ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE plan_objective ADD COLUMN changed_by TEXT"),
    QStringLiteral("ALTER TABLE plan_objective ADD COLUMN changed_at TEXT"),
};

// Version 14: who made each scorecard version (on a team book the server fills it with the
// login, as for history rows; a local book's one user leaves it empty).
const QStringList version14 = {
    QStringLiteral("ALTER TABLE scorecard ADD COLUMN created_by TEXT"),
};

// Version 15: a team book's change notifications name the rows, their accounts and the columns
// changed (Dialect::ownStatements, ChangeNotices), so an open window re-reads only what it
// shows of them. SQLite needs nothing stored.
const QStringList version15 = {};

const QList<QStringList> migrations = {version1, version2, version3, version4, version5, version6,
                                       version7, version8, version9, version10, version11, version12,
                                       version13, version14, version15, Later::version16(), Later::version17(),
                                       Later::version18(), Later::version19(), Later::version20(),
                                       Later::version21(), Later::version22(), Later::version23()};

} // namespace

int currentVersion()
{
    return int(migrations.size());
}

QStringList tables(int upTo)
{
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE TABLE (\w+))"));
    QStringList names;
    for (const QStringList &step : migrations.mid(0, upTo < 0 ? migrations.size() : upTo))
        for (const QString &statement : step)
            if (const auto m = create.match(statement); m.hasMatch() && !names.contains(m.captured(1)))
                names << m.captured(1);
    return names;
}

QStringList migrationTo(int to)
{
    return migrations.value(to - 1);
}

QString expandInLists(const QString &sql)
{
    static const QRegularExpression inList(
        QStringLiteral(R"(\b([A-Za-z_][A-Za-z_0-9]*)\s+IN\s*\(\s*('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*)\s*\))"));
    static const QRegularExpression literal(QStringLiteral(R"('(?:[^']|'')*')"));
    QString out;
    qsizetype from = 0;
    for (auto it = inList.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(sql).mid(from, m.capturedStart() - from);
        QStringList terms;
        for (auto lit = literal.globalMatch(m.captured(2)); lit.hasNext();)
            terms << m.captured(1) + QStringLiteral(" = ") + lit.next().captured();
        out += QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        from = m.capturedEnd();
    }
    return out + QStringView(sql).mid(from);
}

QStringList stageOnTriggers()
{
    return {QStringLiteral("stage_event_since_insert"), QStringLiteral("account_since_insert")};
}

bool fillsSearchColumns(int version)
{
    return version == 9;
}

QStringList afterFilling(int version)
{
    return version == 9 ? version9Index : QStringList();
}

bool rewritesTables(int version)
{
    return version == 7 || version == 18 || version == 20;
}

QString rewrittenTable(int version, const QString &table, const QString &sql)
{
    if (version == 7)
        return expandInLists(sql);
    if (version == 20 && table == u"health_alert") {   // alerts per measure: the reason 'measure'
        QString widened = sql;
        widened.replace(QRegularExpression(QStringLiteral(R"(reason\s*=\s*'drop')")),
                        QStringLiteral("reason = 'drop' OR reason = 'measure'"));
        widened.replace(QRegularExpression(QStringLiteral(R"('red',\s*'drop'\s*\))")),
                        QStringLiteral("'red', 'drop', 'measure')"));
        return widened;
    }
    if (version != 18 || table != u"voc")
        return sql;
    // VOC for sales too: the target's check gains 'sales', as an IN list or as version 7 wrote it.
    QString widened = sql;
    widened.replace(QRegularExpression(QStringLiteral(R"(target\s*=\s*'both')")),
                    QStringLiteral("target = 'both' OR target = 'sales'"));
    widened.replace(QRegularExpression(QStringLiteral(R"('marketing',\s*'both'\s*\))")),
                    QStringLiteral("'marketing', 'both', 'sales')"));
    return widened;
}

} // namespace csw::Schema
