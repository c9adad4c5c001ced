// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace csw {

// Calendar dates: stored as ISO YYYY-MM-DD text, computed with boost::gregorian.
using Date = boost::gregorian::date;

namespace Dates {

// Strict YYYY-MM-DD; nullopt for anything else, including impossible days (2026-02-30).
std::optional<Date> parseIso(const QString &text);
QString toIso(const Date &date);

// Today's date; the CSW_TODAY environment variable (YYYY-MM-DD) overrides it for tests and demos.
Date today();

// Whole days from `from` to `to` (negative when `to` is earlier).
long daysBetween(const Date &from, const Date &to);

// Adds calendar months; a date on the last day of its month stays on the last day.
Date addMonths(const Date &date, int months);

} // namespace Dates
} // namespace csw
