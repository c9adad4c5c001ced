// SPDX-License-Identifier: MIT
#include "demo/DemoHealth.h"

#include "book/Book.h"
#include "demo/Random.h"

#include <algorithm>
#include <cmath>

namespace csw {

Status DemoHealth::prepare()
{
    for (auto [query, sql] :
         {std::pair{&m_measure, "INSERT INTO health_measure (account_id, measured_on, measure, value) "
                                "VALUES (?, ?, ?, ?)"},
          std::pair{&m_score, "INSERT INTO health_score (account_id, scored_on, scorecard_id, score, "
                              "band, complete) VALUES (?, ?, ?, ?, ?, ?)"},
          std::pair{&m_alert, "INSERT INTO health_alert (account_id, raised_on, reason, score, "
                              "previous_score) VALUES (?, ?, 'red', ?, ?)"}}) {
        auto prepared = BulkStatement::prepare(m_book, sql);
        if (!prepared)
            return prepared.error();
        *query = std::move(*prepared);
    }
    return {};
}

Status DemoHealth::measure(qint64 id, const Date &on, const QString &key, double value)
{
    return m_measure.bind(id).bind(Dates::toIso(on)).bind(key).bind(value).run();
}

Expected<std::optional<ScoreResult>> DemoHealth::account(qint64 id, const Date &from, const Date &to,
                                                         bool declining, bool raisesAlerts)
{
    if (to < from)
        return std::optional<ScoreResult>();
    Random &r = m_random;
    // How well the account is doing, 0.45–1; declining accounts slide towards 0.1.
    const double quality = 0.45 + double(r.between(0, 55)) / 100.0;
    QList<Date> dates;
    for (Date on = to; on >= from && dates.size() < 24; on = Dates::addMonths(on, -1))
        dates.prepend(on);
    std::optional<ScoreResult> latest, previous;
    QList<MeasureValue> held;   // the latest value of each measure, as a score would see it
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const Date &on = dates[i];
        const qsizetype fromEnd = dates.size() - 1 - i;
        double q = quality;
        if (declining && fromEnd < 3)
            q = std::max(0.05, quality * (0.25 + 0.2 * double(fromEnd)));
        auto noisy = [&](double centre, double spread, double low, double high) {
            const double v = centre + double(r.between(-100, 100)) / 100.0 * spread;
            return std::round(std::clamp(v, low, high) * 10.0) / 10.0;
        };
        QList<std::pair<QString, double>> values = {
            {QStringLiteral("usage"), noisy(100 * q, 8, 0, 100)},
            {QStringLiteral("adoption"), noisy(80 * q, 8, 0, 100)},
            {QStringLiteral("support"), noisy(14 * (1.0 - q) + 1, 2, 0, 1000)},
        };
        if (i % 3 == 0) {
            values << std::pair{QStringLiteral("outcomes"), noisy(120 * q, 10, 0, 200)}
                   << std::pair{QStringLiteral("nps"), std::round(std::clamp(10.5 * q + double(r.between(-1, 1)), 0.0, 10.0))}
                   << std::pair{QStringLiteral("sentiment"), std::round(std::clamp(1 + 4.2 * q, 1.0, 5.0))};
        }
        if (i % 3 == 1)
            values << std::pair{QStringLiteral("expansion"), noisy(100 * q, 10, 0, 200)};
        for (const auto &[key, value] : values) {
            if (auto ok = measure(id, on, key, value); !ok)
                return ok.error();
            held.removeIf([&](const MeasureValue &m) { return m.key == key; });
            held << MeasureValue{key, value, on};
        }
        held.removeIf([&](const MeasureValue &m) { return Dates::daysBetween(m.measuredOn, on) >= 90; });
        previous = latest;
        latest = ScoreMath::score(m_card, held);
        if (!latest)
            continue;
        if (auto ok = m_score.bind(id).bind(Dates::toIso(on)).bind(m_card.id).bind(latest->score)
                          .bind(Scorecard::bandKey(latest->band)).bind(latest->complete ? 1 : 0).run();
            !ok)
            return ok.error();
        ++m_scores;
    }
    // The fall into red on the last date is an open alert, as recording it would have raised.
    if (raisesAlerts && latest && latest->band == Band::Red && (!previous || previous->band != Band::Red)) {
        if (auto ok = m_alert.bind(id).bind(Dates::toIso(dates.last())).bind(latest->score)
                          .bind(previous ? std::optional(previous->score) : std::nullopt).run();
            !ok)
            return ok.error();
    }
    return latest;
}

} // namespace csw
