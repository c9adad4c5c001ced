// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Money.h"

#include <QDate>
#include <QString>

#include <optional>

class QFontMetrics;

namespace csw::Formatting {

// Money for people, in the user's locale: "¥1,200,000", "$1,234.50".
QString money(Minor amount, const Currency &currency);
// An amount to edit: digits grouped by commas, no symbol ("1,310,000", "1,234.50"), as
// Currency::parse reads it back.
QString amount(Minor amount, const Currency &currency);
// A date in the user's locale's short format, or in the Japanese era calendar (令和8年4月1日)
// when the user chose it (setEraDates); empty for none.
QString date(const std::optional<Date> &date);
void setEraDates(bool on);
bool eraDates();
// Room for the widest date date() writes (令和10年12月28日 in the era calendar), for columns.
int dateWidth(const QFontMetrics &metrics);
QDate toQDate(const Date &date);
Date fromQDate(const QDate &date);

} // namespace csw::Formatting
