// SPDX-License-Identifier: MIT
#include "tasks/Holidays.h"

#include "book/Book.h"

#include <QSqlQuery>

#include <algorithm>
#include <QVariant>

namespace csw {

namespace {
const QString throughKey = QStringLiteral("holidays_through");
constexpr int firstKnownYear = 1980, lastKnownYear = 2099;   // JapaneseHolidays::of
}

Expected<Holidays::Stored> Holidays::stored() const
{
    // One round trip: the key's row (marked 1) and the table's days.
    auto q = m_book.query(QStringLiteral("SELECT 1, value, NULL FROM book_meta WHERE key = '%1' "
                                         "UNION ALL SELECT 0, day, name FROM holiday")
                              .arg(throughKey));
    if (!q)
        return q.error();
    Stored stored;
    std::optional<int> key;
    while (q->next()) {
        if (q->value(0).toInt() == 1)
            key = q->value(1).toString().toInt();
        else if (auto day = Dates::parseIso(q->value(1).toString()))
            stored.holidays << Holiday{*day, q->value(2).toString()};
    }
    std::sort(stored.holidays.begin(), stored.holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    // A book from before the key: its holidays were written when it was made, for that year
    // and the next.
    stored.keyed = key.has_value();
    stored.through = key ? *key : stored.holidays.isEmpty() ? 0 : int(stored.holidays.last().day.year());
    return stored;
}

QList<int> Holidays::defaultYears(int through)
{
    const int year = int(Dates::today().year());
    QList<int> years;
    for (int y = std::max({through + 1, year - 1, firstKnownYear}); y <= std::min(year + 1, lastKnownYear); ++y)
        years << y;
    return years;
}

QList<Holiday> Holidays::withDefaults(Stored table)
{
    QList<Holiday> list = std::move(table.holidays);
    const qsizetype written = list.size();
    for (int year : defaultYears(table.through)) {
        for (const Holiday &h : JapaneseHolidays::of(year)) {
            const auto end = list.cbegin() + written;
            if (std::none_of(list.cbegin(), end, [&](const Holiday &o) { return o.day == h.day; }))
                list << h;
        }
    }
    if (list.size() > written)
        std::sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    return list;
}

Expected<QList<Holiday>> Holidays::list() const
{
    auto table = stored();
    if (!table)
        return table.error();
    return withDefaults(std::move(*table));
}

Status Holidays::putJapanese(const QList<int> &years)
{
    auto q = m_book.prepare(QStringLiteral("INSERT INTO holiday (day, name) VALUES (?, ?) ON CONFLICT (day) DO NOTHING"));
    if (!q)
        return q.error();
    for (int year : years) {
        for (const Holiday &h : JapaneseHolidays::of(year)) {
            q->addBindValue(Dates::toIso(h.day));
            q->addBindValue(h.name);
            if (auto ok = m_book.exec(*q); !ok)
                return ok;
        }
    }
    return {};
}

Status Holidays::writeDefaults()
{
    auto table = stored();
    if (!table)
        return table.error();
    return writeDefaults(*table);
}

Status Holidays::writeDefaults(const Stored &table)
{
    const QList<int> years = defaultYears(table.through);
    if (years.isEmpty()) {
        // Nothing to write in, but the year the table speaks for is kept from now on: what the
        // edit removes or empties does not come back as a default.
        return table.keyed ? Status() : m_book.setMeta(throughKey, QString::number(table.through));
    }
    if (auto ok = putJapanese(years); !ok)
        return ok;
    return m_book.setMeta(throughKey, QString::number(std::max(table.through, years.last())));
}

Status Holidays::add(const Holiday &h)
{
    if (h.day.is_special())
        return Error{tr("a holiday needs a date")};
    return m_book.write([&]() -> Status {
        if (auto ok = writeDefaults(); !ok)
            return ok;
        return put({h});
    });
}

Status Holidays::put(const QList<Holiday> &holidays)
{
    auto q = m_book.prepare(QStringLiteral("INSERT INTO holiday (day, name) VALUES (?, ?) "
                                           "ON CONFLICT (day) DO UPDATE SET name = excluded.name"));
    if (!q)
        return q.error();
    for (const Holiday &h : holidays) {
        q->addBindValue(Dates::toIso(h.day));
        q->addBindValue(h.name.trimmed().isEmpty() ? tr("Holiday") : h.name.trimmed());
        if (auto ok = m_book.exec(*q); !ok)
            return ok;
    }
    return {};
}

Status Holidays::remove(const Date &day)
{
    return m_book.write([&]() -> Status {
        if (auto ok = writeDefaults(); !ok)   // a default holiday removed stays removed
            return ok;
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
        if (auto ok = writeDefaults(); !ok)   // the table speaks for the years shown
            return ok;
        if (auto cleared = m_book.query(QStringLiteral("DELETE FROM holiday")); !cleared)
            return cleared.error();
        return put(all);
    });
}

Expected<int> Holidays::addJapanese(int year)
{
    if (year < 1980 || year > 2099)
        return Error{tr("Japanese holidays are known from 1980 to 2099, not %1").arg(year)};
    int added = 0;
    const Status written = m_book.write([&]() -> Status {
        // Counted against the calendar as shown: a year shown by default is not added again.
        auto table = stored();
        if (!table)
            return table.error();
        const QList<Holiday> shown = withDefaults(*table);
        if (auto ok = writeDefaults(*table); !ok)
            return ok;
        if (auto ok = putJapanese({year}); !ok)
            return ok;
        for (const Holiday &h : JapaneseHolidays::of(year))
            added += std::none_of(shown.cbegin(), shown.cend(), [&](const Holiday &o) { return o.day == h.day; });
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
