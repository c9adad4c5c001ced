// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "common/Money.h"
#include "metrics/Period.h"
#include "metrics/PortfolioScope.h"

#include <QList>
#include <QString>

namespace csw {

class Book;

// The churns of a period with one reason (and, broken down, one source or plan): how many,
// and the ARR they lost.
struct ChurnReasonGroup
{
    QString code;    // the reason's code; empty for churns recorded without one
    QString value;   // the account's source or plan when broken down; empty otherwise or when none
    qint64 churns = 0;
    Minor arr = 0;
    bool operator==(const ChurnReasonGroup &) const = default;
};

// Why customers left in a period: every churn recorded in it (a churn, reactivation and churn
// again counts twice), by its reason, optionally by the account's acquisition source or plan.
class ChurnReasonReport final
{
public:
    enum class By { Reason, Source, Plan };

    explicit ChurnReasonReport(const Book &book, PortfolioScope scope = {})
        : m_book(book), m_scope(std::move(scope))
    {
    }

    // Most churned ARR first, then most churns, then by code and value.
    Expected<QList<ChurnReasonGroup>> compute(const Period &period, By by = By::Reason) const;

private:
    const Book &m_book;
    PortfolioScope m_scope;
};

} // namespace csw
