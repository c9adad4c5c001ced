// SPDX-License-Identifier: MIT
#include "calendar/JapaneseEra.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

namespace csw {

namespace {

constexpr double MsPerDay = 86400000.0;
const Date Epoch(1970, 1, 1);

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

std::unique_ptr<icu::Calendar> japaneseCalendar()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                      icu::Locale("ja_JP@calendar=japanese"), status));
    return U_SUCCESS(status) ? std::move(calendar) : nullptr;
}

// The era numbers of ICU's Japanese calendar by every name it gives them: the Japanese names
// (令和, 平成, …) and the Latin initials (R, H, S, T, M) of its English narrow names.
const QHash<QString, int> &eraNumbers()
{
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> byName;
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols japanese(icu::Locale("ja_JP"), "japanese", status);
        const icu::DateFormatSymbols english(icu::Locale("en"), "japanese", status);
        if (U_FAILURE(status))
            return byName;
        int32_t count = 0;
        for (const icu::UnicodeString *names : {japanese.getEraNames(count), japanese.getEras(count)}) {
            for (int32_t i = 0; i < count; ++i)
                byName.insert(fromIcu(names[i]), i);
        }
        const icu::UnicodeString *narrow = english.getNarrowEras(count);
        for (int32_t i = 0; i < count; ++i) {
            const QString initial = fromIcu(narrow[i]);
            if (initial.size() == 1 && initial.at(0).isLetter() && i >= count - 5)   // Meiji onwards
                byName.insert(initial.toUpper(), i);
        }
        return byName;
    }();
    return numbers;
}

} // namespace

std::optional<Expected<Date>> JapaneseEra::parse(const QString &text)
{
    static const QRegularExpression written(QStringLiteral(
        R"(^(\p{Han}{2})\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$)"));
    static const QRegularExpression initial(QStringLiteral(
        R"(^([A-Za-z])\s*\.?\s*(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\3\s*(\d{1,2})$)"));
    // Full-width digits and letters as ASCII, ㋿ as 令和 (Unicode's compatibility forms).
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString era, year, month, day;
    if (const auto m = written.match(t); m.hasMatch()) {
        era = m.captured(1), year = m.captured(2), month = m.captured(3), day = m.captured(4);
    } else if (const auto m = initial.match(t); m.hasMatch()) {
        era = m.captured(1).toUpper(), year = m.captured(2), month = m.captured(4), day = m.captured(5);
    } else {
        return std::nullopt;
    }
    const auto number = eraNumbers().constFind(era);
    if (number == eraNumbers().constEnd())
        return std::optional<Expected<Date>>(Error{tr("'%1' names no Japanese era").arg(text)});
    const int y = year == u"元" ? 1 : year.toInt();
    const int mo = month.toInt(), d = day.toInt();
    auto calendar = japaneseCalendar();
    if (!calendar)
        return std::optional<Expected<Date>>(Error{tr("the Japanese calendar is not available to read '%1'").arg(text)});
    UErrorCode status = U_ZERO_ERROR;
    calendar->clear();
    calendar->set(UCAL_ERA, *number);
    calendar->set(y, mo - 1, d);
    const UDate at = calendar->getTime(status);
    // The day read back must be the day written: a day past its month, or past its era's
    // end (平成31年5月1日 is 令和元年), is no such day.
    const bool same = U_SUCCESS(status) && calendar->get(UCAL_ERA, status) == *number
                      && calendar->get(UCAL_YEAR, status) == y && calendar->get(UCAL_MONTH, status) == mo - 1
                      && calendar->get(UCAL_DATE, status) == d && U_SUCCESS(status);
    if (!same || y < 1)
        return std::optional<Expected<Date>>(Error{tr("'%1' is not a day of the Japanese calendar").arg(text)});
    return std::optional<Expected<Date>>(Epoch + boost::gregorian::days(qint64(std::floor(at / MsPerDay))));
}

QString JapaneseEra::format(const Date &date)
{
    auto calendar = japaneseCalendar();
    if (!calendar || date.is_special())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(double((date - Epoch).days()) * MsPerDay, status);
    const int era = calendar->get(UCAL_ERA, status);
    const int year = calendar->get(UCAL_YEAR, status);
    if (U_FAILURE(status))
        return {};
    UErrorCode symbols = U_ZERO_ERROR;
    const icu::DateFormatSymbols japanese(icu::Locale("ja_JP"), "japanese", symbols);
    int32_t count = 0;
    const icu::UnicodeString *names = japanese.getEraNames(count);
    if (U_FAILURE(symbols) || era >= count)
        return {};
    return QStringLiteral("%1%2年%3月%4日")
        .arg(fromIcu(names[era]), year == 1 ? QStringLiteral("元") : QString::number(year))
        .arg(int(date.month()))
        .arg(int(date.day()));
}

} // namespace csw
