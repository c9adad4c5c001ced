// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"

#include <QCoreApplication>

#include <optional>

namespace csw {

// How a date written with slashes and a two-part ambiguity is read: 03/04/2026.
enum class DateOrder { YearMonthDay, MonthDayYear, DayMonthYear };

// Turns the text of a spreadsheet cell into a value. Blank or whitespace-only text is "no
// value" (nullopt) for every reader; anything else either parses or says why not.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    static bool isBlank(const QString &text) { return text.trimmed().isEmpty(); }

    // yes/no, true/false, 1/0, y/n, はい/いいえ, ○/×.
    static Expected<bool> flag(const QString &text);
    // 2026-04-01, 2026/4/1, 2026年4月1日, 20260401; with slashes and the year last,
    // 4/1/2026 or 1/4/2026 as `order` says.
    static Expected<Date> date(const QString &text, DateOrder order = DateOrder::YearMonthDay);
    // ¥1,200,000 / $1,234.50 / 1 200 000円: digits with thousands separators, currency
    // marks and a decimal point (as many digits as the currency has); never negative.
    static Expected<Minor> amount(const QString &text, const Currency &currency);
    static Expected<double> number(const QString &text);
    static std::optional<DateOrder> dateOrderFromKey(const QString &key);   // ymd|mdy|dmy
};

} // namespace csw
