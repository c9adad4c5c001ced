// SPDX-License-Identifier: MIT
// Days as comparable numbers for reports that read many dated rows: a date or its ISO text
// (as the book stores it) to one integer, without parsing into a Date.
#pragma once

#include "common/Dates.h"

#include <QByteArrayView>

#include <algorithm>

namespace csw {

// A day as one comparable number: (months since year 0) x 32 + day of the month. Month
// arithmetic on it is integer arithmetic, so a k-month checkpoint costs nothing.
using DayKey = qint64;

namespace DayKeys {

inline int daysIn(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

inline DayKey of(int year, int month, int day)
{
    return (qint64(year) * 12 + (month - 1)) * 32 + day;
}

inline DayKey of(const Date &d)
{
    return of(d.year(), d.month(), d.day());
}

// "YYYY-MM-DD…" (as the book stores dates) to its key; -1 for anything else.
inline DayKey of(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return -1;
    const auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    return y < 0 || m < 1 || m > 12 || d < 1 || d > 31 ? -1 : of(y, m, d);
}

// The key `months` months after `key`, on the same day or the month's last (01-31 + 1 = 02-28).
inline DayKey plusMonths(DayKey key, int months)
{
    const qint64 monthIndex = key / 32 + months;
    const int year = int(monthIndex / 12), month = int(monthIndex % 12) + 1;
    return of(year, month, std::min(int(key % 32), daysIn(year, month)));
}

} // namespace DayKeys

} // namespace csw
