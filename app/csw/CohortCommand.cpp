// SPDX-License-Identifier: MIT
// csw report cohorts: logo or ARR retention by start cohort (month or fiscal quarter) x months
// since the start, the table subscription analytics are known for.
#include "Cli.h"
#include "CommandContext.h"

#include "book/Book.h"
#include "metrics/Cohorts.h"
#include "metrics/KpiSettings.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CohortCommand)
};

QString ratioText(std::optional<double> value, bool table)
{
    if (!value)
        return QString();   // a month the cohort has not reached yet
    return table ? QString::number(*value * 100, 'f', 1) + QStringLiteral(" %") : QString::number(*value, 'f', 4);
}

int cohorts(CommandContext &context, const QCommandLineParser &parser)
{
    CohortRequest request;
    const QString by = parser.value(QStringLiteral("by"));
    if (by == QLatin1String("quarter"))
        request.step = CohortRequest::Step::Quarter;
    else if (by != QLatin1String("month"))
        return CommandContext::usage(Tr::tr("--by: '%1' is not month or quarter").arg(by));
    bool ok = false;
    request.months = parser.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || request.months < 1 || request.months > 120)
        return CommandContext::usage(Tr::tr("--months: '%1' is not a number of months from 1 to 120")
                                         .arg(parser.value(QStringLiteral("months"))));
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto settings = KpiSettings::load(*book);
    if (!settings)
        return CommandContext::fail(settings.error());
    request.fiscalYearStartMonth = settings->fiscalYearStartMonth;
    const auto rows = Cohorts::compute(*book, request);
    if (!rows)
        return CommandContext::fail(rows.error());

    const bool arr = parser.isSet(QStringLiteral("arr"));
    const bool table = parser.value(QStringLiteral("format")) == QLatin1String("table");
    if (table)
        context.print(arr ? Tr::tr("ARR retention by start %1, months since the start (ARR at the start = 100 %)")
                                .arg(by == QLatin1String("quarter") ? Tr::tr("fiscal quarter") : Tr::tr("month"))
                          : Tr::tr("Accounts still active by start %1, months since the start")
                                .arg(by == QLatin1String("quarter") ? Tr::tr("fiscal quarter") : Tr::tr("month")));
    QList<Column> columns = {{QStringLiteral("cohort"), Tr::tr("Cohort")},
                             {QStringLiteral("accounts"), Tr::tr("Accounts"), ColumnType::Number},
                             {QStringLiteral("start_arr"), Tr::tr("Start ARR"), ColumnType::Money}};
    for (int k = 0; k <= request.months; ++k)
        columns.append({QStringLiteral("m%1").arg(k), QString::number(k), ColumnType::Number});
    writer->begin(columns);
    for (const CohortRow &row : *rows) {
        QStringList cells = {table ? row.cohort.shownLabel() : row.cohort.label(), QString::number(row.accounts),
                             book->currency().toPlain(row.startArr)};
        for (const std::optional<double> &value : arr ? row.arr : row.logo)
            cells << ratioText(value, table);
        writer->row(cells);
    }
    return context.finish(*writer);
}

} // namespace

QList<Command> cohortCommands()
{
    return {
        {QStringLiteral("report cohorts"), {},
         Tr::tr("Retention by start cohort and months since the start: the share of each cohort's accounts "
                "still active (or, with --arr, of its starting ARR still held)."),
         0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("by"),
                          Tr::tr("month (default) or quarter (of the fiscal year): how the cohorts are cut."),
                          QStringLiteral("month|quarter"), QStringLiteral("month")});
             p.addOption({QStringLiteral("months"),
                          Tr::tr("How many months after the start to follow, and back to the oldest cohort "
                                 "(default 24)."),
                          QStringLiteral("N"), QStringLiteral("24")});
             p.addOption({QStringLiteral("arr"), Tr::tr("ARR retention (expansion counts) instead of accounts.")});
             p.addOption(CommandContext::formatOption());
         },
         cohorts},
    };
}

} // namespace csw::cli
