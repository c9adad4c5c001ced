// SPDX-License-Identifier: MIT
#include "health/ScorecardEdit.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace csw {

QStringList ScorecardEdit::fields()
{
    return {QStringLiteral("label"), QStringLiteral("weight"), QStringLiteral("direction"),
            QStringLiteral("min"),   QStringLiteral("max"),    QStringLiteral("yellow"),
            QStringLiteral("green"), QStringLiteral("alert"),  QStringLiteral("drop"),
            QStringLiteral("days")};
}

Expected<Scorecard> ScorecardEdit::apply(Scorecard card, const QStringList &assignments,
                                         const QStringList &removed)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z][a-z0-9_-]*)\\.([a-z]+)=(.*)$"));
    for (const QString &key : removed) {
        if (!card.measure(key))
            return Error{tr("'%1' is not a measure of the scorecard").arg(key), ErrorKind::Invalid};
        card.measures.removeIf([&](const Measure &m) { return m.key == key; });
    }
    QSet<QString> added;
    QHash<QString, QSet<QString>> given;
    for (const QString &assignment : assignments) {
        const auto match = pattern.match(assignment.trimmed());
        if (!match.hasMatch())
            return Error{tr("'%1' is not MEASURE.FIELD=VALUE (fields: %2)")
                             .arg(assignment, fields().join(QStringLiteral(", "))),
                         ErrorKind::Invalid};
        const QString key = match.captured(1);
        const QString field = match.captured(2);
        const QString value = match.captured(3).trimmed();
        if (!fields().contains(field))
            return Error{tr("'%1' is not a measure field (%2)")
                             .arg(field, fields().join(QStringLiteral(", "))),
                         ErrorKind::Invalid};
        if (!card.measure(key)) {
            Measure fresh;
            fresh.key = key;
            fresh.label = key;
            card.measures << fresh;
            added << key;
        }
        given[key] << field;
        Measure &m = *std::find_if(card.measures.begin(), card.measures.end(),
                                   [&](const Measure &x) { return x.key == key; });
        if (field == QLatin1String("label")) {
            if (value.isEmpty())
                return Error{tr("%1.label: a measure needs a label").arg(key), ErrorKind::Invalid};
            m.label = value;
        } else if (field == QLatin1String("direction")) {
            if (value != QLatin1String("higher") && value != QLatin1String("lower"))
                return Error{tr("%1.direction: '%2' is not higher or lower").arg(key, value),
                             ErrorKind::Invalid};
            m.higherIsBetter = value == QLatin1String("higher");
        } else if ((field == QLatin1String("alert") || field == QLatin1String("drop"))
                   && (value.isEmpty() || value == QLatin1String("none"))) {
            (field == QLatin1String("alert") ? m.alertAt : m.alertDrop).reset();
        } else {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number))
                return Error{tr("%1.%2: '%3' is not a number").arg(key, field, value), ErrorKind::Invalid};
            if (field == QLatin1String("weight")) m.weight = number;
            else if (field == QLatin1String("min")) m.minimum = number;
            else if (field == QLatin1String("max")) m.maximum = number;
            else if (field == QLatin1String("yellow")) m.yellowAt = number;
            else if (field == QLatin1String("alert")) m.alertAt = number;
            else if (field == QLatin1String("drop")) m.alertDrop = number;
            else if (field == QLatin1String("days")) {
                if (number != std::floor(number))
                    return Error{tr("%1.days: '%2' is not a whole number of days").arg(key, value),
                                 ErrorKind::Invalid};
                m.alertDays = int(std::clamp(number, -1.0, 1000.0));
            }
            else m.greenAt = number;
        }
    }
    for (const QString &key : std::as_const(added)) {
        for (const char *required : {"weight", "direction", "min", "max", "yellow", "green"}) {
            if (!given[key].contains(QLatin1String(required)))
                return Error{tr("the new measure %1 needs %1.%2=…").arg(key, QLatin1String(required)),
                             ErrorKind::Invalid};
        }
    }
    if (auto ok = card.validate(); !ok)
        return ok.error();
    card.id = 0;
    return card;
}

} // namespace csw
