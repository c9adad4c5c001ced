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

} // namespace csw
