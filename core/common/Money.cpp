// SPDX-License-Identifier: MIT
#include "common/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace csw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

int minorDigits(const QString &code)
{
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("VND"), QStringLiteral("CLP"),
                                     QStringLiteral("ISK"), QStringLiteral("UGX")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("KWD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND"), QStringLiteral("LYD"),
                                      QStringLiteral("IQD")};
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}
} // namespace

Expected<Currency> Currency::fromCode(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    const QString upper = code.trimmed().toUpper();
    if (!iso.match(upper).hasMatch())
        return Error{Tr::tr("'%1' is not a currency code (three letters, such as JPY or USD)")
                         .arg(code),
                     ErrorKind::Invalid};
    return Currency(upper, minorDigits(upper));
}

Expected<Minor> Currency::parse(const QString &text) const
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d*))?$"));
    const auto match = number.match(t);
    if (!match.hasMatch())
        return Error{Tr::tr("'%1' is not an amount of money").arg(text), ErrorKind::Invalid};
    if (!match.captured(1).isEmpty())
        return Error{Tr::tr("the amount %1 is negative").arg(text), ErrorKind::Invalid};
    QString fraction = match.captured(3);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > m_digits)
        return Error{Tr::tr("%1 has more decimals than %2 allows (%3)")
                         .arg(text, m_code).arg(m_digits),
                     ErrorKind::Invalid};
    fraction = fraction.leftJustified(m_digits, QLatin1Char('0'));
    bool ok = false;
    const QString digits = match.captured(2) + fraction;
    const qlonglong value = digits.toLongLong(&ok);
    if (!ok || digits.size() > 17)
        return Error{Tr::tr("the amount %1 is too large").arg(text), ErrorKind::Invalid};
    return Minor(value);
}

QString Currency::toPlain(Minor amount) const
{
    const bool negative = amount < 0;
    QString digits = QString::number(negative ? -amount : amount);
    if (m_digits > 0) {
        digits = digits.rightJustified(m_digits + 1, QLatin1Char('0'));
        digits.insert(digits.size() - m_digits, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Currency::toGrouped(Minor amount) const
{
    return groupDigits(toPlain(amount));
}

QString Currency::groupDigits(QString plain)
{
    const bool negative = plain.startsWith(QLatin1Char('-'));
    if (negative)
        plain.remove(0, 1);
    qsizetype integerEnd = plain.indexOf(QLatin1Char('.'));
    if (integerEnd < 0)
        integerEnd = plain.size();
    for (qsizetype i = integerEnd - 3; i > 0; i -= 3)
        plain.insert(i, QLatin1Char(','));
    return negative ? QLatin1Char('-') + plain : plain;
}

} // namespace csw
