// SPDX-License-Identifier: MIT
// csw import accounts|health|voc|nps|contacts|handoffs FILE: all rows or none, every bad row listed.
#include "Cli.h"
#include "CommandContext.h"

#include "importing/ImportRunner.h"

#include <QFile>
#include <QRegularExpression>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

constexpr int ShownProblems = 20;

int import(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto kind = ImportRunner::kindFromKey(args[0]);
    if (!kind)
        return CommandContext::usage(Tr::tr("'%1' cannot be imported (accounts, health, voc, nps, contacts, handoffs)").arg(args[0]));
    ImportRequest request;
    request.kind = *kind;
    request.path = args[1];
    request.map = parser.value(QStringLiteral("map"));
    // --set FIELD=VALUE, repeated or joined by commas before the next FIELD=.
    static const QRegularExpression nextField(QStringLiteral(R"(,(?=\s*[a-z_]+=))"));
    for (const QString &option : parser.values(QStringLiteral("set"))) {
        for (const QString &part : option.split(nextField)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return CommandContext::usage(Tr::tr("--set: '%1' is not FIELD=VALUE").arg(part));
            request.constants.append({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
        }
    }
    request.savedMap = parser.value(QStringLiteral("use-map"));
    request.saveMapAs = parser.value(QStringLiteral("save-map"));
    if (const QString e = parser.value(QStringLiteral("encoding")); e != QLatin1String("auto")) {
        request.csv.encoding = TextEncodings::fromKey(e);
        if (!request.csv.encoding)
            return CommandContext::usage(Tr::tr("--encoding: '%1' is not auto, utf-8, cp932 or utf-16").arg(e));
    }
    if (const QString d = parser.value(QStringLiteral("delimiter")); !d.isEmpty() && d != QLatin1String("auto")) {
        const QHash<QString, QChar> delimiters = {{QStringLiteral("comma"), QLatin1Char(',')},
                                                  {QStringLiteral("tab"), QLatin1Char('\t')},
                                                  {QStringLiteral("semicolon"), QLatin1Char(';')}};
        if (!delimiters.contains(d))
            return CommandContext::usage(Tr::tr("--delimiter: '%1' is not auto, comma, tab or semicolon").arg(d));
        request.csv.delimiter = delimiters.value(d);
    }
    const auto order = ImportValues::dateOrderFromKey(parser.value(QStringLiteral("date-order")));
    if (!order)
        return CommandContext::usage(Tr::tr("--date-order: '%1' is not ymd, mdy or dmy")
                                         .arg(parser.value(QStringLiteral("date-order"))));
    request.options.dateOrder = *order;
    const QString duplicates = parser.value(QStringLiteral("on-duplicate"));
    if (duplicates == QLatin1String("update"))
        request.options.duplicates = DuplicatePolicy::Update;
    else if (duplicates == QLatin1String("skip"))
        request.options.duplicates = DuplicatePolicy::Skip;
    else if (duplicates != QLatin1String("stop"))
        return CommandContext::usage(Tr::tr("--on-duplicate: '%1' is not stop, update or skip").arg(duplicates));
    request.options.dryRun = parser.isSet(QStringLiteral("dry-run"));

    Book *book = context.book();
    if (!book)
        return 1;
    const auto outcome = ImportRunner(*book).run(request);
    if (!outcome)
        return CommandContext::fail(outcome.error());
    const ImportResult &result = outcome->result;
    if (!result.problems.isEmpty()) {
        const QString errors = parser.value(QStringLiteral("errors"));
        if (!errors.isEmpty()) {
            if (auto saved = ImportRunner::saveProblems(result.problems, errors); !saved)
                CommandContext::fail(saved.error());
        }
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(ShownProblems, result.problems.size()); ++i)
            lines << ImportRunner::describe(request.path, result.problems[i]);
        if (result.problems.size() > ShownProblems)
            lines << Tr::tr("… and %1 more; --errors FILE saves them all as CSV")
                         .arg(result.problems.size() - ShownProblems);
        return CommandContext::fail(Tr::tr("nothing was imported from %1 (problems: %2):\n")
                                        .arg(request.path)
                                        .arg(result.problems.size())
                                    + lines.join(QLatin1Char('\n')));
    }
    context.print((request.options.dryRun ? Tr::tr("Dry run: would create %1, update %2, skip %3 (%4; mapping %5).")
                                          : Tr::tr("Imported: created %1, updated %2, skipped %3 (%4; mapping %5)."))
                      .arg(result.created)
                      .arg(result.updated)
                      .arg(result.skipped)
                      .arg(TextEncodings::key(outcome->encoding), outcome->mapping));
    return 0;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {QStringLiteral("import"), QStringLiteral("accounts|health|voc|nps|contacts|handoffs FILE"),
         Tr::tr("Import a CSV or TSV file: every row is checked, then all are written or none."), 2, 2,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("map"),
                          Tr::tr("Which column fills which field, over the suggested mapping: "
                                 "FIELD=COLUMN,... (a header or a column number; empty unmaps)."),
                          QStringLiteral("MAP")});
             p.addOption({QStringLiteral("set"),
                          Tr::tr("A value for every row: FIELD=VALUE,... fills a field no column "
                                 "fills, or a mapped column's empty cells."),
                          QStringLiteral("FIELD=VALUE")});
             p.addOption({QStringLiteral("use-map"), Tr::tr("Start from a mapping saved in the book."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("save-map"), Tr::tr("Save the mapping used in the book under a name."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("encoding"), Tr::tr("The file's encoding (detected by default)."),
                          QStringLiteral("auto|utf-8|cp932|utf-16"), QStringLiteral("auto")});
             p.addOption({QStringLiteral("delimiter"), Tr::tr("The field separator (detected by default)."),
                          QStringLiteral("auto|comma|tab|semicolon"), QStringLiteral("auto")});
             p.addOption({QStringLiteral("date-order"),
                          Tr::tr("How to read dates with the year last, like 04/01/2026."),
                          QStringLiteral("ymd|mdy|dmy"), QStringLiteral("ymd")});
             p.addOption({QStringLiteral("on-duplicate"),
                          Tr::tr("For accounts the book already has (same external id, else name)."),
                          QStringLiteral("stop|update|skip"), QStringLiteral("stop")});
             p.addOption({QStringLiteral("dry-run"), Tr::tr("Check and count, write nothing.")});
             p.addOption({QStringLiteral("errors"), Tr::tr("Save every bad cell to this CSV file."),
                          QStringLiteral("FILE")});
         },
         import},
    };
}

} // namespace csw::cli
