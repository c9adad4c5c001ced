// SPDX-License-Identifier: MIT
#include "tasks/Holidays.h"

#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

Expected<QList<Holiday>> Holidays::list() const
{
    auto q = m_book.query(QStringLiteral("SELECT day, name FROM holiday ORDER BY day"));
    if (!q)
        return q.error();
    QList<Holiday> list;
    while (q->next()) {
        if (auto day = Dates::parseIso(q->value(0).toString()))
            list << Holiday{*day, q->value(1).toString()};
    }
    return list;
}

Status Holidays::add(const Holiday &h)
{
    if (h.day.is_special())
        return Error{tr("a holiday needs a date")};
    return m_book.write([&]() -> Status {
        auto q = m_book.prepare(QStringLiteral("INSERT INTO holiday (day, name) VALUES (?, ?) "
                                               "ON CONFLICT (day) DO UPDATE SET name = excluded.name"));
        if (!q)
            return q.error();
        q->addBindValue(Dates::toIso(h.day));
        q->addBindValue(h.name.trimmed().isEmpty() ? tr("Holiday") : h.name.trimmed());
        return m_book.exec(*q);
    });
}

Status Holidays::remove(const Date &day)
{
    return m_book.write([&]() -> Status {
        auto q = m_book.prepare(QStringLiteral("DELETE FROM holiday WHERE day = ?"));
        if (!q)
            return q.error();
        q->addBindValue(Dates::toIso(day));
        return m_book.exec(*q);
    });
}

Status Holidays::setAll(const QList<Holiday> &all)
{
    for (const Holiday &h : all)
        if (h.day.is_special())
            return Error{tr("a holiday needs a date")};
    return m_book.write([&]() -> Status {
        if (auto cleared = m_book.query(QStringLiteral("DELETE FROM holiday")); !cleared)
            return cleared.error();
        for (const Holiday &h : all)
            if (auto ok = add(h); !ok)
                return ok;
        return {};
    });
}

Expected<int> Holidays::addJapanese(int year)
{
    if (year < 1980 || year > 2099)
        return Error{tr("Japanese holidays are known from 1980 to 2099, not %1").arg(year)};
    int added = 0;
    const Status written = m_book.write([&]() -> Status {
        auto q = m_book.prepare(QStringLiteral("INSERT INTO holiday (day, name) VALUES (?, ?) ON CONFLICT (day) DO NOTHING"));
        if (!q)
            return q.error();
        for (const Holiday &h : JapaneseHolidays::of(year)) {
            q->addBindValue(Dates::toIso(h.day));
            q->addBindValue(h.name);
            if (auto ok = m_book.exec(*q); !ok)
                return ok;
            added += q->numRowsAffected();
        }
        return {};
    });
    if (!written)
        return written.error();
    return added;
}

Expected<BusinessCalendar> Holidays::calendar() const
{
    auto all = list();
    if (!all)
        return all.error();
    QList<Date> days;
    for (const Holiday &h : std::as_const(*all))
        days << h.day;
    return BusinessCalendar(days);
}

} // namespace csw
