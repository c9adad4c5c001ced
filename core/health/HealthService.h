// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "health/HealthRepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace csw {

class Book;

// A measure's value on one date, or none: what recording replaced, to put back on undo.
using MeasureSnapshot = QList<std::pair<QString, std::optional<double>>>;

// What recording measures did: the account's score on that date (none when no measure has a
// value), the alert it raised, if any, and the values it replaced on that date.
struct HealthUpdate
{
    std::optional<ScoreResult> result;
    Scorecard scorecard;
    std::optional<HealthAlert> alert;
    MeasureSnapshot replaced;   // each recorded measure → its value before (none: it had none)
};

// Why a score is what it is: its measures, and the score before it to compare with.
struct HealthExplanation
{
    Date scoredOn;
    ScoreResult result;
    Scorecard scorecard;
    std::optional<Date> previousOn;
    std::optional<ScoreResult> previous;

    // Measure `key` in this score, and in the previous one (nullopt where it had no value).
    std::optional<MeasureResult> measure(const QString &key) const;
    std::optional<MeasureResult> previousMeasure(const QString &key) const;
    // How the score moved since the previous one, and measure `key`'s score (nullopt without
    // a previous value to compare with): what the window and `csw health explain` show.
    std::optional<double> scoreChange() const;
    std::optional<double> measureScoreChange(const QString &key) const;
};

// Health scores as the user works with them: recording measures (which scores the account and
// raises alerts), explaining a score, recomputing history under a changed scorecard, and
// snoozing or dismissing alerts. Each action is one write transaction.
class HealthService final
{
    Q_DECLARE_TR_FUNCTIONS(HealthService)

public:
    // Values older than this drop out of a score (HealthRepository::oldestFresh).
    static constexpr int StaleDays = HealthRepository::StaleDays;

    explicit HealthService(Book &book) : m_book(book) {}

    // Records "usage=55" style values for `accountId` on `on`, then scores that date and the
    // later ones. Unknown measures, non-numbers, values outside the allowed range and dates
    // after today are refused and nothing is stored.
    // `alertOnAnyFall`: besides the scorecard's red band and drop, any fall of the score raises
    // an alert (a detractor's NPS answer: the customer said so and the score agrees).
    Expected<HealthUpdate> record(qint64 accountId, const Date &on, const QStringList &assignments,
                                  bool alertOnAnyFall = false);
    // Undoes a record(): puts `values` (HealthUpdate::replaced) back on `on`, deleting the ones
    // that had no value, drops the score on `on` when no measure is left there, rescores the
    // later dates and refreshes the account's latest score. `raisedAlert`, the alert that
    // record() raised, is withdrawn while it is still open or snoozed. One transaction.
    Status restore(qint64 accountId, const Date &on, const MeasureSnapshot &values,
                   std::optional<qint64> raisedAlert = std::nullopt);
    // The score on or before `on` (the latest when none), explained measure by measure.
    Expected<HealthExplanation> explain(qint64 accountId, const std::optional<Date> &on);
    // Recomputes every stored score of the accounts with `touch` (all when none) under the
    // active scorecard; returns how many scores were recomputed.
    Expected<qint64> recompute(const std::optional<Touch> &touch,
                               const std::function<bool(qint64, qint64)> &progress = {});
    // What an alert on a measure says happened: "usage fell from 72 to 41 between 2026-10-01
    // and 2026-10-28", "… below 40"; empty for a score's alert.
    // Dates written by `date` (ISO by default; the window passes its own).
    static QString measureChange(const HealthAlert &alert,
                                 const std::function<QString(const Date &)> &date = Dates::toIso);
    // How long "snooze" hides an alert when no day is given (the window's button, csw without
    // --until): a week from `today`.
    static constexpr int DefaultSnoozeDays = 7;
    static Date defaultSnoozeEnd(const Date &today);
    Status snooze(qint64 alertId, const Date &until);
    Status dismiss(qint64 alertId);

private:
    static Expected<QList<std::pair<QString, double>>> readAssignments(const Scorecard &card,
                                                                       const QStringList &assignments);
    Expected<std::optional<ScoreResult>> scoreOn(qint64 accountId, const Scorecard &card,
                                                 const Date &on);
    // The value of each of `keys` on `on` in the book, or none.
    Expected<MeasureSnapshot> valuesOn(qint64 accountId, const Date &on, const QStringList &keys);
    Expected<std::optional<HealthAlert>> checkAlert(qint64 accountId, const Scorecard &card,
                                                    const Date &on, const ScoreResult &result,
                                                    bool alertOnAnyFall);
    // An alert on one of the measures just recorded (`values`), past its level or fallen by its
    // points within its days; none while the account has an alert open (one at a time).
    Expected<std::optional<HealthAlert>> checkMeasureAlert(qint64 accountId, const Scorecard &card, const Date &on,
                                                           const QList<std::pair<QString, double>> &values,
                                                           double score);

    Book &m_book;
};

} // namespace csw
