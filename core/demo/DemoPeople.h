// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "demo/DemoData.h"

namespace csw {

class Book;
class Random;

// The demo book's people: one to three contacts for each account a CSM looks after (the first
// decides and is the primary contact, the second champions the product; now and then a champion
// who left lately), and the hand-off from sales for every onboarding account and some others
// (now and then one that sales left incomplete). Returns the contacts written.
class DemoPeople final
{
public:
    static Expected<qint64> write(Book &book, Random &random, const Date &today, DemoLanguage language);
};

} // namespace csw
