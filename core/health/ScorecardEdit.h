// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "health/Scorecard.h"

#include <QCoreApplication>
#include <QStringList>

namespace csw {

// Changes to a scorecard as a user types them: "usage.weight=40", "nps.green=9",
// "logins.label=Logins a week" … A new measure needs weight, direction (higher or lower),
// min, max, yellow and green.
class ScorecardEdit final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardEdit)

public:
    static QStringList fields();
    // `base` with the assignments applied and the `removed` measures dropped, validated.
    static Expected<Scorecard> apply(Scorecard base, const QStringList &assignments,
                                     const QStringList &removed = {});
};

} // namespace csw
