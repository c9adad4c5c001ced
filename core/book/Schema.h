// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace csw::Schema {

// The schema version this build writes; books carry theirs in PRAGMA user_version.
int currentVersion();

// The statements that take a book from version `to - 1` to version `to` (1-based).
QStringList migrationTo(int to);

} // namespace csw::Schema
