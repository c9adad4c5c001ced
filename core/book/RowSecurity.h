// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::RowSecurity {

// Who may change what on a team book, enforced by the server (schema 12), so that plain SQL
// with a person's own login is held to the same rules as the program:
// - the login that owns the book's tables (who created it), and a superuser, are leads;
// - every other login is what team_member says (lead, csm with a CSM name, viewer with a
//   team), or nothing: a login that is not a member reads and writes no row.
// Every table gets one row-level security policy (reads: any member; a new or changed row:
// the table's rule) and a trigger that holds the row as it was to the same rule before an
// update or delete, so a refused change is an error (SQLSTATE 42501), never silently nothing.
// The rules: leads everything; a CSM the accounts whose CSM they are and those accounts'
// records, and the VOC entries they logged (on any account); a viewer moves the VOC entries
// handed to their team through the triage statuses and changes nothing else.
QStringList statements(const QStringList &tables);
// The policies and guards of tables added by a later schema (the functions are already there).
QStringList tableStatements(const QStringList &tables);

// Schema 13: the guard of a viewer's VOC status move again, now that a move also changes the
// row's version and who changed it.
QStringList versionedGuards();

// The table's rule for a row (NEW or OLD as `row`), as an SQL condition; a table it does not
// know is for leads only.
QString rule(const QString &table, const QString &row);

} // namespace csw::RowSecurity
