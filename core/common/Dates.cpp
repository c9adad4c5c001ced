// SPDX-License-Identifier: MIT
#include "common/Dates.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>

namespace csw::Dates {

std::optional<Date> parseIso(const QString &text)
{
    // Hand-rolled rather than a regular expression: lists parse two dates per account.
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 1400 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month))
        return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

QString toIso(const Date &date)
{
    if (date.is_special())
        return {};
    // By hand: Boost's formatter goes through a stream and a locale, slow in bulk work.
    const auto ymd = date.year_month_day();
    const int y = ymd.year, m = ymd.month, d = ymd.day;
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                               char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

Date today()
{
    if (const char *fixed = std::getenv("CSW_TODAY")) {
        if (auto parsed = parseIso(QString::fromUtf8(fixed)))
            return *parsed;
    }
    return boost::gregorian::day_clock::local_day();
}

long daysBetween(const Date &from, const Date &to)
{
    return (to - from).days();
}

Date addMonths(const Date &date, int months)
{
    return date + boost::gregorian::months(months);
}

} // namespace csw::Dates
