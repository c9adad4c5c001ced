// SPDX-License-Identifier: MIT
#include "health/ScoreMath.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace csw::ScoreMath {

double measureScore(const Measure &m, double value, const Bands &bands)
{
    // Points (value, score) in rising value order.
    std::array<std::pair<double, double>, 4> points;
    if (m.higherIsBetter)
        points = {{{m.minimum, 0}, {m.yellowAt, bands.redBelow}, {m.greenAt, bands.greenFrom},
                   {m.maximum, 100}}};
    else
        points = {{{m.minimum, 100}, {m.greenAt, bands.greenFrom}, {m.yellowAt, bands.redBelow},
                   {m.maximum, 0}}};
    const double v = std::clamp(value, m.minimum, m.maximum);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const auto [x0, y0] = points[i];
        const auto [x1, y1] = points[i + 1];
        if (v <= x1) {
            if (x1 == x0)
                return y1;
            return y0 + (y1 - y0) * (v - x0) / (x1 - x0);
        }
    }
    return points.back().second;
}

Band band(double score, const Bands &bands)
{
    if (score < bands.redBelow)
        return Band::Red;
    if (score < bands.greenFrom)
        return Band::Yellow;
    return Band::Green;
}

std::optional<ScoreResult> score(const Scorecard &card, const QList<MeasureValue> &values)
{
    ScoreResult result;
    double weighted = 0;
    double present = 0;
    for (const MeasureValue &value : values) {
        const Measure *m = card.measure(value.key);
        if (!m)
            continue;
        MeasureResult r;
        r.key = value.key;
        r.value = value.value;
        r.measuredOn = value.measuredOn;
        r.score = measureScore(*m, value.value, card.bands);
        r.weight = m->weight;
        weighted += r.weight * r.score;
        present += r.weight;
        result.measures << r;
    }
    if (result.measures.isEmpty() || present <= 0)
        return std::nullopt;
    for (MeasureResult &r : result.measures)
        r.contribution = r.weight * r.score / present;
    result.score = std::round(weighted / present * 10.0) / 10.0;
    result.band = band(result.score, card.bands);
    const double total = card.totalWeight();
    result.weightShare = total > 0 ? present / total * 100.0 : 0;
    result.complete = result.weightShare + 1e-9 >= card.minimumWeightShare;
    return result;
}

} // namespace csw::ScoreMath
