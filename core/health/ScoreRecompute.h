// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "stages/Stage.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace csw {

class Book;

// Rescores the kept history under the active scorecards in one pass: it walks every measure
// value in key order once, keeping each account's latest values in memory, and rewrites each
// stored score from them. One transaction; the progress callback may cancel, which leaves the
// book as it was.
class ScoreRecompute final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreRecompute)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Recomputes the scores of accounts with `touch` (all when none); returns how many.
    static Expected<qint64> run(Book &book, const std::optional<Touch> &touch,
                                const Progress &progress = {});
};

} // namespace csw
