// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csw {

class Book;

// The book's settings behind the KPIs, kept in book_meta: the month its fiscal year starts in
// (April by default, as at most Japanese companies), the gross margin that LTV uses, and how
// soon after its start a churn counts as early churn.
struct KpiSettings
{
    Q_DECLARE_TR_FUNCTIONS(KpiSettings)

public:
    static constexpr int DefaultFiscalYearStartMonth = 4;
    static constexpr double DefaultGrossMarginPercent = 80;
    static constexpr int DefaultEarlyChurnMonths = 6;

    int fiscalYearStartMonth = DefaultFiscalYearStartMonth;   // 1-12
    double grossMarginPercent = DefaultGrossMarginPercent;    // 0-100
    int earlyChurnMonths = DefaultEarlyChurnMonths;           // 1-36
    RevenueView revenue;                                      // ARR (default) or MRR shown

    // The book's settings; defaults for keys it does not have.
    static Expected<KpiSettings> load(const Book &book);
    // Writes the given settings in one transaction; nullopt keeps a setting as it is.
    static Status save(Book &book, std::optional<int> fiscalYearStartMonth,
                       std::optional<double> grossMarginPercent,
                       std::optional<int> earlyChurnMonths = std::nullopt,
                       std::optional<RevenueView> revenue = std::nullopt);

    // Text -> validated value, with a message naming the setting when it is not one.
    static Expected<int> parseFiscalYearStartMonth(const QString &text);
    static Expected<double> parseGrossMarginPercent(const QString &text);
    static Expected<int> parseEarlyChurnMonths(const QString &text);
    static Expected<RevenueView> parseRevenueView(const QString &text);   // "arr" or "mrr"
    // Whether an account that began on `began` and churned on `churned` churned early: within
    // `months` months (the KPI engine and the Portfolio's churn charts ask the same).
    static bool isEarlyChurn(const Date &began, const Date &churned, int months);
    // "80", "72.5": the shortest plain text for a margin.
    static QString marginText(double percent);
};

} // namespace csw
