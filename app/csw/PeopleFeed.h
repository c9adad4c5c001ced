// SPDX-License-Identifier: MIT
// A change to an account's people, and the health measures it moves, in one transaction.
#pragma once

#include "CommandContext.h"

#include "common/Expected.h"

#include <functional>

namespace csw {
class Book;
}

namespace csw::cli {

// Runs `change`, then records the account's champion and hand-off measures where its scorecard
// has them (PeopleMeasures), both or neither; says what the health score became. 0 or 1.
// `committed`, when given, prints what the change made once it is written (before the health).
int withPeopleMeasures(CommandContext &context, Book &book, qint64 accountId, const std::function<Status()> &change,
                       const std::function<void()> &committed = {});

} // namespace csw::cli
