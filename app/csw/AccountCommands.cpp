// SPDX-License-Identifier: MIT
// csw account add|list|show|set|churn|renew|reactivate.
#include "AccountOptions.h"
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/AccountLifecycle.h"
#include "accounts/ChurnReasons.h"
#include "accounts/AccountRepository.h"
#include "stages/StageRepository.h"

#include <QVarLengthArray>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
};

QString dateText(const std::optional<Date> &date)
{
    return date ? Dates::toIso(*date) : QString();
}

// The columns of an account in lists; the table shows the ones people scan.
QList<Column> listColumns(bool table)
{
    QList<Column> columns = {
        {QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
        {QStringLiteral("name"), Tr::tr("Name")},
        {QStringLiteral("external_id"), Tr::tr("External ID")},
        {QStringLiteral("csm"), Tr::tr("CSM")},
        {QStringLiteral("touch"), Tr::tr("Touch")},
        {QStringLiteral("plan"), Tr::tr("Plan")},
        {QStringLiteral("industry"), Tr::tr("Industry")},
        {QStringLiteral("source"), Tr::tr("Source")},
        {QStringLiteral("arr"), Tr::tr("ARR"), ColumnType::Money},
        {QStringLiteral("start"), Tr::tr("Start")},
        {QStringLiteral("renewal"), Tr::tr("Renewal")},
        {QStringLiteral("stage"), Tr::tr("Stage")},
        {QStringLiteral("churned_on"), Tr::tr("Churned on")},
        {QStringLiteral("churn_reason"), Tr::tr("Churn reason")},
        {QStringLiteral("health_score"), Tr::tr("Health score"), ColumnType::Number},
        {QStringLiteral("health_band"), Tr::tr("Health")},
        // Added later: last, so that scripts reading columns by position keep working.
        {QStringLiteral("churn_reason_code"), Tr::tr("Churn reason category")},
    };
    if (table) {
        static const QStringList shown = {
            QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("csm"),
            QStringLiteral("touch"), QStringLiteral("plan"), QStringLiteral("stage"),
            QStringLiteral("arr"), QStringLiteral("renewal"), QStringLiteral("health_band")};
        columns.removeIf([](const Column &c) { return !shown.contains(c.key); });
    }
    return columns;
}

QString value(const Account &a, const QString &key, const Currency &currency)
{
    if (key == QLatin1String("id")) return QString::number(a.id);
    if (key == QLatin1String("name")) return a.name;
    if (key == QLatin1String("external_id")) return a.externalId;
    if (key == QLatin1String("csm")) return a.csm;
    if (key == QLatin1String("touch")) return Stages::key(a.touch);
    if (key == QLatin1String("plan")) return a.plan;
    if (key == QLatin1String("industry")) return a.industry;
    if (key == QLatin1String("source")) return a.source;
    if (key == QLatin1String("arr")) return currency.toPlain(a.arr);
    if (key == QLatin1String("start")) return dateText(a.startOn);
    if (key == QLatin1String("renewal")) return dateText(a.renewalOn);
    if (key == QLatin1String("stage")) return Stages::key(a.stage);
    if (key == QLatin1String("churned_on")) return dateText(a.churnedOn);
    if (key == QLatin1String("churn_reason")) return a.churnReason;
    if (key == QLatin1String("churn_reason_code")) return a.churnReasonCode;
    if (key == QLatin1String("health_score"))
        return a.healthScore ? QString::number(*a.healthScore) : QString();
    if (key == QLatin1String("health_band"))
        return a.healthBand ? Scorecard::bandKey(*a.healthBand) : QString();
    return {};
}

QStringList values(const Account &a, const QList<Column> &columns, const Currency &currency)
{
    QStringList result;
    result.reserve(columns.size());
    for (const Column &c : columns)
        result << value(a, c.key, currency);
    return result;
}

std::optional<qint64> idArgument(const QCommandLineParser &parser)
{
    return CommandContext::parseId(parser.positionalArguments().constFirst());
}

int add(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("name")))
        return CommandContext::usage(Tr::tr("account add: --name is required"));
    Book *book = context.book();
    if (!book)
        return 1;
    QStringList assignments;
    for (const char *field : {"name", "external-id", "csm", "touch", "plan", "industry",
                              "source", "arr", "start", "renewal"}) {
        const QString option = QString::fromLatin1(field);
        if (parser.isSet(option))
            assignments << QString(option).replace(QLatin1Char('-'), QLatin1Char('_'))
                               + QLatin1Char('=') + parser.value(option);
    }
    auto changes = AccountChanges::parse(assignments, book->currency());
    if (!changes)
        return CommandContext::fail(changes.error());
    Account draft;
    draft.name = changes->name.value_or(QString());
    draft.externalId = changes->externalId.value_or(QString());
    draft.csm = changes->csm.value_or(QString());
    draft.touch = changes->touch.value_or(Touch::High);
    draft.plan = changes->plan.value_or(QString());
    draft.industry = changes->industry.value_or(QString());
    draft.source = changes->source.value_or(QString());
    draft.arr = changes->arr.value_or(0);
    draft.startOn = changes->startOn.value_or(std::nullopt);
    draft.renewalOn = changes->renewalOn.value_or(std::nullopt);
    if (parser.isSet(QStringLiteral("stage"))) {
        const auto stage = Stages::fromKey(parser.value(QStringLiteral("stage")));
        if (!stage)
            return CommandContext::fail(Tr::tr("--stage: '%1' is not a stage (%2)")
                                            .arg(parser.value(QStringLiteral("stage")),
                                                 Stages::keys().join(QStringLiteral(", "))));
        draft.stage = *stage;
    }
    auto added = AccountLifecycle(*book).add(draft);
    if (!added)
        return CommandContext::fail(added.error());
    context.print(QString::number(added->accountId));
    return 0;
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    auto filter = accountFilter(parser);
    if (!filter)
        return 1;
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book || !addSegmentConditions(*book, parser, *filter))
        return 1;
    // Rows go from SQLite to the output as UTF-8: the list may hold the whole book.
    const QList<Column> shown =
        listColumns(parser.value(QStringLiteral("format")) == QLatin1String("table"));
    // Each shown column's place among the repository's raw columns.
    const QStringList raw = AccountRepository::selectColumns().split(QStringLiteral(", "));
    QList<int> picked;
    for (const Column &column : shown) {
        const QString name = column.key == u"start"     ? QStringLiteral("start_on")
                             : column.key == u"renewal" ? QStringLiteral("renewal_on")
                                                        : column.key;
        picked << int(raw.indexOf(name));
        Q_ASSERT(picked.constLast() >= 0);
    }
    const int arrColumn = int(raw.indexOf(QStringLiteral("arr")));
    const Currency &currency = book->currency();
    writer->begin(shown);
    {
        auto rows = AccountRepository(*book).rows(*filter);
        if (!rows)
            return CommandContext::fail(rows.error());
        QVarLengthArray<QByteArrayView, 16> cells;
        QByteArray money;
        while (rows->next()) {
            cells.clear();
            for (int i : std::as_const(picked)) {
                if (i == arrColumn && currency.digits() > 0) {
                    money = currency.toPlain(rows->integer(i)).toUtf8();
                    cells.append(money);
                } else {
                    cells.append(rows->text(i));
                }
            }
            writer->row(std::span<const QByteArrayView>(cells.constData(), cells.size()));
        }
        if (rows->error())
            return CommandContext::fail(*rows->error());
    }
    return context.finish(*writer);
}

