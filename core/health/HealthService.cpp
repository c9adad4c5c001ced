// SPDX-License-Identifier: MIT
#include "health/HealthService.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "health/ScoreRecompute.h"

#include <QVariant>

#include <cmath>

namespace csw {

Expected<std::optional<ScoreResult>> HealthService::scoreOn(qint64 accountId, const Scorecard &card,
                                                            const Date &on)
{
    HealthRepository health(m_book);
    auto values = health.valuesAsOf(accountId, on, HealthRepository::oldestFresh(on));
    if (!values)
        return values.error();
    const std::optional<ScoreResult> result = ScoreMath::score(card, *values);
    if (auto ok = health.storeScore(accountId, on, card.id, result); !ok)
        return ok.error();
    return result;
}

namespace {

// Raises `alert` unless its account has one open (or snoozed) already: one at a time.
Expected<std::optional<HealthAlert>> raiseUnlessOpen(HealthRepository &health, HealthAlert alert)
{
    auto active = health.activeAlert(alert.accountId);
    if (!active)
        return active.error();
    if (*active)
        return std::optional<HealthAlert>();
    auto id = health.raiseAlert(alert);
    if (!id)
        return id.error();
    alert.id = *id;
    alert.status = QStringLiteral("open");
    return std::optional<HealthAlert>(alert);
}

} // namespace

Expected<std::optional<HealthAlert>> HealthService::checkAlert(qint64 accountId, const Scorecard &card,
                                                               const Date &on,
                                                               const ScoreResult &result,
                                                               bool alertOnAnyFall)
{
    HealthRepository health(m_book);
    auto previous = health.scoreAsOf(accountId, on, true);
    if (!previous)
        return previous.error();
    auto highest = health.highestBetween(accountId, on - boost::gregorian::days(30), on);
    if (!highest)
        return highest.error();
    HealthAlert alert;
    alert.accountId = accountId;
    alert.raisedOn = on;
    alert.score = result.score;
    if (result.band == Band::Red && (!*previous || (*previous)->band != Band::Red)) {
        alert.reason = QStringLiteral("red");
        if (*previous)
            alert.previousScore = (*previous)->score;
    } else if (*highest && **highest - result.score >= card.dropPoints) {
        alert.reason = QStringLiteral("drop");
        alert.previousScore = **highest;
    } else if (alertOnAnyFall && *previous && (*previous)->score > result.score) {
        alert.reason = QStringLiteral("drop");
        alert.previousScore = (*previous)->score;
    } else {
        return std::optional<HealthAlert>();
    }
    return raiseUnlessOpen(health, alert);
}

Expected<std::optional<HealthAlert>> HealthService::checkMeasureAlert(
    qint64 accountId, const Scorecard &card, const Date &on, const QList<std::pair<QString, double>> &values,
    double score)
{
    HealthRepository health(m_book);
    for (const auto &[key, value] : values) {
        const Measure *m = card.measure(key);
        if (!m || (!m->alertAt && !m->alertDrop))
            continue;
        HealthAlert alert;
        alert.accountId = accountId;
        alert.raisedOn = on;
        alert.reason = QStringLiteral("measure");
        alert.score = score;
        alert.measure = key;
        alert.measureTo = value;
        bool raised = false;
        if (m->alertAt && m->worse(value, *m->alertAt)) {   // past the level, and was not before
            auto before = health.valueBefore(accountId, key, on);
            if (!before)
                return before.error();
            if (!*before || !m->worse((*before)->value, *m->alertAt)) {
                raised = true;
                alert.measureLevel = m->alertAt;
                if (*before) {
                    alert.measureFrom = (*before)->value;
                    alert.measureFromOn = (*before)->on;
                }
            }
        }
        if (!raised && m->alertDrop) {
            auto best = health.bestBetween(accountId, *m, on - boost::gregorian::days(m->alertDays), on);
            if (!best)
                return best.error();
            const auto fallen = [&](double v) {
                return *best && std::abs((*best)->value - v) >= *m->alertDrop && m->worse(v, (*best)->value);
            };
            auto before = health.valueBefore(accountId, key, on);
            if (!before)
                return before.error();
            // Said once, when the value falls that far: not again for each value still down there.
            if (fallen(value) && !(*before && fallen((*before)->value))) {
                raised = true;
                alert.measureFrom = (*best)->value;
                alert.measureFromOn = (*best)->on;
            }
        }
        if (raised)
            return raiseUnlessOpen(health, alert);
    }
    return std::optional<HealthAlert>();
}

QString HealthService::measureChange(const HealthAlert &alert, const std::function<QString(const Date &)> &date)
{
    if (alert.measure.isEmpty())
        return {};
    const auto number = [](double v) { return QString::number(v, 'g', 6); };
    const bool fell = alert.measureFrom ? alert.measureTo < *alert.measureFrom
                                        : alert.measureLevel && alert.measureTo < *alert.measureLevel;
    QString text;
    if (alert.measureFrom && alert.measureFromOn)
        text = (fell ? tr("%1 fell from %2 to %3 between %4 and %5") : tr("%1 rose from %2 to %3 between %4 and %5"))
                   .arg(alert.measure, number(*alert.measureFrom), number(alert.measureTo),
                        date(*alert.measureFromOn), date(alert.raisedOn));
    else
        text = tr("%1 was %2 on %3").arg(alert.measure, number(alert.measureTo), date(alert.raisedOn));
    if (alert.measureLevel)
        text += QLatin1Char(' ') + (fell ? tr("(below %1)") : tr("(above %1)")).arg(number(*alert.measureLevel));
    return text;
}

// Each MEASURE=VALUE of `assignments` read against the scorecard `card`: a measure it has, a
// number within the measure's range.
Expected<QList<std::pair<QString, double>>> HealthService::readAssignments(const Scorecard &card,
                                                                           const QStringList &assignments)
{
    QList<std::pair<QString, double>> values;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq).trimmed();
        const Measure *measure = card.measure(key);
        if (eq <= 0 || !measure) {
            QStringList known;
            for (const Measure &m : card.measures)
                known << m.key;
            return Error{tr("'%1' is not a measure of the scorecard (%2)")
                             .arg(eq <= 0 ? assignment : key, known.join(QStringLiteral(", "))),
                         ErrorKind::Invalid};
        }
        bool ok = false;
        const double value = assignment.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return Error{tr("%1: '%2' is not a number").arg(key, assignment.mid(eq + 1)),
                         ErrorKind::Invalid};
        if (value < measure->minimum || value > measure->maximum)
            return Error{tr("%1: %2 is outside the allowed range %3–%4")
                             .arg(key)
                             .arg(value)
                             .arg(measure->minimum)
                             .arg(measure->maximum),
                         ErrorKind::Invalid};
        values << std::pair{key, value};
    }
    return values;
}

