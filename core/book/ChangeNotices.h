// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::ChangeNotices {

// Schema 15 on a team book: every statement that changes a table notifies the channel
// "csw_changes" at commit with what it changed (BookChange's payload): the table, the kind of
// change, the ids of its rows and of their accounts, and the columns an update changed. Up to
// MaxNamed rows are named; a larger statement (an import) says "*". One notification per
// statement, never per row; a statement that changed no row sends none.
inline constexpr int MaxNamed = 100;

QStringList statements(const QStringList &tables);

} // namespace csw::ChangeNotices
