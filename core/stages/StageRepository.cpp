// SPDX-License-Identifier: MIT
#include "stages/StageRepository.h"

#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

Expected<qint64> StageRepository::record(qint64 accountId, const StageEvent &event)
{
    auto query = m_book.prepare(QStringLiteral(
        "INSERT INTO stage_event (account_id, stage, entered_on, note, reason_code) VALUES (?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(accountId);
    query->addBindValue(Stages::key(event.stage));
    query->addBindValue(Dates::toIso(event.enteredOn));
    query->addBindValue(event.note.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(event.note));
    query->addBindValue(event.reasonCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(event.reasonCode));
    return m_book.insert(*query);
}

Expected<QList<StageEvent>> StageRepository::events(qint64 accountId) const
{
    auto query = m_book.prepare(QStringLiteral(
        "SELECT stage, entered_on, note, changed_by FROM stage_event WHERE account_id = ? "
        "ORDER BY entered_on, id"));
    if (!query)
        return query.error();
    query->addBindValue(accountId);
    if (auto ok = m_book.exec(*query); !ok)
        return ok.error();
    QList<StageEvent> result;
    while (query->next()) {
        StageEvent e;
        e.stage = Stages::fromKey(query->value(0).toString()).value_or(Stage::Onboarding);
        e.enteredOn = Dates::parseIso(query->value(1).toString()).value_or(Date());
        e.note = query->value(2).toString();
        e.changedBy = query->value(3).toString();
        result << e;
    }
    return result;
}

Expected<QList<StageSpan>> StageRepository::history(qint64 accountId, const Date &today) const
{
    auto list = events(accountId);
    if (!list)
        return list.error();
    return spans(*list, today);
}

QList<StageSpan> StageRepository::spans(const QList<StageEvent> &events, const Date &today)
{
    QList<StageSpan> result;
    result.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        StageSpan span;
        span.stage = events[i].stage;
        span.enteredOn = events[i].enteredOn;
        span.note = events[i].note;
        span.changedBy = events[i].changedBy;
        if (i + 1 < events.size())
            span.leftOn = events[i + 1].enteredOn;
        const Date end = span.leftOn.value_or(today);
        span.days = std::max(0L, Dates::daysBetween(span.enteredOn, end));
        result << span;
    }
    return result;
}

} // namespace csw