Expected<HealthUpdate> HealthService::record(qint64 accountId, const Date &on,
                                             const QStringList &assignments, bool alertOnAnyFall)
{
    if (on > Dates::today())
        return Error{tr("%1 is in the future; measures are recorded as they are seen")
                         .arg(Dates::toIso(on)),
                     ErrorKind::Invalid};
    if (assignments.isEmpty())
        return Error{tr("give at least one MEASURE=VALUE"), ErrorKind::Invalid};
    HealthUpdate update;
    const Status written = m_book.write([&]() -> Status {
        auto account = AccountRepository(m_book).get(accountId);
        if (!account)
            return account.error();
        HealthRepository health(m_book);
        auto active = health.activeScorecard(account->touch);
        if (!active)
            return active.error();
        const auto values = readAssignments(*active, assignments);
        if (!values)
            return values.error();
        auto card = health.ensureStored(*active);
        if (!card)
            return card.error();
        update.scorecard = *card;
        QStringList keys;
        for (const auto &[key, value] : *values) {
            if (!keys.contains(key))
                keys << key;
        }
        auto replaced = valuesOn(accountId, on, keys);
        if (!replaced)
            return replaced.error();
        update.replaced = *replaced;
        for (const auto &[key, value] : *values) {
            if (auto ok = health.recordValue(accountId, on, key, value); !ok)
                return ok;
        }
        auto dates = health.datesFrom(accountId, on);
        if (!dates)
            return dates.error();
        for (const Date &date : *dates) {
            auto result = scoreOn(accountId, *card, date);
            if (!result)
                return result.error();
            if (date == on)
                update.result = *result;
        }
        // The score's alert first; else one of the measures just recorded.
        auto alert = update.result ? checkAlert(accountId, *card, on, *update.result, alertOnAnyFall)
                                   : Expected<std::optional<HealthAlert>>(std::optional<HealthAlert>());
        if (alert && !*alert)
            alert = checkMeasureAlert(accountId, *card, on, *values, update.result ? update.result->score : 0);
        if (!alert)
            return alert.error();
        update.alert = *alert;
        return health.refreshLatest(accountId);
    });
    if (!written)
        return written.error();
    return update;
}

