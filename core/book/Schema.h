// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::Schema {

// The schema version this build writes; books carry theirs in PRAGMA user_version.
int currentVersion();

// The book's tables, each after the tables it refers to (the engine's own, such as SQLite's
// search index or PostgreSQL's version table, are not among them); with `upTo`, those that
// schema version has.
QStringList tables(int upTo = -1);

// The statements that take a book from version `to - 1` to version `to` (1-based).
QStringList migrationTo(int to);

// Rewrites every `column IN ('a', 'b', …)` of a table's SQL as `(column = 'a' OR column = 'b' …)`.
QString expandInLists(const QString &sql);

// The triggers that keep account.stage_on; a loader that writes stage_on itself with every
// account (demo books, imports) may suspend them (BulkLoad::suspendTriggers).
QStringList stageOnTriggers();

// Whether the migration to `version` fills the columns search reads (SearchColumns::fill) after
// its statements, and the statements that follow the filling (the indexes built on them).
bool fillsSearchColumns(int version);
QStringList afterFilling(int version);

// Whether the migration to `version` rewrites the stored SQL of the tables (expandInLists).
bool rewritesTables(int version);
// The stored SQL of `table` as the migration to `version` rewrites it (the same SQL: unchanged).
QString rewrittenTable(int version, const QString &table, const QString &sql);

} // namespace csw::Schema
