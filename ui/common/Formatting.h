// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace csw::Formatting {

// Money for people, in the user's locale: "¥1,200,000", "$1,234.50".
QString money(Minor amount, const Currency &currency);
// A date in the user's locale's short format; empty for none.
QString date(const std::optional<Date> &date);
QDate toQDate(const Date &date);
Date fromQDate(const QDate &date);

} // namespace csw::Formatting