Expected<MeasureSnapshot> HealthService::valuesOn(qint64 accountId, const Date &on,
                                                  const QStringList &keys)
{
    auto q = m_book.prepare(QStringLiteral(
        "SELECT value FROM health_measure WHERE account_id = ? AND measured_on = ? AND measure = ?"));
    if (!q)
        return q.error();
    MeasureSnapshot snapshot;
    for (const QString &key : keys) {
        q->addBindValue(accountId);
        q->addBindValue(Dates::toIso(on));
        q->addBindValue(key);
        if (auto ok = m_book.exec(*q); !ok)
            return ok.error();
        snapshot << std::pair{key, q->next() ? std::optional(q->value(0).toDouble()) : std::nullopt};
        q->finish();
    }
    return snapshot;
}

Status HealthService::restore(qint64 accountId, const Date &on, const MeasureSnapshot &values,
                              std::optional<qint64> raisedAlert)
{
    return m_book.write([&]() -> Status {
        auto account = AccountRepository(m_book).get(accountId);
        if (!account)
            return account.error();
        HealthRepository health(m_book);
        auto active = health.activeScorecard(account->touch);
        if (!active)
            return active.error();
        auto card = health.ensureStored(*active);
        if (!card)
            return card.error();
        auto remove = m_book.prepare(QStringLiteral(
            "DELETE FROM health_measure WHERE account_id = ? AND measured_on = ? AND measure = ?"));
        if (!remove)
            return remove.error();
        for (const auto &[key, value] : values) {
            if (value) {
                if (auto ok = health.recordValue(accountId, on, key, *value); !ok)
                    return ok;
                continue;
            }
            remove->addBindValue(accountId);
            remove->addBindValue(Dates::toIso(on));
            remove->addBindValue(key);
            if (auto ok = m_book.exec(*remove); !ok)
                return ok;
        }
        // Scores are kept on the dates measures were recorded: a date left without a measure
        // loses its score rather than getting one from older values.
        auto left = m_book.prepare(QStringLiteral(
            "SELECT count(*) FROM health_measure WHERE account_id = ? AND measured_on = ?"));
        if (!left)
            return left.error();
        left->addBindValue(accountId);
        left->addBindValue(Dates::toIso(on));
        if (auto ok = m_book.exec(*left); !ok)
            return ok;
        if (!left->next() || left->value(0).toLongLong() == 0) {
            if (auto ok = health.storeScore(accountId, on, card->id, std::nullopt); !ok)
                return ok;
        }
        auto dates = health.datesFrom(accountId, on);
        if (!dates)
            return dates.error();
        for (const Date &date : *dates) {
            if (auto result = scoreOn(accountId, *card, date); !result)
                return result.error();
        }
        if (raisedAlert) {
            auto alert = health.alert(*raisedAlert);
            const bool stillOpen = alert && alert->accountId == accountId
                                   && (alert->status == QLatin1String("open")
                                       || alert->status == QLatin1String("snoozed"));
            if (stillOpen) {
                auto withdraw =
                    m_book.prepare(QStringLiteral("DELETE FROM health_alert WHERE id = ?"));
                if (!withdraw)
                    return withdraw.error();
                withdraw->addBindValue(*raisedAlert);
                if (auto ok = m_book.exec(*withdraw); !ok)
                    return ok;
            }
        }
        return health.refreshLatest(accountId);
    });
}

