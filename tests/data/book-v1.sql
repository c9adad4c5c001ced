-- A book as schema version 1 wrote it: the fixture that migration tests start from.
PRAGMA application_id = 1129535298;
CREATE TABLE book_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE account (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''), external_id TEXT UNIQUE,
    csm TEXT, touch TEXT NOT NULL DEFAULT 'high' CHECK (touch IN ('high', 'low', 'tech')),
    plan TEXT, industry TEXT, source TEXT, arr INTEGER NOT NULL DEFAULT 0 CHECK (arr >= 0),
    start_on TEXT, renewal_on TEXT,
    stage TEXT NOT NULL DEFAULT 'onboarding' CHECK (stage IN
        ('onboarding', 'adoption', 'expansion', 'churn-prevention', 'churned')),
    churned_on TEXT, churn_reason TEXT,
    CHECK ((stage = 'churned') = (churned_on IS NOT NULL)));
CREATE INDEX account_csm ON account (csm);
CREATE INDEX account_stage ON account (stage);
CREATE INDEX account_renewal ON account (renewal_on);
CREATE TABLE stage_event (id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    stage TEXT NOT NULL, entered_on TEXT NOT NULL, note TEXT);
CREATE INDEX stage_event_account ON stage_event (account_id, entered_on, id);
CREATE TABLE arr_event (id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
    arr_before INTEGER NOT NULL CHECK (arr_before >= 0),
    arr_after INTEGER NOT NULL CHECK (arr_after >= 0), note TEXT);
CREATE INDEX arr_event_account ON arr_event (account_id, occurred_on, id);
CREATE INDEX arr_event_date ON arr_event (occurred_on);
CREATE TABLE renewal_event (id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    renewed_on TEXT NOT NULL, previous_renewal_on TEXT, next_renewal_on TEXT NOT NULL,
    term_months INTEGER NOT NULL CHECK (term_months > 0),
    arr_before INTEGER NOT NULL, arr_after INTEGER NOT NULL, note TEXT);
CREATE INDEX renewal_event_account ON renewal_event (account_id, renewed_on);
CREATE INDEX renewal_event_date ON renewal_event (renewed_on);
INSERT INTO book_meta VALUES ('currency', 'JPY'), ('created_on', '2026-04-01');
INSERT INTO account (id, name, csm, touch, plan, arr, start_on, renewal_on, stage)
    VALUES (1, '株式会社さくら物流', '佐藤 美咲', 'high', 'Enterprise', 1200000, '2026-04-01', '2027-03-31', 'adoption');
INSERT INTO stage_event (account_id, stage, entered_on) VALUES (1, 'onboarding', '2026-04-01'), (1, 'adoption', '2026-06-01');
INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after) VALUES (1, '2026-04-01', 'new', 0, 1200000);
PRAGMA user_version = 1;
