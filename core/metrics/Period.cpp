// SPDX-License-Identifier: MIT
#include "metrics/Period.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace csw {

namespace {

using Days = boost::gregorian::days;
using boost::gregorian::gregorian_calendar;

Date monthStart(int year, int month)
{
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
}

Date monthEnd(int year, int month)
{
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                     static_cast<unsigned short>(month)));
}

Date monthEnd(const Date &day)
{
    return monthEnd(day.year(), day.month());
}

bool yearInRange(int year)
{
    return year >= Period::FirstYear && year <= Period::LastYear;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

Error notAPeriod(const QString &text)
{
    return Error{Period::tr("'%1' is not a period; use 2026-10 (a month), FY2026 (a fiscal year), "
                            "FY2026-Q3 (a quarter of it), 2026-Q3 (a calendar quarter) or "
                            "2026-04-01..2026-09-30 (a range of days)")
                     .arg(text),
                 ErrorKind::Invalid};
}

Error yearOutOfRange(const QString &text)
{
    return Error{Period::tr("the period %1 is outside the years %2 to %3")
                     .arg(text)
                     .arg(Period::FirstYear)
                     .arg(Period::LastYear),
                 ErrorKind::Invalid};
}

} // namespace

Period::Period(Kind kind, Date first, Date last, QString label)
    : m_kind(kind), m_first(first), m_last(last), m_label(std::move(label))
{
}

Expected<Period> Period::parse(const QString &input, int fiscalYearStartMonth)
{
    static const QRegularExpression monthPattern(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^([0-9]{4})-[Qq]([0-9])$"));
    static const QRegularExpression fiscalPattern(QStringLiteral("^[Ff][Yy]([0-9]{4})$"));
    static const QRegularExpression fiscalQuarterPattern(QStringLiteral("^[Ff][Yy]([0-9]{4})-[Qq]([0-9])$"));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{tr("the period is empty; use 2026-10, FY2026, FY2026-Q3, 2026-Q3 or "
                        "2026-04-01..2026-09-30"),
                     ErrorKind::Invalid};

    if (const auto m = monthPattern.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt(), month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return Error{tr("'%1' is not a period: there is no month %2").arg(text).arg(month),
                         ErrorKind::Invalid};
        if (!yearInRange(year))
            return yearOutOfRange(text);
        return Period::month(year, month);
    }
    if (const auto m = quarterPattern.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt(), quarter = m.captured(2).toInt();
        if (quarter < 1 || quarter > 4)
            return Error{tr("'%1' is not a period: a quarter is Q1 to Q4").arg(text), ErrorKind::Invalid};
        if (!yearInRange(year))
            return yearOutOfRange(text);
        return Period::quarter(year, quarter);
    }
    const bool fiscal = fiscalPattern.match(text).hasMatch() || fiscalQuarterPattern.match(text).hasMatch();
    if (fiscal && (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12))
        return Error{tr("the fiscal year's first month must be 1 to 12, not %1").arg(fiscalYearStartMonth),
                     ErrorKind::Invalid};
    if (const auto m = fiscalPattern.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (!yearInRange(year) || !yearInRange(year + 1))
            return yearOutOfRange(text);
        return fiscalYear(year, fiscalYearStartMonth);
    }
    if (const auto m = fiscalQuarterPattern.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt(), quarter = m.captured(2).toInt();
        if (quarter < 1 || quarter > 4)
            return Error{tr("'%1' is not a period: a quarter is Q1 to Q4").arg(text), ErrorKind::Invalid};
        if (!yearInRange(year) || !yearInRange(year + 1))
            return yearOutOfRange(text);
        return fiscalQuarter(year, quarter, fiscalYearStartMonth);
    }
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots > 0) {
        const QString from = text.left(dots).trimmed(), to = text.mid(dots + 2).trimmed();
        const auto first = Dates::parseIso(from);
        const auto last = Dates::parseIso(to);
        if (!first || !last)
            return Error{tr("'%1' is not a period: %2 is not a date (YYYY-MM-DD)")
                             .arg(text, first ? to : from),
                         ErrorKind::Invalid};
        return range(*first, *last);
    }
    return notAPeriod(text);
}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, monthStart(year, month), monthEnd(year, month),
                  QString::number(year) + QLatin1Char('-') + twoDigits(month));
}

