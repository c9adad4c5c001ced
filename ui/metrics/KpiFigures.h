// SPDX-License-Identifier: MIT
#pragma once

#include "common/Money.h"
#include "metrics/Kpis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csw {

// One KPI as people read it: its name, its value in the period, the value in the period
// before and the change between them, all formatted ("n/a" where a ratio has no denominator).
struct KpiFigure
{
    QString key;   // stable, for object names: "grr"
    QString label;
    QString value;
    QString previous;
    QString change;
    int trend = 0;   // +1 better, -1 worse, 0 same or not comparable
    QString note;    // how it is made, where a reader may want to redo it: "2 of 29 at the start"
};

// The portfolio's KPIs in display order, shared by the tiles and the printed report.
class KpiFigures final
{
    Q_DECLARE_TR_FUNCTIONS(KpiFigures)

public:
    // `earlyChurnMonths`: the book's setting, said in the early churn tile's note.
    static QList<KpiFigure> make(const KpiRow &current, const KpiRow &previous,
                                 const Currency &currency, int earlyChurnMonths);
    static QString notAvailable();
    static QString percent(std::optional<double> ratio);
};

} // namespace csw
