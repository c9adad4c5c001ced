// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QString>

#include <cstdint>

namespace csw {

// An amount of money: an integer count of the currency's minor unit (JPY has none).
using Minor = std::int64_t;

// A book's currency: its ISO 4217 code and how many minor-unit digits it has.
class Currency
{
public:
    Currency() = default;   // JPY
    static Expected<Currency> fromCode(const QString &code);

    QString code() const { return m_code; }
    int digits() const { return m_digits; }

    // "1200000", "1234.5", "1,234.50" -> minor units; negatives and excess decimals are refused.
    Expected<Minor> parse(const QString &text) const;
    // Plain decimal text, no grouping: 123450 -> "1234.50" (USD), "123450" (JPY).
    QString toPlain(Minor amount) const;
    // Grouped for people: "1,234.50".
    QString toGrouped(Minor amount) const;
    // Inserts thousands separators into plain decimal text: "-1234567.5" -> "-1,234,567.5".
    static QString groupDigits(QString plain);

private:
    Currency(QString code, int digits) : m_code(std::move(code)), m_digits(digits) {}
    QString m_code = QStringLiteral("JPY");
    int m_digits = 0;
};

// How recurring revenue is shown: per year (ARR), or per month (MRR), as most Japanese SaaS
// teams speak. The book always stores ARR; only what people read and type changes.
struct RevenueView
{
    bool monthly = false;

    // An ARR as shown: itself, or a twelfth of it rounded to the nearest minor unit.
    Minor shown(Minor arr) const { return monthly ? (arr >= 0 ? (arr + 6) / 12 : -((-arr + 6) / 12)) : arr; }
    // An amount typed in the shown unit, as the ARR stored.
    Minor toArr(Minor shownAmount) const { return monthly ? shownAmount * 12 : shownAmount; }
    // A label or note with "ARR" read as "MRR" when monthly (the glossary keeps both in Latin
    // letters in Japanese too).
    QString relabel(const QString &text) const
    {
        return monthly ? QString(text).replace(QLatin1String("ARR"), QLatin1String("MRR")) : text;
    }
    QString key() const { return monthly ? QStringLiteral("mrr") : QStringLiteral("arr"); }
    bool operator==(const RevenueView &) const = default;
};

} // namespace csw
