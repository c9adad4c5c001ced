// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "stages/Stage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace csw {

// One measure of a scorecard: how a raw value (logins %, tickets a month, NPS …) becomes a
// 0–100 score. The score is linear between the allowed range's worst end (0), the yellow
// threshold (the red/yellow band edge), the green threshold (the yellow/green edge) and the
// best end (100).
struct Measure
{
    QString key;             // "usage"
    // "Product usage (active users %)": a built-in label is stored as its English source and
    // shown translated (shownLabel), so a book reads in each person's language; a label
    // someone wrote is kept and shown as written.
    QString label;
    double weight = 1;
    bool higherIsBetter = true;
    double minimum = 0;      // allowed range of raw values
    double maximum = 100;
    double yellowAt = 30;    // the value that scores the red/yellow edge
    double greenAt = 60;     // the value that scores the yellow/green edge
    // Alerts on this measure alone (issue 19): a value past `alertAt` on the worse side, or a
    // fall (a rise, when lower is better) of `alertDrop` within `alertDays`.
    std::optional<double> alertAt;
    std::optional<double> alertDrop;
    int alertDays = 30;

    QString shownLabel() const;
    // Whether `value` is worse than `than` for this measure.
    bool worse(double value, double than) const { return higherIsBetter ? value < than : value > than; }
};

// Where the bands meet; red below `redBelow`, green from `greenFrom`, yellow between.
struct Bands
{
    double redBelow = 40;
    double greenFrom = 70;
};

enum class Band { Red, Yellow, Green };

// A versioned scorecard: measures, band edges, and the rules for "incomplete" and alerts.
struct Scorecard
{
    Q_DECLARE_TR_FUNCTIONS(Scorecard)

public:
    qint64 id = 0;           // the stored version's row; 0 before it is stored
    int version = 1;
    QString createdBy;   // who made this version (a team book's login; empty on a local book)
    std::optional<Touch> touch;   // none: the default for every touch model
    QList<Measure> measures;
    Bands bands;
    double minimumWeightShare = 60;   // % of the total weight a complete score needs
    double dropPoints = 15;           // an alert when a score falls this much within 30 days

    static Scorecard defaults();
    const Measure *measure(const QString &key) const;
    double totalWeight() const;
    // Whether the scorecard can score anything: measures with weight > 0, thresholds in order
    // within the range, band edges contiguous within 0–100.
    Status validate() const;

    static QString bandKey(Band band);            // "red", "yellow", "green"
    static QString bandLabel(Band band);          // translated
    static std::optional<Band> bandFromKey(const QString &key);
};

} // namespace csw
