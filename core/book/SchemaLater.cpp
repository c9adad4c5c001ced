// SPDX-License-Identifier: MIT
// The schema's later steps (from version 16), kept apart so that Schema.cpp stays readable.
#include "book/SchemaLater.h"

namespace csw::Schema::Later {

// Version 16: churn reasons as categories, and NPS answers linked to VOC. A short list a lead may extend, relabel or retire
// (never delete: past churns keep their code); each churn's stage event carries its code beside
// the free-text note, the account its current one, and a churn may name the VOC entries behind
// it. The codes are checked by the program, not by a foreign key, so that a book copies table
// by table in any order.
const QStringList &version16()
{
    static const QStringList steps = {
        QStringLiteral(R"(CREATE TABLE churn_reason (
            code      TEXT PRIMARY KEY CHECK (code <> ''),
            label_ja  TEXT NOT NULL CHECK (label_ja <> ''),
            label_en  TEXT NOT NULL CHECK (label_en <> ''),
            position  INTEGER NOT NULL,
            retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))))"),
        QStringLiteral("INSERT INTO churn_reason (code, label_ja, label_en, position) VALUES "
                       "('price', '価格', 'Price', 1), ('missing-feature', '機能不足', 'Missing features', 2), "
                       "('failed-onboarding', '導入失敗', 'Failed onboarding', 3), "
                       "('champion-left', '担当者退職', 'Champion left', 4), "
                       "('competitor', '競合へ移行', 'Moved to a competitor', 5), "
                       "('downsizing', '事業縮小', 'Business downsized', 6), ('other', 'その他', 'Other', 7)"),
        QStringLiteral("ALTER TABLE stage_event ADD COLUMN reason_code TEXT"),
        QStringLiteral("ALTER TABLE account ADD COLUMN churn_reason_code TEXT"),
        QStringLiteral(R"(CREATE TABLE churn_voc (
            stage_event_id INTEGER NOT NULL REFERENCES stage_event (id) ON DELETE CASCADE,
            voc_id         INTEGER NOT NULL REFERENCES voc (id) ON DELETE CASCADE,
            account_id     INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            PRIMARY KEY (stage_event_id, voc_id)))"),
        QStringLiteral("CREATE INDEX churn_voc_voc ON churn_voc (voc_id)"),
        // And an NPS answer's comment made a VOC entry keeps the link (csw nps to-voc).
        QStringLiteral("ALTER TABLE nps_response ADD COLUMN voc_id INTEGER REFERENCES voc (id) ON DELETE SET NULL"),
        QStringLiteral("CREATE INDEX stage_event_churn ON stage_event (entered_on) WHERE stage = 'churned'"),
    };
    return steps;
}

// Version 17: the customer's people and the hand-off from sales (issue 18). Contacts of an account with their roles (決裁者,
// 推進者, 利用者, 請求担当: comma-separated keys), one primary contact at most, and the day one
// left the company (kept, marked: losing the champion is a churn signal). Edited like accounts:
// a row version and who changed it when.
const QStringList &version17()
{
    static const QStringList steps = {
        QStringLiteral(R"(CREATE TABLE contact (
            id          INTEGER PRIMARY KEY,
            account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            name        TEXT NOT NULL CHECK (name <> ''),
            kana        TEXT,
            title       TEXT,
            department  TEXT,
            email       TEXT,
            phone       TEXT,
            roles       TEXT NOT NULL DEFAULT '',
            is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
            notes       TEXT,
            left_on     TEXT,
            row_version INTEGER NOT NULL DEFAULT 1,
            changed_by  TEXT,
            changed_at  TEXT))"),
        QStringLiteral("CREATE INDEX contact_account ON contact (account_id)"),
        QStringLiteral("CREATE UNIQUE INDEX contact_primary ON contact (account_id) WHERE is_primary = 1"),
        // And the hand-off from sales (引き継ぎ): one record per account of what the customer bought
        // for, what was promised and who decides, with who filled it and when.
        QStringLiteral(R"(CREATE TABLE handoff (
            account_id        INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
            sales_owner       TEXT,
            purpose           TEXT,
            problems          TEXT,
            expectations      TEXT,
            promises          TEXT,
            success_criteria  TEXT,
            competitors       TEXT,
            notes             TEXT,
            decision_maker_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            champion_id       INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            handed_over_on    TEXT,
            row_version       INTEGER NOT NULL DEFAULT 1,
            changed_by        TEXT,
            changed_at        TEXT))"),
        // A success-plan objective made from the hand-off's success criteria stays marked as such.
        QStringLiteral("ALTER TABLE plan_objective ADD COLUMN from_handoff INTEGER NOT NULL DEFAULT 0"),
    };
    return steps;
}

// Version 18: the account's contacts where the book already names people: who attended an
// activity, who said a VOC entry, who was told in its closed loop, who answered an NPS survey
// (the names written there stay as they were). A contact removed while any of these names them is
// kept as a former contact (removed_on), so the history stays whole. And VOC for sales: the
// target's check gains 'sales' (Book rewrites the stored table SQL; a team book's owner alters it).
const QStringList &version18()
{
    static const QStringList steps = {
        QStringLiteral("ALTER TABLE contact ADD COLUMN removed_on TEXT"),
        QStringLiteral("ALTER TABLE voc ADD COLUMN contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE voc_loop ADD COLUMN contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE nps_response ADD COLUMN contact_id INTEGER REFERENCES contact (id) "
                       "ON DELETE SET NULL"),
        QStringLiteral(R"(CREATE TABLE activity_contact (
            activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
            contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            PRIMARY KEY (activity_id, contact_id)))"),
        QStringLiteral("CREATE INDEX activity_contact_contact ON activity_contact (contact_id)"),
        QStringLiteral("CREATE INDEX voc_contact ON voc (contact_id) WHERE contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX voc_loop_contact ON voc_loop (contact_id) WHERE contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX nps_response_contact ON nps_response (contact_id) WHERE contact_id IS NOT NULL"),
    };
    return steps;
}

