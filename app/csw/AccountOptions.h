// SPDX-License-Identifier: MIT
// What account list and export accounts share: the filter options.
#pragma once

#include "accounts/AccountRepository.h"

#include <QCommandLineParser>

#include <optional>

namespace csw::cli {

// --csm, --stage, --touch, --health, --search.
void addAccountFilterOptions(QCommandLineParser &parser);
// The filter those options give; none (and the reason printed) when one is not understood.
std::optional<AccountFilter> accountFilter(const QCommandLineParser &parser);

} // namespace csw::cli
