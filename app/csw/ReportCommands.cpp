// SPDX-License-Identifier: MIT
// csw report kpis|settings: portfolio KPIs for a period, and the settings behind them.
#include "Cli.h"
#include "CommandContext.h"

#include "metrics/KpiEngine.h"
#include "metrics/KpiSettings.h"
#include "metrics/Period.h"

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

// The columns; a table for people names recurring revenue as `view` shows it (MRR or ARR).
QList<Column> kpiColumns(const RevenueView &view = {})
{
    QList<Column> columns = {
        {QStringLiteral("group"), Tr::tr("Group")},
        {QStringLiteral("accounts_start"), Tr::tr("Start"), ColumnType::Number},
        {QStringLiteral("accounts_end"), Tr::tr("End"), ColumnType::Number},
        {QStringLiteral("new_accounts"), Tr::tr("New"), ColumnType::Number},
        {QStringLiteral("churned_accounts"), Tr::tr("Churned"), ColumnType::Number},
        // Logo churn is the first of these over accounts_start; the second churned too but
        // started inside the period.
        {QStringLiteral("churned_from_start"), Tr::tr("Churned of start"), ColumnType::Number},
        {QStringLiteral("new_and_churned"), Tr::tr("New, churned"), ColumnType::Number},
        // Churned within the early-churn months of beginning (report settings), and their share.
        {QStringLiteral("early_churned"), Tr::tr("Early churn"), ColumnType::Number},
        {QStringLiteral("early_churn_share"), Tr::tr("Early share"), ColumnType::Number},
        {QStringLiteral("logo_churn_rate"), Tr::tr("Logo churn"), ColumnType::Number},
        {QStringLiteral("start_arr"), Tr::tr("Start ARR"), ColumnType::Money},
        {QStringLiteral("expansion_arr"), Tr::tr("Expansion"), ColumnType::Money},
        {QStringLiteral("contraction_arr"), Tr::tr("Contraction"), ColumnType::Money},
        {QStringLiteral("churned_arr"), Tr::tr("Churned ARR"), ColumnType::Money},
        {QStringLiteral("grr"), Tr::tr("GRR"), ColumnType::Number},
        {QStringLiteral("nrr"), Tr::tr("NRR"), ColumnType::Number},
        {QStringLiteral("revenue_churn_rate"), Tr::tr("Revenue churn"), ColumnType::Number},
        {QStringLiteral("net_revenue_churn_rate"), Tr::tr("Net revenue churn"), ColumnType::Number},
        {QStringLiteral("arpa"), Tr::tr("ARPA"), ColumnType::Money},
        {QStringLiteral("ltv"), Tr::tr("LTV"), ColumnType::Money},
        {QStringLiteral("nps"), Tr::tr("NPS"), ColumnType::Number},
        {QStringLiteral("renewals_due"), Tr::tr("Renewals due"), ColumnType::Number},
        {QStringLiteral("renewals_done"), Tr::tr("Renewed"), ColumnType::Number},
        {QStringLiteral("renewal_rate"), Tr::tr("Renewal rate"), ColumnType::Number},
        {QStringLiteral("renewal_rate_arr"), Tr::tr("Renewal rate (ARR)"), ColumnType::Number},
    };
    for (Column &c : columns)
        c.title = view.relabel(c.title);
    return columns;
}

// Turns a row's values into output text: ratios as 0.9523 for machines and "95.2 %" for people,
// money as plain numbers in the book's currency, n/a as a missing value or "n/a".
class KpiFormatter
{
public:
    // `view`: a table shows recurring revenue per month when the book says MRR (LTV is a
    // lifetime's, never per month); csv and json stay ARR.
    KpiFormatter(const Currency &currency, bool table, RevenueView view = {})
        : m_currency(currency), m_table(table), m_view(table ? view : RevenueView{})
    {
    }

