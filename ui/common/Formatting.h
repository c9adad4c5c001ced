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
// Recurring revenue as the book shows it (Preferences ▸ KPIs, csw report settings --revenue):
// per year (ARR) or per month (MRR). The window sets it when a book opens and when it changes.
void setRevenueView(const RevenueView &view);
const RevenueView &revenueView();
// An ARR for people, per year or per month as the book shows it.
QString revenue(Minor arr, const Currency &currency);
// An ARR to edit in the shown unit; revenueFromText reads one back as ARR.
QString revenueAmount(Minor arr, const Currency &currency);
// A label or note naming ARR, read as MRR when the book shows money per month.
QString revenueText(const QString &text);
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