Period Period::quarter(int year, int quarter)
{
    return Period(Kind::Quarter, monthStart(year, quarter * 3 - 2), monthEnd(year, quarter * 3),
                  QStringLiteral("%1-Q%2").arg(year).arg(quarter));
}

Period Period::fiscalYear(int startYear, int startMonth)
{
    const Date first = monthStart(startYear, startMonth);
    Period period(Kind::FiscalYear, first, Dates::addMonths(first, 12) - Days(1),
                  QStringLiteral("FY%1").arg(startYear));
    period.m_fiscalStartMonth = startMonth;
    return period;
}

Period Period::fiscalYearOf(const Date &day, int startMonth)
{
    const int year = day.month() >= startMonth ? int(day.year()) : int(day.year()) - 1;
    return fiscalYear(year, startMonth);
}

Period Period::fiscalQuarter(int startYear, int quarter, int startMonth)
{
    const Date first = Dates::addMonths(monthStart(startYear, startMonth), 3 * (quarter - 1));
    Period period(Kind::FiscalQuarter, first, Dates::addMonths(first, 3) - Days(1),
                  QStringLiteral("FY%1-Q%2").arg(startYear).arg(quarter));
    period.m_fiscalStartMonth = startMonth;
    return period;
}

Period Period::fiscalQuarterOf(const Date &day, int startMonth)
{
    const Period year = fiscalYearOf(day, startMonth);
    const int monthsIn = (int(day.year()) - int(year.first().year())) * 12 + int(day.month()) - startMonth;
    return fiscalQuarter(int(year.first().year()), monthsIn / 3 + 1, startMonth);
}

Expected<Period> Period::range(const Date &first, const Date &last)
{
    const QString label = rangeLabel(first, last);
    if (last < first)
        return Error{tr("the period %1 ends before it starts").arg(label), ErrorKind::Invalid};
    if (!yearInRange(first.year()) || !yearInRange(last.year()))
        return yearOutOfRange(label);
    return Period(Kind::Range, first, last, label);
}

QString Period::shownLabel() const
{
    if (m_toDate) {
        Period whole = *this;
        whole.m_toDate = false;
        whole.m_last = m_fullLast;
        if (m_sameStretch)
            //: The same stretch of an earlier period, compared with one measured to date (前年同期)
            return tr("%1, same stretch").arg(whole.shownLabel());
        //: A period still running, measured from its start to today (期首来)
        return tr("%1 to date").arg(whole.shownLabel());
    }
    switch (m_kind) {
    case Kind::Month:
        //: The format of a month for QDate::toString (Japanese: yyyy年M月)
        return QDate(int(m_first.year()), int(m_first.month()), 1).toString(tr("yyyy-MM"));
    case Kind::Quarter:
        //: A calendar quarter (January to March is Q1): %1 the year, %2 the quarter
        return tr("%1-Q%2 (calendar)").arg(m_first.year()).arg((m_first.month() + 2) / 3);
    case Kind::FiscalYear:
        //: The fiscal year that starts in the year %1 (2026年度)
        return tr("FY%1").arg(m_first.year());
    case Kind::FiscalQuarter: {
        const int startYear = int(m_first.month()) >= m_fiscalStartMonth ? int(m_first.year()) : int(m_first.year()) - 1;
        const int quarter = ((int(m_first.month()) - m_fiscalStartMonth + 12) % 12) / 3 + 1;
        //: A quarter of the fiscal year that starts in %1: %2 is 1 to 4 (2026年度 第3四半期)
        return tr("FY%1 Q%2").arg(startYear).arg(quarter);
    }
    case Kind::Range:
        break;
    }
    //: A range of days, both included
    return tr("%1 to %2").arg(Dates::toIso(m_first), Dates::toIso(m_last));
}

QString Period::rangeLabel(const Date &first, const Date &last)
{
    return Dates::toIso(first) + QStringLiteral("..") + Dates::toIso(last);
}

Period Period::classify(const Date &first, const Date &last)
{
    if (first.day() == 1 && last == monthEnd(first))
        return month(first.year(), first.month());
    if (first.day() == 1 && first.month() % 3 == 1
        && last == monthEnd(first.year(), first.month() + 2))
        return quarter(first.year(), (first.month() + 2) / 3);
    return Period(Kind::Range, first, last, rangeLabel(first, last));
}

Date Period::dayBefore() const
{
    return m_first - Days(1);
}

long Period::days() const
{
    if (m_first.is_special() || m_last.is_special())
        return 0;
    return (m_last - m_first).days() + 1;
}

