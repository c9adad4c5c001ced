// SPDX-License-Identifier: MIT
#include "importing/ImportValues.h"

#include "calendar/JapaneseEra.h"

#include <QRegularExpression>

namespace csw {

namespace {

std::optional<Date> makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    try {
        return Date(y, m, d);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// Full-width digits and marks (what Japanese input often gives) as ASCII.
QString narrow(const QString &text)
{
    QString out = text.trimmed();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(u - 0xFEE0);
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

Expected<bool> ImportValues::flag(const QString &text)
{
    const QString t = narrow(text).toLower();
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("1"), QStringLiteral("はい"), QStringLiteral("○"),
                                    QStringLiteral("有"), QStringLiteral("済")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("いいえ"), QStringLiteral("×"),
                                   QStringLiteral("無"), QStringLiteral("")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return Error{tr("'%1' is not yes or no").arg(text)};
}

// 2026-04-01, 2026/4/1, 2026.4.1: year first, without a regular expression (the common case
// of large imports).
static std::optional<std::optional<Date>> yearFirst(const QString &t)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (QChar c : t) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            if (++digits[part] > 4)
                return std::nullopt;
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.')) && part < 2
                   && (separator.isNull() || c == separator)) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[0] != 4 || digits[1] == 0 || digits[1] > 2 || digits[2] == 0 || digits[2] > 2)
        return std::nullopt;
    return makeDate(parts[0], parts[1], parts[2]);
}

Expected<Date> ImportValues::date(const QString &text, DateOrder order)
{
    const QString t = narrow(text);
    if (const auto quick = yearFirst(t)) {
        if (!*quick)
            return Error{tr("'%1' is not a day of the calendar").arg(text)};
        return **quick;
    }
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    static const QRegularExpression japanese(QStringLiteral(R"(^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression yearLast(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$)"));
    std::optional<Date> result;
    QRegularExpressionMatch m;
    if ((m = iso.match(t)).hasMatch() || (m = japanese.match(t)).hasMatch()
        || (m = compact.match(t)).hasMatch()) {
        result = makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if ((m = yearLast.match(t)).hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        if (order == DateOrder::YearMonthDay)
            return Error{tr("'%1' puts the year last: choose whether it is month/day/year or "
                            "day/month/year")
                             .arg(text)};
        result = order == DateOrder::MonthDayYear ? makeDate(y, a, b) : makeDate(y, b, a);
    } else if (auto era = JapaneseEra::parse(t)) {
        return *era;
    } else {
        return Error{tr("'%1' is not a date (2026-04-01, 2026/4/1, 2026年4月1日 or 令和8年4月1日)").arg(text)};
    }
    if (!result)
        return Error{tr("'%1' is not a day of the calendar").arg(text)};
    return *result;
}

Expected<Minor> ImportValues::amount(const QString &text, const Currency &currency)
{
    QString t = narrow(text);
    for (const QLatin1String name : {QLatin1String("JPY"), QLatin1String("USD"), QLatin1String("EUR")})
        t.remove(name);
    // Currency marks, thousands separators and spaces go, in one pass; 0x5C, the yen mark of
    // Shift_JIS, decodes as a backslash.
    qsizetype kept = 0;
    bool digitsOnly = true;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t.at(i).unicode();
        if (c == u'¥' || c == u'￥' || c == u'$' || c == u'€' || c == u'円' || c == u',' || c == u'\\'
            || c == u' ' || c == u'\u00a0')
            continue;
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
        t[kept++] = t.at(i);
    }
    t.truncate(kept);
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('(')))
        return Error{tr("'%1' is negative; amounts are zero or more").arg(text)};
    static const QRegularExpression plain(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (t.isEmpty() || (!digitsOnly && !plain.match(t).hasMatch()))
        return Error{tr("'%1' is not an amount").arg(text)};
    auto parsed = currency.parse(t);
    if (!parsed)
        return Error{tr("'%1': %2").arg(text, parsed.error().message)};
    return parsed;
}

Expected<double> ImportValues::number(const QString &text)
{
    QString t = narrow(text);
    t.remove(QLatin1Char(','));
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok)
        return Error{tr("'%1' is not a number").arg(text)};
    return value;
}

std::optional<DateOrder> ImportValues::dateOrderFromKey(const QString &key)
{
    if (key == QLatin1String("ymd"))
        return DateOrder::YearMonthDay;
    if (key == QLatin1String("mdy"))
        return DateOrder::MonthDayYear;
    if (key == QLatin1String("dmy"))
        return DateOrder::DayMonthYear;
    return std::nullopt;
}

} // namespace csw
