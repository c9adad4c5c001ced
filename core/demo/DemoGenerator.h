// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "demo/DemoData.h"

#include <QCoreApplication>

#include <cstdint>
#include <functional>

namespace csw {

class Book;

struct DemoOptions
{
    int accounts = 300;
    int months = 24;            // how far back the generated history reaches
    int healthMonths = 6;       // how many monthly health snapshots each account gets
    qint64 vocEntries = -1;     // VOC entries; -1: one for every four accounts
    std::uint64_t seed = 1;
    Date today = Dates::today();
    DemoLanguage language = DemoLanguage::Japanese;   // of the generated texts
};

struct DemoSummary
{
    qint64 accounts = 0;
    qint64 stageEvents = 0;
    qint64 arrEvents = 0;
    qint64 renewals = 0;
    qint64 healthScores = 0;
    qint64 vocEntries = 0;
    qint64 activities = 0;
    qint64 tasks = 0;
    qint64 objectives = 0;
    qint64 contacts = 0;
};

// Fills an empty book with a believable, deterministic book of accounts: the same options
// give the same book. One transaction; `progress` may return false to cancel, which leaves
// the book as it was.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Whether `options` can make a book: sizes in range.
    static Status check(const DemoOptions &options);
    static Expected<DemoSummary> fill(Book &book, const DemoOptions &options,
                                      const Progress &progress = {});

private:
    // The VOC, the day-to-day work and the people, after the accounts: their counts in `around`.
    static Status writeAroundAccounts(Book &book, const DemoOptions &options, DemoSummary &around);
};

} // namespace csw
