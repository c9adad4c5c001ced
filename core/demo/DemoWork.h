// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "demo/DemoData.h"

namespace csw {

class Book;
class Random;

struct DemoWorkSummary
{
    qint64 activities = 0;
    qint64 tasks = 0;
    qint64 objectives = 0;
};

// The demo book's day-to-day work: a few activities on active accounts, open tasks around today
// (some overdue), and success plans with a quick win for onboarding accounts.
class DemoWork final
{
public:
    static Expected<DemoWorkSummary> write(Book &book, Random &random, const Date &today,
                                           DemoLanguage language);
};

} // namespace csw