int show(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = idArgument(parser);
    if (!id)
        return 1;
    auto writer = context.writer(parser, RecordWriter::Shape::Single);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto account = AccountRepository(*book).get(*id);
    if (!account)
        return CommandContext::fail(account.error());
    auto history = StageRepository(*book).history(*id, Dates::today());
    if (!history)
        return CommandContext::fail(history.error());

    QList<Column> columns = listColumns(false);
    QStringList row = values(*account, columns, book->currency());
    columns << Column{QStringLiteral("currency"), Tr::tr("Currency")}
            << Column{QStringLiteral("status"), Tr::tr("Status")}
            << Column{QStringLiteral("stage_since"), Tr::tr("In stage since")}
            << Column{QStringLiteral("days_in_stage"), Tr::tr("Days in stage"), ColumnType::Number}
            << Column{QStringLiteral("days_to_renewal"), Tr::tr("Days to renewal"),
                      ColumnType::Number};
    const bool hasStage = !history->isEmpty();
    row << book->currency().code()
        << (account->isChurned() ? QStringLiteral("churned") : QStringLiteral("active"))
        << (hasStage ? Dates::toIso(history->last().enteredOn) : QString())
        << (hasStage ? QString::number(history->last().days) : QString())
        << (account->renewalOn && !account->isChurned()
                ? QString::number(Dates::daysBetween(Dates::today(), *account->renewalOn))
                : QString());
    writer->begin(columns);
    writer->row(row);
    return context.finish(*writer);
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = idArgument(parser);
    if (!id)
        return 1;
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto changes = AccountChanges::parse(parser.positionalArguments().mid(1), book->currency());
    if (!changes)
        return CommandContext::fail(changes.error());
    const auto edited =
        AccountLifecycle(*book).edit(*id, *changes, *date, parser.value(QStringLiteral("note")));
    return edited ? 0 : CommandContext::fail(edited.error());
}

