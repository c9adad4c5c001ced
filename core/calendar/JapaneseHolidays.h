// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"

#include <QList>
#include <QString>

namespace csw {

struct Holiday
{
    Date day;
    QString name;   // Japanese, as the calendar names it
};

// Japan's public holidays (国民の祝日) of a year under the current law: fixed days, the Monday
// holidays, the equinoxes (by the usual approximation, right from 1980 to 2099), substitute
// holidays (振替休日) and citizens' holidays (国民の休日) between two holidays.
class JapaneseHolidays
{
public:
    static QList<Holiday> of(int year);
};

// Business days: Monday to Friday, except the holidays given.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(QList<Date> holidays = {});
    bool isBusinessDay(const Date &day) const;
    // `days` business days after `from` (0: `from` itself when it is one, else the next one).
    Date addBusinessDays(const Date &from, int days) const;

private:
    QList<Date> m_holidays;   // sorted
};

} // namespace csw
