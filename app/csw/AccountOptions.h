// SPDX-License-Identifier: MIT
// What account list and export accounts share: the filter options.
#pragma once

#include "accounts/AccountRepository.h"

#include <QCommandLineParser>

#include <optional>

namespace csw::cli {

// --csm, --stage, --touch, --health, --search, --segment, --where.
void addAccountFilterOptions(QCommandLineParser &parser);
// Whether any of those options is given (bulk actions and programs never act on every account
// unless --all says so).
bool anyAccountFilter(const QCommandLineParser &parser);
// The filter those options give; none (and the reason printed) when one is not understood.
std::optional<AccountFilter> accountFilter(const QCommandLineParser &parser);
// Adds --segment NAME's and --where CONDITIONS' conditions (read in `book`) to `filter`; false
// (and the reason printed) when the segment is unknown or a condition is not understood.
bool addSegmentConditions(Book &book, const QCommandLineParser &parser, AccountFilter &filter);
// The same conditions alone (empty when neither option is given), for filters of other things
// by their accounts (the VOC list); none after printing the reason.
std::optional<QList<SegmentCondition>> segmentConditions(Book &book, const QCommandLineParser &parser);

} // namespace csw::cli