int churn(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = idArgument(parser);
    if (!id)
        return 1;
    if (!parser.isSet(QStringLiteral("date")))
        return CommandContext::usage(Tr::tr("account churn: --date is required"));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    ChurnRecord record{*date, {}, parser.value(QStringLiteral("reason")), {}};
    for (const QString &word : parser.value(QStringLiteral("voc")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        record.vocIds << word.trimmed().toLongLong(&ok);
        if (!ok)
            return CommandContext::usage(Tr::tr("--voc: '%1' is not a VOC entry id").arg(word));
    }
    Book *book = context.book();
    if (!book)
        return 1;
    // The category as given, else the reason's text when it names one (価格, price …).
    const QString category = parser.value(QStringLiteral("category"));
    if (!category.isEmpty()) {
        const auto code = ChurnReasons(*book).resolve(category);
        if (!code)
            return CommandContext::fail(QStringLiteral("--category: ") + code.error().message);
        record.reasonCode = *code;
    } else if (!record.note.isEmpty()) {
        const auto found = ChurnReasons(*book).find(record.note);
        if (!found)
            return CommandContext::fail(found.error());
        if (*found && !(*found)->retired)
            record.reasonCode = (*found)->code;
    }
    const auto churned = AccountLifecycle(*book).churn(*id, record);
    return churned ? 0 : CommandContext::fail(churned.error());
}

int renew(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = idArgument(parser);
    if (!id)
        return 1;
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    bool termOk = false;
    const int term = parser.value(QStringLiteral("term-months")).toInt(&termOk);
    if (!termOk)
        return CommandContext::fail(Tr::tr("--term-months: '%1' is not a whole number")
                                        .arg(parser.value(QStringLiteral("term-months"))));
    Book *book = context.book();
    if (!book)
        return 1;
    std::optional<Minor> arr;
    if (parser.isSet(QStringLiteral("arr"))) {
        auto amount = book->currency().parse(parser.value(QStringLiteral("arr")));
        if (!amount)
            return CommandContext::fail(QStringLiteral("--arr: ") + amount.error().message);
        arr = *amount;
    }
    auto renewal = AccountLifecycle(*book).renew(*id, *date, arr, term,
                                                 parser.value(QStringLiteral("note")));
    if (!renewal)
        return CommandContext::fail(renewal.error());
    context.print(Dates::toIso(renewal->after.renewalOn.value_or(Date())));
    return 0;
}

int reactivate(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = idArgument(parser);
    if (!id)
        return 1;
    if (!parser.isSet(QStringLiteral("date")))
        return CommandContext::usage(Tr::tr("account reactivate: --date is required"));
    if (!parser.isSet(QStringLiteral("arr")))
        return CommandContext::usage(Tr::tr("account reactivate: --arr is required"));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto arr = book->currency().parse(parser.value(QStringLiteral("arr")));
    if (!arr)
        return CommandContext::fail(QStringLiteral("--arr: ") + arr.error().message);
    const auto back = AccountLifecycle(*book).reactivate(*id, *date, *arr,
                                                         parser.value(QStringLiteral("note")));
    return back ? 0 : CommandContext::fail(back.error());
}

void textOption(QCommandLineParser &p, const char *name, const QString &help,
                const QString &valueName)
{
    p.addOption({QString::fromLatin1(name), help, valueName});
}

} // namespace