    QStringList values(const KpiRow &row) const
    {
        const KpiCounts &c = row.counts;
        QString group = row.group;
        if (row.total)
            group = m_table ? Tr::tr("Total") : QStringLiteral("total");
        else if (group.isEmpty() && m_table)
            group = Tr::tr("(none)");
        return {group,
                count(c.accountsStart),
                count(c.accountsEnd),
                count(c.newAccounts),
                count(c.churnedAccounts),
                count(c.churnedFromStart),
                count(c.churnedAccounts - c.churnedFromStart),
                count(c.earlyChurned),
                ratio(row.earlyChurnShare),
                ratio(row.logoChurnRate),
                money(c.startArr),
                money(c.expansionArr),
                money(c.contractionArr),
                money(c.churnedArr),
                ratio(row.grr),
                ratio(row.nrr),
                ratio(row.revenueChurnRate),
                ratio(row.netRevenueChurnRate),
                money(row.arpa),
                lifetime(row.ltv),
                score(row.nps),
                count(c.renewalsDue),
                count(c.renewalsDone),
                ratio(row.renewalRate),
                ratio(row.renewalRateArr)};
    }

private:
    QString missing() const { return m_table ? Tr::tr("n/a") : QString(); }
    static QString count(qint64 n) { return QString::number(n); }
    QString money(std::optional<Minor> amount) const
    {
        return amount ? m_currency.toPlain(m_view.shown(*amount)) : missing();
    }
    QString lifetime(std::optional<Minor> amount) const
    {
        return amount ? m_currency.toPlain(*amount) : missing();
    }
    QString ratio(std::optional<double> value) const
    {
        if (!value)
            return missing();
        return m_table ? QString::number(*value * 100, 'f', 1) + QStringLiteral(" %")
                       : QString::number(*value, 'f', 4);
    }
    QString score(std::optional<double> value) const
    {
        return value ? QString::number(*value, 'f', 1) : missing();
    }

    const Currency &m_currency;
    bool m_table;
    RevenueView m_view;
};

int kpis(CommandContext &context, const QCommandLineParser &parser)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    KpiGrouping grouping = KpiGrouping::None;
    if (parser.isSet(QStringLiteral("by"))) {
        const QString by = parser.value(QStringLiteral("by"));
        const auto chosen = KpiEngine::groupingFromKey(by);
        if (!chosen)
            return CommandContext::fail(
                Tr::tr("--by: '%1' is not one of %2")
                    .arg(by, KpiEngine::groupingKeys().join(QStringLiteral(", "))));
        grouping = *chosen;
    }
    Book *book = context.book();
    if (!book)
        return 1;
    const auto settings = KpiSettings::load(*book);
    if (!settings)
        return CommandContext::fail(settings.error());
    const Date today = Dates::today();
    const auto chosen = CommandContext::periodOption(parser, settings->fiscalYearStartMonth, today);
    if (!chosen)
        return 1;
    const Period period = *chosen;
    const auto report = KpiEngine(*book).compute(period, grouping, *settings, today);
    if (!report)
        return CommandContext::fail(report.error());

    const bool table = parser.value(QStringLiteral("format")) == QLatin1String("table");
    if (table)
        context.print(Tr::tr("KPIs for %1 (%2 to %3), %4")
                          .arg(period.shownLabel(), Dates::toIso(period.first()),
                               Dates::toIso(period.last()), book->currency().code()));
    const KpiFormatter formatter(book->currency(), table, settings->revenue);
    writer->begin(kpiColumns(table ? settings->revenue : RevenueView{}));
    for (const KpiRow &row : report->groups)
        writer->row(formatter.values(row));
    writer->row(formatter.values(report->total));
    return context.finish(*writer);
}

