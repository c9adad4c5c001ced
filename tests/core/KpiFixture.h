// SPDX-License-Identifier: MIT
// For the KPI tests: books whose accounts are made through AccountLifecycle with explicit
// dates, and comparisons of counts and of ratios that may be n/a.
#pragma once

#include "../BookFixture.h"

#include "accounts/AccountLifecycle.h"
#include "metrics/KpiEngine.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>

namespace csw {
// Lets QCOMPARE show both sides of a failed comparison of counts.
inline char *toString(const KpiCounts &c)
{
    const QString text = QStringLiteral("start %1, end %2, new %3, churned %4 (%5 from start, %13 early), ARR "
                                        "start %6 +%7 -%8 churned %9 end %10, renewals %11/%12")
                             .arg(c.accountsStart).arg(c.accountsEnd).arg(c.newAccounts)
                             .arg(c.churnedAccounts).arg(c.churnedFromStart).arg(c.startArr)
                             .arg(c.expansionArr).arg(c.contractionArr).arg(c.churnedArr).arg(c.endArr)
                             .arg(c.renewalsDone).arg(c.renewalsDue).arg(c.earlyChurned)
                         + QStringLiteral(", renewal ARR %1/%2").arg(c.renewalArrDone).arg(c.renewalArrDue);
    return qstrdup(text.toUtf8().constData());
}
} // namespace csw

namespace kpitest {

using namespace csw;

// Expected ratios: a number, or NA for "n/a".
constexpr double NA = -1;

inline bool sameRatio(std::optional<double> actual, double expected)
{
    if (expected == NA)
        return !actual;
    return actual && std::abs(*actual - expected) < 1e-9;
}

inline QString ratioText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("n/a");
}

#define COMPARE_RATIO(actual, expected)                                                           \
    QVERIFY2(sameRatio((actual), (expected)),                                                     \
             qPrintable(QStringLiteral("%1 is %2, expected %3")                                   \
                            .arg(QLatin1String(#actual), ratioText(actual),                       \
                                 (expected) == NA ? QStringLiteral("n/a")                         \
                                                  : QString::number((expected), 'g', 12))))

template<typename T>
T must(Expected<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().message));
    return std::move(*result);
}

// A book whose accounts are made through AccountLifecycle with explicit dates.
struct KpiBook : BookFixture
{
    AccountLifecycle life{*book};

    qint64 add(const char *name, Minor arr, const char *start, const char *csm = "Sato",
               const char *renewal = nullptr)
    {
        Account a;
        a.name = QString::fromUtf8(name);
        a.arr = arr;
        if (csm)
            a.csm = QString::fromUtf8(csm);
        a.startOn = date(start);
        if (renewal)
            a.renewalOn = date(renewal);
        return must(life.add(a)).accountId;
    }
    void setArr(qint64 id, Minor arr, const char *on)
    {
        AccountChanges changes;
        changes.arr = arr;
        must(life.edit(id, changes, date(on)));
    }
    void churn(qint64 id, const char *on) { must(life.churn(id, date(on), QStringLiteral("予算削減"))); }
    void reactivate(qint64 id, const char *on, Minor arr) { must(life.reactivate(id, date(on), arr)); }
    void renew(qint64 id, const char *on) { must(life.renew(id, date(on), std::nullopt, 12)); }

    KpiReport report(const char *period, KpiGrouping by = KpiGrouping::None, int fiscalStart = 4,
                     const char *today = "2030-01-01")
    {
        KpiSettings settings;
        settings.fiscalYearStartMonth = fiscalStart;
        const Period p = must(Period::parse(QString::fromLatin1(period), fiscalStart));
        return must(KpiEngine(*book).compute(p, by, settings, date(today)));
    }
};


} // namespace kpitest
