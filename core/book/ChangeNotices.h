// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::ChangeNotices {

// Schema 15 on a team book: every statement that changes a table notifies the channel
// "csw_changes" at commit with what it changed (BookChange's payload): the table, the kind of
// change, the ids of its rows and of their accounts, and the columns an update changed. Up to
// MaxNamed rows are named; a larger statement (an import) says "*". One notification per
// statement, never per row; a statement that changed no row sends none. Only the account
// table's updates name their columns (what the views decide on). A later schema that adds a
// column to the account table runs `SELECT csw_notify_make('account', 'id', 'id', true)` again.
inline constexpr int MaxNamed = 100;

QStringList statements(const QStringList &tables);
// The triggers of tables added by a later schema (the function maker is already there), or
// made again for a table that gained columns.
QStringList tableStatements(const QStringList &tables);

} // namespace csw::ChangeNotices
