// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "demo/DemoData.h"

namespace csw {

class Book;
class Random;

// The demo book's voice of the customer: entries on recurring themes (so ranking and merging
// have something to find), in Japanese and English, linked to one to four accounts with an
// importance, tagged, and further along the workflow the older they are.
class DemoVoc final
{
public:
    // Writes `entries` entries over accounts 1..accounts, logged within the last `months`.
    static Expected<qint64> write(Book &book, Random &random, qint64 entries, qint64 accounts,
                                  int months, const Date &today, DemoLanguage language);
};

} // namespace csw
