// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "importing/ImportValues.h"

#include <QList>
#include <QString>

#include <functional>

namespace csw {

// What to do with a row for an account the book already has.
enum class DuplicatePolicy { Stop, Update, Skip };

struct ImportOptions
{
    DuplicatePolicy duplicates = DuplicatePolicy::Stop;
    DateOrder dateOrder = DateOrder::YearMonthDay;
    bool dryRun = false;   // check and count, write nothing
    Date today = Dates::today();
    // Called every few hundred rows with the rows done; false cancels (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// One bad cell (or row: column empty) of an import, as a spreadsheet user finds it.
struct ImportProblem
{
    qint64 row = 0;       // the header is row 1
    QString column;       // the file's header
    QString value;
    QString reason;
};

struct ImportResult
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    // Non-empty: nothing was written.
    QList<ImportProblem> problems;
    bool written = false;
};

} // namespace csw