bool Period::isWholeMonths() const
{
    return !m_first.is_special() && m_first.day() == 1 && m_last == monthEnd(m_last);
}

double Period::months() const
{
    if (days() <= 0)
        return 0;
    const Date end = m_last + Days(1);   // the first day after the period
    int whole = (int(end.year()) - int(m_first.year())) * 12 + int(end.month())
                - int(m_first.month());
    while (whole > 0 && Dates::addMonths(m_first, whole) > end)
        --whole;
    const Date from = Dates::addMonths(m_first, whole);
    const long rest = (end - from).days();
    if (rest == 0)
        return whole;
    const long nextMonth = (Dates::addMonths(m_first, whole + 1) - from).days();
    return whole + double(rest) / double(nextMonth);
}

Period Period::toDate(const Date &today) const
{
    if (m_toDate || !contains(today) || today == m_last)
        return *this;
    Period cut = *this;
    cut.m_toDate = true;
    cut.m_fullLast = m_last;
    cut.m_last = today;
    return cut;
}

Period Period::previous() const
{
    if (m_toDate) {
        // The same stretch of the whole period before: as many months back as the period is
        // long (a fiscal year: the same dates a year earlier), cut to the same day.
        Period whole = *this;
        whole.m_toDate = false;
        whole.m_last = m_fullLast;
        Period before = whole.previous();
        const int back = m_kind == Kind::Month ? 1 : m_kind == Kind::FiscalYear ? 12 : 3;
        Date last = m_kind == Kind::Range ? before.first() + Days(days() - 1) : Dates::addMonths(m_last, -back);
        last = std::min(std::max(last, before.first()), before.last());
        before.m_fullLast = before.m_last;
        before.m_last = last;
        before.m_toDate = last < before.m_fullLast;
        before.m_sameStretch = before.m_toDate;
        return before;
    }
    switch (m_kind) {
    case Kind::Month: {
        const Date before = dayBefore();
        return month(before.year(), before.month());
    }
    case Kind::Quarter: {
        const Date before = dayBefore();
        return quarter(before.year(), (before.month() + 2) / 3);
    }
    case Kind::FiscalYear:
        return fiscalYear(int(m_first.year()) - 1, m_fiscalStartMonth);
    case Kind::FiscalQuarter:
        return fiscalQuarterOf(dayBefore(), m_fiscalStartMonth);
    case Kind::Range:
        break;
    }
    const Date last = dayBefore();
    if (isWholeMonths()) {
        const int count = int(months());
        const Date first = Dates::addMonths(m_first, -count);
        return Period(Kind::Range, first, last, rangeLabel(first, last));
    }
    const Date first = last - Days(days() - 1);
    return Period(Kind::Range, first, last, rangeLabel(first, last));
}

Period Period::next() const
{
    if (m_toDate) {   // the whole period after this one
        Period whole = *this;
        whole.m_toDate = false;
        whole.m_last = m_fullLast;
        return whole.next();
    }
    const Date first = m_last + Days(1);
    switch (m_kind) {
    case Kind::Month:
        return month(first.year(), first.month());
    case Kind::Quarter:
        return quarter(first.year(), (first.month() + 2) / 3);
    case Kind::FiscalYear:
        return fiscalYear(int(m_first.year()) + 1, m_fiscalStartMonth);
    case Kind::FiscalQuarter:
        return fiscalQuarterOf(first, m_fiscalStartMonth);
    case Kind::Range:
        break;
    }
    const Date last = isWholeMonths() ? Dates::addMonths(first, int(months())) - Days(1)
                                      : first + Days(days() - 1);
    return Period(Kind::Range, first, last, rangeLabel(first, last));
}

QList<Period> Period::splitMonths() const
{
    QList<Period> pieces;
    for (Date from = m_first; days() > 0 && from <= m_last;) {
        const Date to = std::min(monthEnd(from), m_last);
        pieces << classify(from, to);
        from = to + Days(1);
    }
    return pieces;
}

QList<Period> Period::splitQuarters() const
{
    QList<Period> pieces;
    Date from = m_first;
    for (int k = 1; days() > 0 && from <= m_last; ++k) {
        const Date to = std::min(Dates::addMonths(m_first, 3 * k) - Days(1), m_last);
        pieces << classify(from, to);
        from = to + Days(1);
    }
    return pieces;
}

} // namespace csw
