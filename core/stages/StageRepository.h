// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "stages/Stage.h"

#include <QList>
#include <QString>

#include <optional>

namespace csw {

class Book;

// A dated move of an account into a stage.
struct StageEvent
{
    Stage stage = Stage::Onboarding;
    Date enteredOn;
    QString note;
    QString changedBy;   // the team book's login that recorded it; empty on an SQLite book
    QString reasonCode;  // a churn's reason (ChurnReasons); empty for other stages
};

// One stay in a stage: from entering it to entering the next one (open while current).
struct StageSpan
{
    Stage stage = Stage::Onboarding;
    Date enteredOn;
    std::optional<Date> leftOn;
    long days = 0;    // to leftOn, or to today for the current stage
    QString note;
    QString changedBy;
};

// The stage_event table: the history behind an account's current stage.
class StageRepository final
{
public:
    explicit StageRepository(Book &book) : m_book(book) {}

    Expected<qint64> record(qint64 accountId, const StageEvent &event);
    Expected<QList<StageEvent>> events(qint64 accountId) const;
    Expected<QList<StageSpan>> history(qint64 accountId, const Date &today) const;

    // Events in date order -> spans; an account may leave and re-enter a stage.
    static QList<StageSpan> spans(const QList<StageEvent> &events, const Date &today);

private:
    Book &m_book;
};

} // namespace csw
