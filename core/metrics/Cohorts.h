// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "metrics/Period.h"
#include "metrics/PortfolioScope.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace csw {

class Book;

// What a cohort table is asked for: accounts grouped by the month or fiscal quarter they
// began in, followed for up to `months` months after their start, as of `today`.
struct CohortRequest
{
    enum class Step { Month, Quarter };
    Step step = Step::Month;
    int fiscalYearStartMonth = 4;
    int months = 24;   // columns: months 0..months since the start
    Date today = Dates::today();
    PortfolioScope scope;   // one CSM's or touch model's accounts; all when empty
};

// One start cohort: its accounts and their ARR at the start, and for each month k since the
// start (k = 0..months) the share of them still active and of that ARR still held (expansion
// counts, so it may pass 100 %). A month the cohort's latest starter has not reached yet is
// nullopt: not known.
struct CohortRow
{
    Period cohort;
    qint64 accounts = 0;
    Minor startArr = 0;
    QList<std::optional<double>> logo;
    QList<std::optional<double>> arr;
};

// Logo and ARR retention by start cohort × months since start, from the book's history: an
// account begins on its start date (else its first new-ARR event) and is active on a day when
// its last stage event by then is not `churned` (so a return counts again); its ARR on a day
// is the ARR after its last ARR event by then. Each account is measured on its own start day
// plus k months.
class Cohorts final
{
    Q_DECLARE_TR_FUNCTIONS(Cohorts)

public:
    // The cohorts that began in the `months` months up to today, oldest first.
    static Expected<QList<CohortRow>> compute(const Book &book, const CohortRequest &request);
};

} // namespace csw
