// SPDX-License-Identifier: MIT
#include "common/Formatting.h"

#include "calendar/JapaneseEra.h"

#include <QDate>
#include <QFontMetrics>
#include <QLocale>

namespace csw::Formatting {

QString amount(Minor amount, const Currency &currency)
{
    QString plain = currency.toPlain(amount);
    const bool negative = plain.startsWith(u'-');
    qsizetype end = plain.indexOf(u'.');
    if (end < 0)
        end = plain.size();
    for (qsizetype at = end - 3; at > (negative ? 1 : 0); at -= 3)
        plain.insert(at, u',');
    return plain;
}

QString money(Minor amount, const Currency &currency)
{
    // Whole units and the fraction are formatted apart, so no amount goes through a double.
    const QLocale locale;
    int scale = 1;
    for (int i = 0; i < currency.digits(); ++i)
        scale *= 10;
    const Minor whole = amount / scale;
    QString text = locale.toString(qlonglong(whole < 0 ? -whole : whole));
    if (currency.digits() > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(qlonglong((amount < 0 ? -amount : amount) % scale),
                                           currency.digits(), 10, QLatin1Char('0'));
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != currency.code())
        symbol = currency.code() == QLatin1String("JPY")   ? QStringLiteral("¥")
                 : currency.code() == QLatin1String("USD") ? QStringLiteral("$")
                 : currency.code() == QLatin1String("EUR") ? QStringLiteral("€")
                                                           : currency.code() + QLatin1Char(' ');
    return (amount < 0 ? QStringLiteral("-") : QString()) + symbol + text;
}

QDate toQDate(const Date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate &date)
{
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

namespace {
bool showEras = false;
RevenueView shownRevenue;
}

void setRevenueView(const RevenueView &view)
{
    shownRevenue = view;
}

const RevenueView &revenueView()
{
    return shownRevenue;
}

QString revenue(Minor arr, const Currency &currency)
{
    return money(shownRevenue.shown(arr), currency);
}

QString revenueAmount(Minor arr, const Currency &currency)
{
    return amount(shownRevenue.shown(arr), currency);
}

QString revenueText(const QString &text)
{
    return shownRevenue.relabel(text);
}

void setEraDates(bool on)
{
    showEras = on;
}

bool eraDates()
{
    return showEras;
}

int dateWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(date(Date(2028, 12, 28))) + 16;
}

QString date(const std::optional<Date> &date)
{
    if (!date)
        return {};
    if (showEras) {
        if (QString era = JapaneseEra::format(*date); !era.isEmpty())
            return era;
    }
    return QLocale().toString(toQDate(*date), QLocale::ShortFormat);
}

} // namespace csw::Formatting