int settings(CommandContext &context, const QCommandLineParser &parser)
{
    auto writer = context.writer(parser, RecordWriter::Shape::Single);
    if (!writer)
        return 1;
    std::optional<int> month;
    std::optional<double> margin;
    std::optional<int> early;
    if (parser.isSet(QStringLiteral("fiscal-year-start"))) {
        const auto parsed =
            KpiSettings::parseFiscalYearStartMonth(parser.value(QStringLiteral("fiscal-year-start")));
        if (!parsed)
            return CommandContext::fail(QStringLiteral("--fiscal-year-start: ")
                                        + parsed.error().message);
        month = *parsed;
    }
    if (parser.isSet(QStringLiteral("gross-margin"))) {
        const auto parsed =
            KpiSettings::parseGrossMarginPercent(parser.value(QStringLiteral("gross-margin")));
        if (!parsed)
            return CommandContext::fail(QStringLiteral("--gross-margin: ") + parsed.error().message);
        margin = *parsed;
    }
    if (parser.isSet(QStringLiteral("early-churn-months"))) {
        const auto parsed = KpiSettings::parseEarlyChurnMonths(parser.value(QStringLiteral("early-churn-months")));
        if (!parsed)
            return CommandContext::fail(QStringLiteral("--early-churn-months: ") + parsed.error().message);
        early = *parsed;
    }
    std::optional<RevenueView> revenue;
    if (parser.isSet(QStringLiteral("revenue"))) {
        const auto parsed = KpiSettings::parseRevenueView(parser.value(QStringLiteral("revenue")));
        if (!parsed)
            return CommandContext::fail(QStringLiteral("--revenue: ") + parsed.error().message);
        revenue = *parsed;
    }
    Book *book = context.book();
    if (!book)
        return 1;
    if (month || margin || early || revenue) {
        if (auto saved = KpiSettings::save(*book, month, margin, early, revenue); !saved)
            return CommandContext::fail(saved.error());
    }
    const auto current = KpiSettings::load(*book);
    if (!current)
        return CommandContext::fail(current.error());
    const Period year = Period::fiscalYearOf(Dates::today(), current->fiscalYearStartMonth);
    writer->begin({{QStringLiteral("fiscal_year_start_month"), Tr::tr("Fiscal year starts in month"),
                    ColumnType::Number},
                   {QStringLiteral("gross_margin_percent"), Tr::tr("Gross margin (%)"),
                    ColumnType::Number},
                   {QStringLiteral("early_churn_months"), Tr::tr("Early churn within (months)"),
                    ColumnType::Number},
                   {QStringLiteral("current_fiscal_year"), Tr::tr("Current fiscal year")},
                   {QStringLiteral("current_fiscal_year_first"), Tr::tr("First day")},
                   {QStringLiteral("current_fiscal_year_last"), Tr::tr("Last day")},
                   {QStringLiteral("revenue"), Tr::tr("Revenue shown as")}});
    writer->row(QStringList{QString::number(current->fiscalYearStartMonth),
                            KpiSettings::marginText(current->grossMarginPercent),
                            QString::number(current->earlyChurnMonths), year.label(),
                            Dates::toIso(year.first()), Dates::toIso(year.last()), current->revenue.key()});
    return context.finish(*writer);
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report kpis"), {},
         Tr::tr("Portfolio KPIs for a period: accounts, logo churn, GRR, NRR, ARPA, LTV, "
                "renewal rate; per group and in total."),
         0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("period"),
                          Tr::tr("2026-10 (a month), FY2026 (the fiscal year starting in 2026), "
                                 "FY2026-Q3 (its third quarter), 2026-Q3 (a calendar quarter) or "
                                 "2026-04-01..2026-09-30; default: the current fiscal year."),
                          QStringLiteral("P")});
             p.addOption({QStringLiteral("by"),
                          Tr::tr("One row per csm, touch, plan, source or industry (the "
                                 "account's current value)."),
                          QStringLiteral("FIELD")});
             p.addOption(CommandContext::formatOption());
         },
         kpis},
        {QStringLiteral("report settings"), {},
         Tr::tr("Show or set the fiscal year's first month, the gross margin, the early-churn "
                "months that KPIs use and whether revenue shows as ARR or MRR."),
         0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("fiscal-year-start"),
                          Tr::tr("The month the fiscal year starts in, 1-12 (default 4, April)."),
                          QStringLiteral("M")});
             p.addOption({QStringLiteral("gross-margin"),
                          Tr::tr("Gross margin in percent, 0-100, for LTV (default 80)."),
                          QStringLiteral("P")});
             p.addOption({QStringLiteral("early-churn-months"),
                          Tr::tr("A churn within this many months of the start is early churn, 1-36 "
                                 "(default 6)."),
                          QStringLiteral("N")});
             p.addOption({QStringLiteral("revenue"),
                          Tr::tr("arr (default) or mrr: recurring revenue shown per year or per month in the "
                                 "window and in report tables (csv and json stay ARR)."),
                          QStringLiteral("arr|mrr")});
             p.addOption(CommandContext::formatOption());
         },
         settings},
    };
}

} // namespace csw::cli