Expected<HealthExplanation> HealthService::explain(qint64 accountId, const std::optional<Date> &on)
{
    HealthRepository health(m_book);
    if (auto account = AccountRepository(m_book).get(accountId); !account)
        return account.error();
    auto record = health.scoreAsOf(accountId, on.value_or(Date(9999, 12, 31)));
    if (!record)
        return record.error();
    if (!*record)
        return Error{tr("account %1 has no health score%2")
                         .arg(accountId)
                         .arg(on ? tr(" on or before %1").arg(Dates::toIso(*on)) : QString()),
                     ErrorKind::NotFound};
    auto card = health.scorecard((*record)->scorecardId);
    if (!card)
        return card.error();
    HealthExplanation explanation;
    explanation.scoredOn = (*record)->scoredOn;
    explanation.scorecard = *card;
    auto values = health.valuesAsOf(accountId, explanation.scoredOn, HealthRepository::oldestFresh(explanation.scoredOn));
    if (!values)
        return values.error();
    explanation.result = ScoreMath::score(*card, *values).value_or(ScoreResult());
    auto previous = health.scoreAsOf(accountId, explanation.scoredOn, true);
    if (!previous)
        return previous.error();
    if (*previous) {
        explanation.previousOn = (*previous)->scoredOn;
        auto before = health.valuesAsOf(accountId, (*previous)->scoredOn, HealthRepository::oldestFresh((*previous)->scoredOn));
        if (!before)
            return before.error();
        auto previousCard = health.scorecard((*previous)->scorecardId);
        if (!previousCard)
            return previousCard.error();
        explanation.previous = ScoreMath::score(*previousCard, *before);
    }
    return explanation;
}

Expected<qint64> HealthService::recompute(const std::optional<Touch> &touch,
                                          const std::function<bool(qint64, qint64)> &progress)
{
    return ScoreRecompute::run(m_book, touch, progress);
}

namespace {
std::optional<MeasureResult> measureIn(const QList<MeasureResult> &measures, const QString &key)
{
    for (const MeasureResult &m : measures) {
        if (m.key == key)
            return m;
    }
    return std::nullopt;
}
} // namespace

std::optional<MeasureResult> HealthExplanation::measure(const QString &key) const
{
    return measureIn(result.measures, key);
}

std::optional<MeasureResult> HealthExplanation::previousMeasure(const QString &key) const
{
    return previous ? measureIn(previous->measures, key) : std::nullopt;
}

std::optional<double> HealthExplanation::scoreChange() const
{
    return previous ? std::optional<double>(result.score - previous->score) : std::nullopt;
}

std::optional<double> HealthExplanation::measureScoreChange(const QString &key) const
{
    const auto now = measure(key), before = previousMeasure(key);
    return now && before ? std::optional<double>(now->score - before->score) : std::nullopt;
}

Date HealthService::defaultSnoozeEnd(const Date &today)
{
    return today + boost::gregorian::days(DefaultSnoozeDays);
}

Status HealthService::snooze(qint64 alertId, const Date &until)
{
    if (until <= Dates::today())
        return Error{tr("snooze until a day after today, not %1").arg(Dates::toIso(until)), ErrorKind::Invalid};
    return m_book.write([&]() -> Status {
        HealthRepository health(m_book);
        auto alert = health.alert(alertId);
        if (!alert)
            return alert.error();
        if (alert->status == QLatin1String("dismissed") || alert->status == QLatin1String("resolved"))
            return Error{tr("alert %1 is closed already").arg(alertId), ErrorKind::Invalid};
        return health.setAlertStatus(alertId, QStringLiteral("snoozed"), until, std::nullopt);
    });
}

Status HealthService::dismiss(qint64 alertId)
{
    return m_book.write([&]() -> Status {
        HealthRepository health(m_book);
        auto alert = health.alert(alertId);
        if (!alert)
            return alert.error();
        if (alert->status == QLatin1String("dismissed") || alert->status == QLatin1String("resolved"))
            return Error{tr("alert %1 is closed already").arg(alertId), ErrorKind::Invalid};
        return health.setAlertStatus(alertId, QStringLiteral("dismissed"), std::nullopt,
                                     Dates::today());
    });
}

} // namespace csw
