// SPDX-License-Identifier: MIT
#include "calendar/JapaneseHolidays.h"

#include <algorithm>
#include <cmath>

namespace csw {

namespace {

using boost::gregorian::greg_weekday;

Date nthMonday(int year, int month, int n)
{
    Date day(year, month, 1);
    while (day.day_of_week() != boost::date_time::Monday)
        day += boost::gregorian::days(1);
    return day + boost::gregorian::days(7 * (n - 1));
}

int equinoxDay(int year, double base)
{
    return int(std::floor(base + 0.242194 * (year - 1980) - std::floor((year - 1980) / 4.0)));
}

} // namespace

QList<Holiday> JapaneseHolidays::of(int year)
{
    QList<Holiday> list = {
        {Date(year, 1, 1), QStringLiteral("元日")},
        {nthMonday(year, 1, 2), QStringLiteral("成人の日")},
        {Date(year, 2, 11), QStringLiteral("建国記念の日")},
        {Date(year, 2, 23), QStringLiteral("天皇誕生日")},
        {Date(year, 3, equinoxDay(year, 20.8431)), QStringLiteral("春分の日")},
        {Date(year, 4, 29), QStringLiteral("昭和の日")},
        {Date(year, 5, 3), QStringLiteral("憲法記念日")},
        {Date(year, 5, 4), QStringLiteral("みどりの日")},
        {Date(year, 5, 5), QStringLiteral("こどもの日")},
        {nthMonday(year, 7, 3), QStringLiteral("海の日")},
        {Date(year, 8, 11), QStringLiteral("山の日")},
        {nthMonday(year, 9, 3), QStringLiteral("敬老の日")},
        {Date(year, 9, equinoxDay(year, 23.2488)), QStringLiteral("秋分の日")},
        {nthMonday(year, 10, 2), QStringLiteral("スポーツの日")},
        {Date(year, 11, 3), QStringLiteral("文化の日")},
        {Date(year, 11, 23), QStringLiteral("勤労感謝の日")},
    };
    std::sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    auto isHoliday = [&](const Date &d) {
        return std::any_of(list.cbegin(), list.cend(), [&](const Holiday &h) { return h.day == d; });
    };
    // A weekday between two holidays is a holiday too.
    QList<Holiday> extra;
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        const Date between = list[i].day + boost::gregorian::days(1);
        if (list[i + 1].day == between + boost::gregorian::days(1) && !isHoliday(between)
            && between.day_of_week() != boost::date_time::Sunday)
            extra << Holiday{between, QStringLiteral("国民の休日")};
    }
    list += extra;
    // A holiday on a Sunday moves to the next day that is not a holiday.
    extra.clear();
    for (const Holiday &h : std::as_const(list)) {
        if (h.day.day_of_week() != boost::date_time::Sunday || h.name == QLatin1String("国民の休日"))
            continue;
        Date next = h.day + boost::gregorian::days(1);
        while (isHoliday(next))
            next += boost::gregorian::days(1);
        extra << Holiday{next, QStringLiteral("振替休日")};
    }
    list += extra;
    std::sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    return list;
}

BusinessCalendar::BusinessCalendar(QList<Date> holidays) : m_holidays(std::move(holidays))
{
    std::sort(m_holidays.begin(), m_holidays.end());
}

bool BusinessCalendar::isBusinessDay(const Date &day) const
{
    const auto weekday = day.day_of_week();
    if (weekday == boost::date_time::Saturday || weekday == boost::date_time::Sunday)
        return false;
    return !std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day);
}

Date BusinessCalendar::addBusinessDays(const Date &from, int days) const
{
    Date day = from;
    while (!isBusinessDay(day))
        day += boost::gregorian::days(1);
    for (int i = 0; i < days; ++i) {
        day += boost::gregorian::days(1);
        while (!isBusinessDay(day))
            day += boost::gregorian::days(1);
    }
    return day;
}

} // namespace csw
