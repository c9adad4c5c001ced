// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"
#include "health/Scorecard.h"
#include "metrics/KpiSettings.h"
#include "metrics/Period.h"
#include "metrics/PortfolioScope.h"
#include "stages/Stage.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace csw {

class Book;

// How many active accounts of one CSM are in each health band (or have no score yet).
struct CsmHealth
{
    QString csm;   // null for accounts without a CSM
    qint64 red = 0;
    qint64 yellow = 0;
    qint64 green = 0;
    qint64 unscored = 0;
    bool operator==(const CsmHealth &) const = default;
};

// The active accounts in one lifecycle stage and their ARR.
struct StageArr
{
    Stage stage = Stage::Onboarding;
    qint64 accounts = 0;
    Minor arr = 0;
    bool operator==(const StageArr &) const = default;
};

// Active accounts whose renewal date falls in [from, to], and of those the ones at risk: in
// the red health band or in churn prevention.
struct RenewalBucket
{
    Date from;
    Date to;
    qint64 accounts = 0;
    Minor arr = 0;
    qint64 atRiskAccounts = 0;
    Minor atRiskArr = 0;
    bool operator==(const RenewalBucket &) const = default;
};

// Accounts that churned in a period with one value of a field (source, plan), and the ARR
// their churn lost.
struct ChurnGroup
{
    QString value;   // null for accounts without a value
    qint64 accounts = 0;
    Minor arr = 0;
    qint64 early = 0;   // of the accounts, those that churned within the early-churn months of beginning
    bool operator==(const ChurnGroup &) const = default;
};

// VOC entries of one kind and hand-off target logged in a period, and their weighted ARR.
struct VocGroup
{
    QString kind;     // VOC kind key
    QString target;   // product, marketing, both
    qint64 entries = 0;
    Minor weightedArr = 0;
    bool operator==(const VocGroup &) const = default;
};

// The accounts that started in one fiscal quarter: how many have left onboarding, after
// a median of how many days, and how many are still in it.
struct OnboardingCohort
{
    Period quarter;
    qint64 finished = 0;
    qint64 ongoing = 0;
    std::optional<double> medianDays;
};

// The figures behind the portfolio charts, each one grouped query over the book within a
// scope (a CSM, a touch model). Churned accounts are left out except where churn is counted.
class PortfolioQueries final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioQueries)

public:
    enum class ChurnField { Source, Plan };

    explicit PortfolioQueries(const Book &book, PortfolioScope scope = {})
        : m_book(book), m_scope(std::move(scope))
    {
    }

    // Per CSM, sorted by name, accounts without a CSM last.
    Expected<QList<CsmHealth>> healthByCsm() const;
    // Every stage but churned, in lifecycle order, empty stages included.
    Expected<QList<StageArr>> arrByStage() const;
    // Renewals from `today` to `days` days later (both included), one bucket per entry of `days`.
    Expected<QList<RenewalBucket>> renewalWindows(const Date &today, const QList<int> &days) const;
    // Renewals in each of `months` calendar months from today's; the first starts today.
    Expected<QList<RenewalBucket>> renewalsByMonth(const Date &today, int months) const;
    // Accounts that churned in `period` (by their stage history), grouped by their current
    // value of `field`, most churned ARR first.
    Expected<QList<ChurnGroup>> churnBy(ChurnField field, const Period &period,
                                        int earlyChurnMonths = KpiSettings::DefaultEarlyChurnMonths) const;
    // The `quarters` fiscal quarters up to the one holding `until`, oldest first; an
    // account's cohort is the quarter of its start date, its days in onboarding run from its
    // first entering onboarding to its next stage.
    Expected<QList<OnboardingCohort>> onboardingByCohort(const Date &until, int quarters,
                                                         int fiscalYearStartMonth) const;

    // VOC entries logged in `period` (not merged away) by kind and target; with a scope, the
    // entries with at least one linked account in it.
    Expected<QList<VocGroup>> vocByKind(const Period &period) const;

    static std::optional<double> median(QList<long> values);

private:
    const Book &m_book;
    PortfolioScope m_scope;
};

} // namespace csw
