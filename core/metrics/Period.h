// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csw {

// A span of days that KPIs are reported for: a month, a calendar quarter, a fiscal year, a
// quarter of a fiscal year or any inclusive range of days. Both ends are inclusive.
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind { Month, Quarter, FiscalYear, Range, FiscalQuarter };
    // Years a period may lie in; dates outside them are refused with a message.
    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 9998;

    Period() = default;   // empty: no days

    // "2026-10", "2026-Q3" (a calendar quarter), "FY2026" (the fiscal year that starts in 2026
    // in `fiscalYearStartMonth`), "FY2026-Q3" (its third quarter: 2026-10-01..2026-12-31 with
    // an April start), "2026-04-01..2026-09-30".
    static Expected<Period> parse(const QString &text, int fiscalYearStartMonth);

    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    // The fiscal year that starts in `startYear`, in month `startMonth` (1-12).
    static Period fiscalYear(int startYear, int startMonth);
    // The fiscal year holding `day`.
    static Period fiscalYearOf(const Date &day, int startMonth);
    // Quarter 1-4 of the fiscal year that starts in `startYear`, month `startMonth`.
    static Period fiscalQuarter(int startYear, int quarter, int startMonth);
    // The fiscal quarter holding `day`.
    static Period fiscalQuarterOf(const Date &day, int startMonth);
    // An inclusive range; `first` must not be after `last`.
    static Expected<Period> range(const Date &first, const Date &last);

    Kind kind() const { return m_kind; }
    const Date &first() const { return m_first; }
    const Date &last() const { return m_last; }
    // The day before the first day: what "at the start of the period" looks at.
    Date dayBefore() const;
    // The period's key, as typed on the command line and written in reports' data: 2026-11,
    // 2026-Q3, FY2026, FY2026-Q3, 2026-04-01..2026-09-30.
    QString label() const { return m_label; }
    // The period as a reader says it, in the program's language: 2026年11月, 2026年度,
    // 2026年度 第3四半期 in Japanese; 2026-11, FY2026, FY2026 Q3 in English.
    QString shownLabel() const;
    long days() const;
    bool contains(const Date &day) const { return m_first <= day && day <= m_last; }
    // Whether the period is made of whole calendar months (first of a month to the end of one).
    bool isWholeMonths() const;
    // Calendar months covered: 12 for a fiscal year, 6 for 2026-04-01..2026-09-30; a part of a
    // month counts as its share of that month's days.
    double months() const;

    // The period of the same length just before this one: the previous month, quarter or
    // fiscal year; for other whole-month ranges the same number of months, else of days. Of a
    // period measured to date, the same stretch of the previous one (前年同期: 2025-04-01 to
    // 2025-11-23 before FY2026 to 2026-11-23).
    Period previous() const;
    // A period still running on `today`, cut to end on it: what is measured of it so far (the
    // months elapsed, not the whole year). Any other period as it is.
    Period toDate(const Date &today) const;
    bool isToDate() const { return m_toDate; }
    // Whether this is the stretch of a whole period compared with one measured to date.
    bool isSameStretch() const { return m_toDate && m_sameStretch; }
    // The last day of the whole period (its last() unless measured to date).
    const Date &fullLast() const { return m_toDate ? m_fullLast : m_last; }
    // The period of the same length just after this one (previous()'s mirror).
    Period next() const;
    // The calendar months in the period, each cut to the period, for monthly trends.
    QList<Period> splitMonths() const;
    // Consecutive three-month pieces from the first day (fiscal quarters of a fiscal year);
    // the last one may be shorter.
    QList<Period> splitQuarters() const;

    bool operator==(const Period &other) const
    {
        return m_first == other.m_first && m_last == other.m_last && m_toDate == other.m_toDate;
    }

private:
    Period(Kind kind, Date first, Date last, QString label);
    static QString rangeLabel(const Date &first, const Date &last);
    // The tightest kind and label for [first, last]: a month, a calendar quarter, or a range.
    static Period classify(const Date &first, const Date &last);

    Kind m_kind = Kind::Range;
    Date m_first;
    Date m_last;
    QString m_label;
    int m_fiscalStartMonth = 0;   // set for fiscal years and their quarters
    bool m_toDate = false;        // cut short on the day it was measured
    Date m_fullLast;              // then, where the whole period ends
    bool m_sameStretch = false;   // cut to match another period measured to date
};

} // namespace csw
