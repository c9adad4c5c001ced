// SPDX-License-Identifier: MIT
#include "health/Scorecard.h"

namespace csw {

QString Measure::shownLabel() const
{
    return QCoreApplication::translate("Scorecard", label.toUtf8().constData());
}

Scorecard Scorecard::defaults()
{
    Scorecard card;
    card.measures = {
        {QStringLiteral("usage"), QString::fromUtf8(QT_TR_NOOP("Product usage (active users %)")), 30, true, 0, 100, 30, 60},
        {QStringLiteral("adoption"), QString::fromUtf8(QT_TR_NOOP("Feature adoption (%)")), 15, true, 0, 100, 25, 50},
        {QStringLiteral("outcomes"), QString::fromUtf8(QT_TR_NOOP("Performance vs goals (%)")), 20, true, 0, 200, 50, 90},
        {QStringLiteral("expansion"), QString::fromUtf8(QT_TR_NOOP("Expansion signals (seat use %)")), 10, true, 0, 200, 50, 85},
        {QStringLiteral("support"), QString::fromUtf8(QT_TR_NOOP("Support load (tickets a month)")), 10, false, 0, 1000, 10, 4},
        {QStringLiteral("nps"), QString::fromUtf8(QT_TR_NOOP("NPS answer (0–10)")), 10, true, 0, 10, 7, 9},
        {QStringLiteral("sentiment"), QString::fromUtf8(QT_TR_NOOP("CSM sentiment (1–5)")), 5, true, 1, 5, 2.5, 3.5},
    };
    return card;
}

const Measure *Scorecard::measure(const QString &key) const
{
    for (const Measure &m : measures) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

double Scorecard::totalWeight() const
{
    double total = 0;
    for (const Measure &m : measures)
        total += m.weight;
    return total;
}

Status Scorecard::validate() const
{
    if (measures.isEmpty())
        return Error{tr("a scorecard needs at least one measure"), ErrorKind::Invalid};
    if (!(bands.redBelow > 0 && bands.redBelow < bands.greenFrom && bands.greenFrom <= 100))
        return Error{tr("the bands must meet in order within 0–100: red below %1, green from %2 "
                        "leaves a gap or an overlap")
                         .arg(bands.redBelow)
                         .arg(bands.greenFrom),
                     ErrorKind::Invalid};
    if (minimumWeightShare < 0 || minimumWeightShare > 100)
        return Error{tr("the share of weight a complete score needs must be 0–100 %, not %1")
                         .arg(minimumWeightShare),
                     ErrorKind::Invalid};
    if (dropPoints <= 0 || dropPoints > 100)
        return Error{tr("the drop that raises an alert must be 1–100 points, not %1").arg(dropPoints),
                     ErrorKind::Invalid};
    for (const Measure &m : measures) {
        if (m.alertAt && !(*m.alertAt >= m.minimum && *m.alertAt <= m.maximum))
            return Error{tr("%1: the alert level %2 must lie in %3–%4").arg(m.key).arg(*m.alertAt).arg(m.minimum).arg(m.maximum),
                         ErrorKind::Invalid};
        if (m.alertDrop && !(*m.alertDrop > 0 && *m.alertDrop <= m.maximum - m.minimum))
            return Error{tr("%1: the fall that raises an alert must be more than 0 and at most %2, not %3")
                             .arg(m.key)
                             .arg(m.maximum - m.minimum)
                             .arg(*m.alertDrop),
                         ErrorKind::Invalid};
        if (m.alertDays < 1 || m.alertDays > 365)
            return Error{tr("%1: the days a fall is looked for over must be 1–365, not %2").arg(m.key).arg(m.alertDays),
                         ErrorKind::Invalid};
        if (!(m.weight > 0))
            return Error{tr("%1: the weight must be more than 0, not %2").arg(m.key).arg(m.weight),
                         ErrorKind::Invalid};
        if (!(m.minimum < m.maximum))
            return Error{tr("%1: the allowed range %2–%3 is empty").arg(m.key).arg(m.minimum).arg(m.maximum),
                         ErrorKind::Invalid};
        const bool inRange = m.yellowAt >= m.minimum && m.yellowAt <= m.maximum
                             && m.greenAt >= m.minimum && m.greenAt <= m.maximum;
        const bool ordered = m.higherIsBetter ? m.yellowAt < m.greenAt : m.yellowAt > m.greenAt;
        if (!inRange || !ordered)
            return Error{tr("%1: the thresholds (yellow at %2, green at %3) must lie in %4–%5 and "
                            "get better from yellow to green")
                             .arg(m.key)
                             .arg(m.yellowAt)
                             .arg(m.greenAt)
                             .arg(m.minimum)
                             .arg(m.maximum),
                         ErrorKind::Invalid};
    }
    return {};
}

QString Scorecard::bandKey(Band band)
{
    switch (band) {
    case Band::Red: return QStringLiteral("red");
    case Band::Yellow: return QStringLiteral("yellow");
    case Band::Green: return QStringLiteral("green");
    }
    return {};
}

QString Scorecard::bandLabel(Band band)
{
    switch (band) {
    case Band::Red: return tr("Red");
    case Band::Yellow: return tr("Yellow");
    case Band::Green: return tr("Green");
    }
    return {};
}

std::optional<Band> Scorecard::bandFromKey(const QString &key)
{
    for (Band band : {Band::Red, Band::Yellow, Band::Green}) {
        if (bandKey(band) == key)
            return band;
    }
    return std::nullopt;
}

} // namespace csw
