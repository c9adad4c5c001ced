// SPDX-License-Identifier: MIT
#include "metrics/KpiSettings.h"

#include "book/Book.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace csw {

namespace {

const QString fiscalKey = QStringLiteral("fiscal_year_start_month");
const QString marginKey = QStringLiteral("gross_margin_percent");
const QString earlyKey = QStringLiteral("early_churn_months");
const QString revenueKey = QStringLiteral("revenue_view");

} // namespace

Expected<int> KpiSettings::parseFiscalYearStartMonth(const QString &text)
{
    bool ok = false;
    const int month = text.trimmed().toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return Error{tr("the fiscal year's first month must be a month number from 1 to 12, "
                        "not '%1'")
                         .arg(text),
                     ErrorKind::Invalid};
    return month;
}

Expected<double> KpiSettings::parseGrossMarginPercent(const QString &text)
{
    QString number = text.trimmed();
    if (number.endsWith(QLatin1Char('%')))
        number = number.chopped(1).trimmed();
    bool ok = false;
    const double percent = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100)
        return Error{tr("the gross margin must be a percentage from 0 to 100, not '%1'").arg(text),
                     ErrorKind::Invalid};
    return percent;
}

Expected<int> KpiSettings::parseEarlyChurnMonths(const QString &text)
{
    bool ok = false;
    const int months = text.trimmed().toInt(&ok);
    if (!ok || months < 1 || months > 36)
        return Error{tr("early churn must be within a number of months from 1 to 36, not '%1'").arg(text),
                     ErrorKind::Invalid};
    return months;
}

Expected<RevenueView> KpiSettings::parseRevenueView(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == u"arr" || key == u"mrr")
        return RevenueView{key == u"mrr"};
    return Error{tr("'%1' is not arr (money per year) or mrr (per month)").arg(text), ErrorKind::Invalid};
}

bool KpiSettings::isEarlyChurn(const Date &began, const Date &churned, int months)
{
    return churned < Dates::addMonths(began, months);
}

QString KpiSettings::marginText(double percent)
{
    return QLocale::c().toString(percent, 'g', 6);
}

Expected<KpiSettings> KpiSettings::load(const Book &book)
{
    // Run once, its values written in: one round trip to a team book instead of three.
    auto query = book.query(QStringLiteral("SELECT key, value FROM book_meta WHERE key IN (?, ?, ?, ?)"),
                            QVariantList{fiscalKey, marginKey, earlyKey, revenueKey});
    if (!query)
        return query.error();
    KpiSettings settings;
    while (query->next()) {
        const QString key = query->value(0).toString(), value = query->value(1).toString();
        if (key == fiscalKey) {
            auto month = parseFiscalYearStartMonth(value);
            if (!month)
                return Error{tr("the book %1 has a bad %2: %3")
                                 .arg(book.path(), key, month.error().message),
                             ErrorKind::Damaged};
            settings.fiscalYearStartMonth = *month;
        } else if (key == earlyKey) {
            auto months = parseEarlyChurnMonths(value);
            if (!months)
                return Error{tr("the book %1 has a bad %2: %3")
                                 .arg(book.path(), key, months.error().message),
                             ErrorKind::Damaged};
            settings.earlyChurnMonths = *months;
        } else if (key == revenueKey) {
            auto view = parseRevenueView(value);
            if (!view)
                return Error{tr("the book %1 has a bad %2: %3")
                                 .arg(book.path(), key, view.error().message),
                             ErrorKind::Damaged};
            settings.revenue = *view;
        } else {
            auto margin = parseGrossMarginPercent(value);
            if (!margin)
                return Error{tr("the book %1 has a bad %2: %3")
                                 .arg(book.path(), key, margin.error().message),
                             ErrorKind::Damaged};
            settings.grossMarginPercent = *margin;
        }
    }
    return settings;
}

Status KpiSettings::save(Book &book, std::optional<int> fiscalYearStartMonth,
                         std::optional<double> grossMarginPercent, std::optional<int> earlyChurnMonths,
                         std::optional<RevenueView> revenue)
{
    if (earlyChurnMonths && (*earlyChurnMonths < 1 || *earlyChurnMonths > 36))
        return parseEarlyChurnMonths(QString::number(*earlyChurnMonths)).error();
    if (fiscalYearStartMonth && (*fiscalYearStartMonth < 1 || *fiscalYearStartMonth > 12))
        return parseFiscalYearStartMonth(QString::number(*fiscalYearStartMonth)).error();
    if (grossMarginPercent && !(*grossMarginPercent >= 0 && *grossMarginPercent <= 100))
        return parseGrossMarginPercent(marginText(*grossMarginPercent)).error();
    QList<std::pair<QString, QString>> values;
    if (fiscalYearStartMonth)
        values.append({fiscalKey, QString::number(*fiscalYearStartMonth)});
    if (grossMarginPercent)
        values.append({marginKey, marginText(*grossMarginPercent)});
    if (earlyChurnMonths)
        values.append({earlyKey, QString::number(*earlyChurnMonths)});
    if (revenue)
        values.append({revenueKey, revenue->key()});
    return book.write([&]() -> Status {
        for (const auto &[key, value] : std::as_const(values))
            if (auto ok = book.setMeta(key, value); !ok)
                return ok;
        return {};
    });
}

} // namespace csw
