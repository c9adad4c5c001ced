// SPDX-License-Identifier: MIT
#include "health/HealthService.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace csw {

Expected<std::optional<ScoreResult>> HealthService::scoreOn(qint64 accountId, const Scorecard &card,
                                                            const Date &on)
{
    HealthRepository health(m_book);
    auto values = health.valuesAsOf(accountId, on, StaleDays);
    if (!values)
        return values.error();
    const std::optional<ScoreResult> result = ScoreMath::score(card, *values);
    if (auto ok = health.storeScore(accountId, on, card.id, result); !ok)
        return ok.error();
    return result;
}

Expected<std::optional<HealthAlert>> HealthService::checkAlert(qint64 accountId, const Scorecard &card,
                                                               const Date &on,
                                                               const ScoreResult &result)
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
    } else {
        return std::optional<HealthAlert>();
    }
    auto active = health.activeAlert(accountId);
    if (!active)
        return active.error();
    if (*active)
        return std::optional<HealthAlert>();   // one open alert per account
    auto id = health.raiseAlert(alert);
    if (!id)
        return id.error();
    alert.id = *id;
    alert.status = QStringLiteral("open");
    return std::optional<HealthAlert>(alert);
}

Expected<HealthUpdate> HealthService::record(qint64 accountId, const Date &on,
                                             const QStringList &assignments)
{
    if (on > Dates::today())
        return Error{tr("%1 is in the future; measures are recorded as they are seen")
                         .arg(Dates::toIso(on))};
    if (assignments.isEmpty())
        return Error{tr("give at least one MEASURE=VALUE")};
    HealthUpdate update;
    const Status written = m_book.write([&]() -> Status {
        auto account = AccountRepository(m_book).get(accountId);
        if (!account)
            return account.error();
        HealthRepository health(m_book);
        auto active = health.activeScorecard(account->touch);
        if (!active)
            return active.error();
        QList<std::pair<QString, double>> values;
        for (const QString &assignment : assignments) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            const QString key = assignment.left(eq).trimmed();
            const Measure *measure = active->measure(key);
            if (eq <= 0 || !measure) {
                QStringList known;
                for (const Measure &m : active->measures)
                    known << m.key;
                return Error{tr("'%1' is not a measure of the scorecard (%2)")
                                 .arg(eq <= 0 ? assignment : key, known.join(QStringLiteral(", ")))};
            }
            bool ok = false;
            const double value = assignment.mid(eq + 1).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return Error{tr("%1: '%2' is not a number").arg(key, assignment.mid(eq + 1))};
            if (value < measure->minimum || value > measure->maximum)
                return Error{tr("%1: %2 is outside the allowed range %3–%4")
                                 .arg(key)
                                 .arg(value)
                                 .arg(measure->minimum)
                                 .arg(measure->maximum)};
            values << std::pair{key, value};
        }
        auto card = health.ensureStored(*active);
        if (!card)
            return card.error();
        update.scorecard = *card;
        for (const auto &[key, value] : values) {
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
        if (update.result) {
            auto alert = checkAlert(accountId, *card, on, *update.result);
            if (!alert)
                return alert.error();
            update.alert = *alert;
        }
        return health.refreshLatest(accountId);
    });
    if (!written)
        return written.error();
    return update;
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
                         .arg(on ? tr(" on or before %1").arg(Dates::toIso(*on)) : QString())};
    auto card = health.scorecard((*record)->scorecardId);
    if (!card)
        return card.error();
    HealthExplanation explanation;
    explanation.scoredOn = (*record)->scoredOn;
    explanation.scorecard = *card;
    auto values = health.valuesAsOf(accountId, explanation.scoredOn, StaleDays);
    if (!values)
        return values.error();
    explanation.result = ScoreMath::score(*card, *values).value_or(ScoreResult());
    auto previous = health.scoreAsOf(accountId, explanation.scoredOn, true);
    if (!previous)
        return previous.error();
    if (*previous) {
        explanation.previousOn = (*previous)->scoredOn;
        auto before = health.valuesAsOf(accountId, (*previous)->scoredOn, StaleDays);
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
    qint64 done = 0;
    const Status written = m_book.write([&]() -> Status {
        QSqlQuery rows(m_book.database());
        rows.prepare(QStringLiteral(
            "SELECT h.account_id, h.scored_on, a.touch FROM health_score h "
            "JOIN account a ON a.id = h.account_id WHERE ? IS NULL OR a.touch = ? "
            "ORDER BY h.account_id, h.scored_on"));
        const QVariant key = touch ? QVariant(Stages::key(*touch)) : QVariant(QMetaType::fromType<QString>());
        rows.addBindValue(key);
        rows.addBindValue(key);
        if (!rows.exec())
            return m_book.errorFrom(rows);
        QList<std::tuple<qint64, Date, Touch>> scores;
        while (rows.next())
            scores << std::tuple{rows.value(0).toLongLong(),
                                 Dates::parseIso(rows.value(1).toString()).value_or(Date()),
                                 Stages::touchFromKey(rows.value(2).toString()).value_or(Touch::High)};
        HealthRepository health(m_book);
        QHash<int, Scorecard> cards;
        qint64 lastAccount = 0;
        for (const auto &[accountId, on, accountTouch] : std::as_const(scores)) {
            if (!cards.contains(int(accountTouch))) {
                auto active = health.activeScorecard(accountTouch);
                if (!active)
                    return active.error();
                auto stored = health.ensureStored(*active);
                if (!stored)
                    return stored.error();
                cards.insert(int(accountTouch), *stored);
            }
            if (auto result = scoreOn(accountId, cards[int(accountTouch)], on); !result)
                return result.error();
            if (accountId != lastAccount && lastAccount != 0) {
                if (auto ok = health.refreshLatest(lastAccount); !ok)
                    return ok;
            }
            lastAccount = accountId;
            ++done;
            if (progress && done % 1000 == 0 && !progress(done, scores.size()))
                return Error{tr("the recomputation was cancelled; the scores were left as they were")};
        }
        return lastAccount ? health.refreshLatest(lastAccount) : Status();
    });
    if (!written)
        return written.error();
    return done;
}

Status HealthService::snooze(qint64 alertId, const Date &until)
{
    if (until <= Dates::today())
        return Error{tr("snooze until a day after today, not %1").arg(Dates::toIso(until))};
    return m_book.write([&]() -> Status {
        HealthRepository health(m_book);
        auto alert = health.alert(alertId);
        if (!alert)
            return alert.error();
        if (alert->status == QLatin1String("dismissed") || alert->status == QLatin1String("resolved"))
            return Error{tr("alert %1 is closed already").arg(alertId)};
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
            return Error{tr("alert %1 is closed already").arg(alertId)};
        return health.setAlertStatus(alertId, QStringLiteral("dismissed"), std::nullopt,
                                     Dates::today());
    });
}

} // namespace csw