QList<Command> accountCommands()
{
    return {
        {QStringLiteral("account add"), {},
         Tr::tr("Add an account; prints its id."), 0, 0,
         [](QCommandLineParser &p) {
             textOption(p, "name", Tr::tr("The company's name (required)."), QStringLiteral("NAME"));
             textOption(p, "external-id", Tr::tr("The CRM's id for it."), QStringLiteral("ID"));
             textOption(p, "csm", Tr::tr("The owning CSM."), QStringLiteral("NAME"));
             textOption(p, "touch", Tr::tr("Touch model: high, low or tech."), QStringLiteral("T"));
             textOption(p, "plan", Tr::tr("The plan."), QStringLiteral("P"));
             textOption(p, "industry", Tr::tr("The industry."), QStringLiteral("I"));
             textOption(p, "source", Tr::tr("The acquisition source."), QStringLiteral("S"));
             textOption(p, "arr", Tr::tr("Annual recurring revenue."), QStringLiteral("AMOUNT"));
             textOption(p, "start", Tr::tr("Contract start."), QStringLiteral("DATE"));
             textOption(p, "renewal", Tr::tr("Renewal date."), QStringLiteral("DATE"));
             textOption(p, "stage", Tr::tr("First stage (default onboarding)."),
                        QStringLiteral("STAGE"));
         },
         add},
        {QStringLiteral("account list"), {}, Tr::tr("List accounts."), 0, 0,
         [](QCommandLineParser &p) {
             addAccountFilterOptions(p);
             p.addOption(CommandContext::formatOption());
         },
         list},
        {QStringLiteral("account show"), QStringLiteral("ID"),
         Tr::tr("Show an account: fields, current stage, health score and band."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, show},
        {QStringLiteral("account set"), QStringLiteral("ID FIELD=VALUE..."),
         Tr::tr("Change fields (name, external_id, csm, touch, plan, industry, source, arr, "
                "start, renewal); an ARR change is kept as a dated event."),
         2, -1,
         [](QCommandLineParser &p) {
             textOption(p, "date", Tr::tr("When an ARR change took effect (default today)."),
                        QStringLiteral("DATE"));
             textOption(p, "note", Tr::tr("A note kept with the ARR change."), QStringLiteral("TEXT"));
         },
         set},
        {QStringLiteral("account churn"), QStringLiteral("ID"),
         Tr::tr("Record that an account churned, with the date and reason."), 1, 1,
         [](QCommandLineParser &p) {
             textOption(p, "date", Tr::tr("The churn date (required)."), QStringLiteral("DATE"));
             textOption(p, "reason", Tr::tr("Why the customer left, as a note (a category's label or "
                                            "code here also sets the category)."),
                        QStringLiteral("TEXT"));
             textOption(p, "category", Tr::tr("The reason's category: its code or label (csw churn-reason "
                                              "list)."),
                        QStringLiteral("CODE"));
             textOption(p, "voc", Tr::tr("The VOC entries behind the churn, linked to it."),
                        QStringLiteral("ID[,ID...]"));
         },
         churn},
        {QStringLiteral("account renew"), QStringLiteral("ID"),
         Tr::tr("Record a renewal and move the renewal date on by the term; prints the new "
                "renewal date."),
         1, 1,
         [](QCommandLineParser &p) {
             textOption(p, "date", Tr::tr("The renewal's date (default today)."),
                        QStringLiteral("DATE"));
             textOption(p, "arr", Tr::tr("The ARR from this renewal on."), QStringLiteral("AMOUNT"));
             p.addOption({QStringLiteral("term-months"), Tr::tr("The contract term (default 12)."),
                          QStringLiteral("N"), QStringLiteral("12")});
             textOption(p, "note", Tr::tr("A note kept with the renewal."), QStringLiteral("TEXT"));
         },
         renew},
        {QStringLiteral("account reactivate"), QStringLiteral("ID"),
         Tr::tr("Bring a churned account back at a new ARR, from a date on."), 1, 1,
         [](QCommandLineParser &p) {
             textOption(p, "date", Tr::tr("The day it came back (required)."),
                        QStringLiteral("DATE"));
             textOption(p, "arr", Tr::tr("Its ARR from that day (required)."),
                        QStringLiteral("AMOUNT"));
             textOption(p, "note", Tr::tr("A note kept with the return."), QStringLiteral("TEXT"));
         },
         reactivate},
    };
}

} // namespace csw::cli
