// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "health/HealthService.h"
#include "health/Scorecard.h"

#include <QCoreApplication>

#include <optional>

namespace csw {

class Book;

// Two health measures the book knows from its people rather than from a feed (issue 18):
// "champion" — 1 while the account has a champion (a contact with that role, or the hand-off's)
// still there, 0 once every one of them left — and "handoff" — how much of the hand-off
// checklist sales filled (%). A scorecard that has them (csw scorecard set --add champion,
// Preferences ▸ Scorecard ▸ Add measure) gets them recorded when contacts or the hand-off change.
class PeopleMeasures final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleMeasures)

public:
    explicit PeopleMeasures(Book &book) : m_book(book) {}

    static inline const QString Champion = QStringLiteral("champion");
    static inline const QString HandoffComplete = QStringLiteral("handoff");
    // Their definitions, to add to a scorecard (not in the built-in one: a book opts in).
    static const QList<Measure> &definitions();
    static const Measure *definition(const QString &key);

    // Their values now; nullopt where there is nothing to say (no champion was ever named).
    Expected<std::optional<double>> champion(qint64 accountId) const;
    Expected<double> handoffComplete(qint64 accountId) const;

    // Records their values on `on` where the account's scorecard has them and they changed since
    // the last recorded ones; a champion gone raises an alert when the score falls. The update
    // (to undo with HealthService::restore) or nullopt when nothing was recorded.
    Expected<std::optional<HealthUpdate>> feed(qint64 accountId, const Date &on);

private:
    Book &m_book;
};

} // namespace csw
