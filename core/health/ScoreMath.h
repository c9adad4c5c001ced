// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "health/Scorecard.h"

#include <QList>
#include <QString>

#include <optional>

namespace csw {

// One measure's raw value on a date.
struct MeasureValue
{
    QString key;
    double value = 0;
    Date measuredOn;
};

// How one measure made a score: its value, its 0–100 score, its weight and its part of the total.
struct MeasureResult
{
    QString key;
    double value = 0;
    Date measuredOn;
    double score = 0;
    double weight = 0;
    double contribution = 0;   // weight × score / the weight of the measures that have a value
};

// An account's score on a date, with the measures behind it.
struct ScoreResult
{
    double score = 0;          // 0–100, one decimal
    Band band = Band::Red;
    bool complete = true;      // enough of the scorecard's weight had values
    double weightShare = 100;  // % of the scorecard's weight that had values
    QList<MeasureResult> measures;
};

// The health score's arithmetic, free of storage: measure scores, the weighted mean, bands.
namespace ScoreMath {

// `value` (clamped into the measure's range) on the line through the range's worst end (0), the
// yellow threshold (the red/yellow edge), the green threshold (the yellow/green edge) and the
// best end (100).
double measureScore(const Measure &measure, double value, const Bands &bands);
Band band(double score, const Bands &bands);
// The weighted mean over the measures that have a value (a missing measure drops out of both
// sums); nullopt when none has one. Values of measures the scorecard lacks are ignored.
std::optional<ScoreResult> score(const Scorecard &card, const QList<MeasureValue> &values);

} // namespace ScoreMath
} // namespace csw
