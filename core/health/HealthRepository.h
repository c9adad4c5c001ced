// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"
#include "common/Expected.h"
#include "health/ScoreMath.h"

#include <QCoreApplication>

#include <optional>

namespace csw {

class Book;

// A stored score: the date, the scorecard version it was computed under, and the result.
struct ScoreRecord
{
    Date scoredOn;
    qint64 scorecardId = 0;
    int scorecardVersion = 0;
    double score = 0;
    Band band = Band::Red;
    bool complete = true;
};

// A churn-risk signal on an account: it fell into red, or dropped fast; or one measure did
// (reason "measure": which, from what and when to what, and the level it crossed, if that).
struct HealthAlert
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountName;
    Date raisedOn;
    QString reason;               // "red", "drop" or "measure"
    double score = 0;
    std::optional<double> previousScore;
    QString status;               // open, snoozed, dismissed, resolved
    std::optional<Date> snoozedUntil;
    QString accountCsm;           // the account's, as it is now
    Stage accountStage = Stage::Onboarding;
    QString measure;
    std::optional<double> measureFrom;
    double measureTo = 0;
    std::optional<Date> measureFromOn;
    std::optional<double> measureLevel;
};

// A measure's value on a date.
struct DatedValue
{
    Date on;
    double value = 0;
};

// The health tables: scorecard versions, dated measure values, scores and alerts. Callers
// wrap writes in Book::write.
class HealthRepository final
{
    Q_DECLARE_TR_FUNCTIONS(HealthRepository)

public:
    explicit HealthRepository(Book &book) : m_book(book) {}

    // The active scorecard for `touch` (its own, else the default), or the built-in default
    // (id 0) when none is stored yet.
    Expected<Scorecard> activeScorecard(std::optional<Touch> touch) const;
    // The active scorecard stored with exactly this touch (none: the default), if any.
    Expected<std::optional<Scorecard>> storedScorecard(std::optional<Touch> touch) const;
    Expected<Scorecard> scorecard(qint64 id) const;
    // Stores `card` as the next version for its touch model and makes it the active one.
    Expected<Scorecard> storeScorecard(Scorecard card);
    // The measures of every active scorecard (the default's, then each touch model's own), each
    // key once: what a condition, an alert or a program may name.
    Expected<QList<Measure>> measuresInUse() const;
    // `card` itself when stored; else stores it (the built-in default on first use).
    Expected<Scorecard> ensureStored(const Scorecard &card);

    Status recordValue(qint64 accountId, const Date &on, const QString &measure, double value);
    // Values older than this drop out of a score.
    static constexpr int StaleDays = 90;
    // The oldest day whose values still count toward a score on `on`: StaleDays days, `on`
    // included. The one place the rule is written (the SQL reads and the rescoring use it).
    static Date oldestFresh(const Date &on);
    // The latest value of each measure on or before `on`, measured on `oldest` or later (none
    // given: however old).
    Expected<QList<MeasureValue>> valuesAsOf(qint64 accountId, const Date &on,
                                             const std::optional<Date> &oldest = std::nullopt) const;
    // The dates with measure values or scores on or after `from`, in order.
    Expected<QList<Date>> datesFrom(qint64 accountId, const Date &from) const;

    Status storeScore(qint64 accountId, const Date &on, qint64 scorecardId,
                      const std::optional<ScoreResult> &result);
    // Copies the latest score into the account row, for lists and filters.
    Status refreshLatest(qint64 accountId);
    // "UPDATE account SET (health_score, health_band) = its latest score WHERE ", for a condition.
    static QString refreshLatestSql();
    Expected<QList<ScoreRecord>> history(qint64 accountId) const;
    // The last score on or before `on` (strictly before when `strictly`).
    Expected<std::optional<ScoreRecord>> scoreAsOf(qint64 accountId, const Date &on,
                                                   bool strictly = false) const;
    // The highest score in [from, to).
    Expected<std::optional<double>> highestBetween(qint64 accountId, const Date &from,
                                                   const Date &to) const;

    // Measure `key`'s latest value before `on`.
    Expected<std::optional<DatedValue>> valueBefore(qint64 accountId, const QString &key, const Date &on) const;
    // Its best value in [from, to) (the highest, or the lowest when lower is better).
    Expected<std::optional<DatedValue>> bestBetween(qint64 accountId, const Measure &measure, const Date &from,
                                                    const Date &to) const;

    Expected<std::optional<HealthAlert>> activeAlert(qint64 accountId) const;
    Expected<qint64> raiseAlert(const HealthAlert &alert);
    // Open alerts, and snoozed ones whose snooze ended by `today`.
    // Open alerts (and snoozed ones due again), newest first; of one CSM's accounts when
    // `csm` is given; at most `limit` when > 0.
    // Of a segment's accounts only, when one is given.
    Expected<QList<HealthAlert>> openAlerts(const Date &today, const QString &csm = {}, int limit = 0,
                                            const QList<SegmentCondition> &segment = {}) const;
    Expected<HealthAlert> alert(qint64 id) const;
    Status setAlertStatus(qint64 id, const QString &status, const std::optional<Date> &until,
                          const std::optional<Date> &closedOn);

private:
    Expected<QList<Measure>> measures(qint64 scorecardId) const;

    Book &m_book;
};

} // namespace csw
