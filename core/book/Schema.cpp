// SPDX-License-Identifier: MIT
#include "book/Schema.h"

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

const QList<QStringList> migrations = {version1, version2};

} // namespace

int currentVersion()
{
    return int(migrations.size());
}

QStringList migrationTo(int to)
{
    return migrations.value(to - 1);
}

} // namespace csw::Schema