// Version 19: segments (issue 19), saved by name and shared by everyone on a team book: the
// conditions as written (SegmentRules reads them), who saved them and when.
const QStringList &version19()
{
    static const QStringList steps = {
        QStringLiteral(R"(CREATE TABLE segment (
            name       TEXT PRIMARY KEY CHECK (trim(name) <> ''),
            conditions TEXT NOT NULL CHECK (trim(conditions) <> ''),
            changed_by TEXT,
            changed_at TEXT))"),
    };
    return steps;
}

// Version 20 (issue 19): touch model rules: which touch model an account's ARR (in the book's
// minor units, from inclusive, below exclusive) gives, optionally only within a plan or a
// segment, and the accounts whose touch model is kept as set by hand; alerts per measure;
// playbooks per touch model; programs.
const QStringList &version20()
{
    static const QStringList steps = {
        QStringLiteral(R"(CREATE TABLE touch_rule (
            id        INTEGER PRIMARY KEY,
            touch     TEXT NOT NULL CHECK (touch = 'high' OR touch = 'low' OR touch = 'tech'),
            arr_from  INTEGER,
            arr_below INTEGER,
            plan      TEXT,
            segment   TEXT,
            CHECK (arr_from IS NULL OR arr_below IS NULL OR arr_from < arr_below)))"),
        QStringLiteral(R"(CREATE TABLE touch_kept (
            account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE))"),
        // Alerts per measure: a level past which (on the worse side) a value raises an alert, and
        // a fall of so many points within so many days; the alert says which measure moved, from
        // what (and when) to what, and the level it crossed (the reason's check widens in place).
        QStringLiteral("ALTER TABLE scorecard_measure ADD COLUMN alert_at REAL"),
        QStringLiteral("ALTER TABLE scorecard_measure ADD COLUMN alert_drop REAL"),
        QStringLiteral("ALTER TABLE scorecard_measure ADD COLUMN alert_days INTEGER NOT NULL DEFAULT 30"),
        QStringLiteral("ALTER TABLE health_alert ADD COLUMN measure TEXT"),
        QStringLiteral("ALTER TABLE health_alert ADD COLUMN measure_from REAL"),
        QStringLiteral("ALTER TABLE health_alert ADD COLUMN measure_to REAL"),
        QStringLiteral("ALTER TABLE health_alert ADD COLUMN measure_from_on TEXT"),
        QStringLiteral("ALTER TABLE health_alert ADD COLUMN measure_level REAL"),
        // Playbooks per stage and touch model: a step with a touch model is that model's own;
        // one without is the default, for touch models with no steps of their own.
        QStringLiteral("ALTER TABLE playbook_task ADD COLUMN touch TEXT "
                       "CHECK (touch IS NULL OR touch = 'high' OR touch = 'low' OR touch = 'tech')"),
        // Programs (one-to-many): a webinar, training or user meeting on a day, the accounts
        // invited and those that attended (with the activity logged on each), and who attended
        // as the attendance file named them (matched to a contact where one was found).
        QStringLiteral(R"(CREATE TABLE program (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL CHECK (trim(name) <> ''),
            kind       TEXT NOT NULL CHECK (kind = 'webinar' OR kind = 'training' OR kind = 'user-meeting'),
            held_on    TEXT NOT NULL,
            segment    TEXT,
            created_by TEXT))"),
        QStringLiteral(R"(CREATE TABLE program_account (
            program_id  INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
            account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            invited     INTEGER NOT NULL DEFAULT 1,
            attended    INTEGER NOT NULL DEFAULT 0,
            activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL,
            PRIMARY KEY (program_id, account_id)))"),
        QStringLiteral("CREATE INDEX program_account_account ON program_account (account_id)"),
        QStringLiteral(R"(CREATE TABLE program_attendee (
            id         INTEGER PRIMARY KEY,
            program_id INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            name       TEXT NOT NULL,
            email      TEXT))"),
        QStringLiteral("CREATE INDEX program_attendee_program ON program_attendee (program_id)"),
    };
    return steps;
}

// Version 21: the contacts a program invites (issue 19), one row each with their account: the
// list the webinar tool's invitations go to.
const QStringList &version21()
{
    static const QStringList steps = {
        QStringLiteral(R"(CREATE TABLE program_contact (
            program_id INTEGER NOT NULL REFERENCES program (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            PRIMARY KEY (program_id, contact_id)))"),
    };
    return steps;
}

// Version 22 (issue 23): My Day's people who left lately read by the day they left (without it
// the list walked every contact of the book, 160 ms at a million accounts); the KPIs' churns
// read from the index alone, account by account (a table seek each before).
const QStringList &version22()
{
    static const QStringList steps = {
        QStringLiteral("CREATE INDEX contact_left ON contact (left_on) WHERE left_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX stage_event_churned ON stage_event (account_id, entered_on, stage) "
                       "WHERE stage = 'churned'"),
    };
    return steps;
}

// Version 23 (issue 23): a team book's account indexes end with the id and the name's holds the
// name, so a page deep in the list skips its rows in the index alone (PostgresDialect's own
// statements). SQLite's indexes end with the row id already: nothing to change.
const QStringList &version23()
{
    static const QStringList steps;
    return steps;
}

} // namespace csw::Schema::Later
