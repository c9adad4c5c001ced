// SPDX-License-Identifier: MIT
// csw churn-reason list|add|set|retire|restore, and csw report churn-reasons: the categories
// a churn is recorded under, and why customers left in a period.
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/ChurnReasons.h"
#include "book/Book.h"
#include "i18n/Translations.h"
#include "metrics/ChurnReasonReport.h"
#include "metrics/KpiSettings.h"

#include <QCoreApplication>
#include <QHash>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChurnReasonCommands)
};

int list(CommandContext &context, const QCommandLineParser &parser)
{
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto reasons = ChurnReasons(*book).list(parser.isSet(QStringLiteral("all")));
    if (!reasons)
        return CommandContext::fail(reasons.error());
    writer->begin({{QStringLiteral("code"), Tr::tr("Code")},
                   {QStringLiteral("label_ja"), Tr::tr("Japanese")},
                   {QStringLiteral("label_en"), Tr::tr("English")},
                   {QStringLiteral("retired"), Tr::tr("Retired")}});
    for (const ChurnReason &r : *reasons)
        writer->row({r.code, r.labelJa, r.labelEn, r.retired ? Tr::tr("yes") : Tr::tr("no")});
    return context.finish(*writer);
}

int change(CommandContext &context, const QCommandLineParser &parser, const QString &what)
{
    Book *book = context.book();
    if (!book)
        return 1;
    const QString code = parser.positionalArguments().value(0);
    const bool labelled = what == u"add" || what == u"set";
    const QString ja = labelled ? parser.value(QStringLiteral("ja")) : QString();
    const QString en = labelled ? parser.value(QStringLiteral("en")) : QString();
    ChurnReasons reasons(*book);
    Status done;
    if (what == u"add")
        done = reasons.add({code, ja, en});
    else if (what == u"set")
        done = ja.isEmpty() && en.isEmpty()
                   ? Status(Error{Tr::tr("churn-reason set: give --ja or --en"), ErrorKind::Invalid})
                   : reasons.relabel(code, ja, en);
    else
        done = reasons.retire(code, what == u"retire");
    return done ? 0 : CommandContext::fail(done.error());
}

QString share(Minor part, Minor whole, bool table)
{
    if (whole <= 0)
        return {};
    const double value = double(part) / double(whole);
    return table ? QString::number(value * 100, 'f', 1) + QStringLiteral(" %") : QString::number(value, 'f', 4);
}

int report(CommandContext &context, const QCommandLineParser &parser)
{
    const QString by = parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != u"source" && by != u"plan")
        return CommandContext::usage(Tr::tr("--by: '%1' is not source or plan").arg(by));
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto settings = KpiSettings::load(*book);
    if (!settings)
        return CommandContext::fail(settings.error());
    const auto chosen = CommandContext::periodOption(parser, settings->fiscalYearStartMonth, Dates::today());
    if (!chosen)
        return 1;
    const Period period = *chosen;
    const auto groups = ChurnReasonReport(*book).compute(
        period, by == u"source" ? ChurnReasonReport::By::Source
                : by == u"plan" ? ChurnReasonReport::By::Plan
                                : ChurnReasonReport::By::Reason);
    const auto reasons = ChurnReasons(*book).list(true);
    if (!groups || !reasons)
        return CommandContext::fail(!groups ? groups.error().message : reasons.error().message);
    QHash<QString, QString> labels;
    for (const ChurnReason &r : *reasons)
        labels.insert(r.code, r.label(Translations::current()));
    Minor total = 0;
    for (const ChurnReasonGroup &g : *groups)
        total += g.arr;

    const bool table = parser.value(QStringLiteral("format")) == QLatin1String("table");
    if (table)
        context.print(Tr::tr("Churn reasons for %1 (%2 to %3), %4")
                          .arg(period.shownLabel(), Dates::toIso(period.first()), Dates::toIso(period.last()),
                               book->currency().code()));
    QList<Column> columns = {{QStringLiteral("reason_code"), Tr::tr("Code")},
                             {QStringLiteral("reason"), Tr::tr("Reason")}};
    if (!by.isEmpty())
        columns.append({by, by == u"source" ? Tr::tr("Source") : Tr::tr("Plan")});
    // A table for people shows revenue as the book says (ARR or MRR); csv and json stay ARR.
    const RevenueView view = table ? settings->revenue : RevenueView{};
    columns += QList<Column>{{QStringLiteral("churns"), Tr::tr("Churns"), ColumnType::Number},
                             {QStringLiteral("churned_arr"), view.relabel(Tr::tr("Churned ARR")), ColumnType::Money},
                             {QStringLiteral("arr_share"), Tr::tr("Share of churned ARR"), ColumnType::Number}};
    writer->begin(columns);
    for (const ChurnReasonGroup &g : *groups) {
        QStringList cells = {g.code, g.code.isEmpty() ? Tr::tr("(no reason chosen)") : labels.value(g.code, g.code)};
        if (!by.isEmpty())
            cells << g.value;
        cells << QString::number(g.churns) << book->currency().toPlain(view.shown(g.arr)) << share(g.arr, total, table);
        writer->row(cells);
    }
    return context.finish(*writer);
}

void labelOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("ja"), Tr::tr("The Japanese label."), QStringLiteral("LABEL")});
    p.addOption({QStringLiteral("en"), Tr::tr("The English label."), QStringLiteral("LABEL")});
}

} // namespace

QList<Command> churnReasonCommands()
{
    auto changing = [](const char *what) {
        return [what](CommandContext &c, const QCommandLineParser &p) { return change(c, p, QLatin1String(what)); };
    };
    return {
        {QStringLiteral("churn-reason list"), {}, Tr::tr("The churn reasons a churn is recorded under."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("all"), Tr::tr("Retired reasons too.")});
             p.addOption(CommandContext::formatOption());
         },
         list},
        {QStringLiteral("churn-reason add"), QStringLiteral("CODE"),
         Tr::tr("Add a churn reason at the end of the list (a code of a-z, 0-9 and '-', both labels)."), 1, 1,
         labelOptions, changing("add")},
        {QStringLiteral("churn-reason set"), QStringLiteral("CODE"), Tr::tr("Relabel a churn reason."), 1, 1,
         labelOptions, changing("set")},
        {QStringLiteral("churn-reason retire"), QStringLiteral("CODE"),
         Tr::tr("Stop offering a churn reason; the churns recorded under it keep it."), 1, 1,
         [](QCommandLineParser &) {}, changing("retire")},
        {QStringLiteral("churn-reason restore"), QStringLiteral("CODE"), Tr::tr("Offer a retired churn reason again."),
         1, 1, [](QCommandLineParser &) {}, changing("restore")},
        {QStringLiteral("report churn-reasons"), {},
         Tr::tr("Why customers left in a period: churns and churned ARR by reason, optionally by source or plan."),
         0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("period"),
                          Tr::tr("As for report kpis; default: the current fiscal year."), QStringLiteral("P")});
             p.addOption({QStringLiteral("by"), Tr::tr("source or plan: one row per reason and value."),
                          QStringLiteral("FIELD")});
             p.addOption(CommandContext::formatOption());
         },
         report},
    };
}

} // namespace csw::cli
