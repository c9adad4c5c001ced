// SPDX-License-Identifier: MIT
// csw voc list and csw export voc: the ranked entries, on the terminal or as a CSV report.
#include "AccountOptions.h"
#include "Cli.h"
#include "CommandContext.h"
#include "VocOptions.h"

#include "voc/VocExport.h"

#include <QFile>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VocListCommands)
};

int list(CommandContext &context, const QCommandLineParser &parser)
{
    const auto format = CommandContext::format(parser);
    if (!format)
        return 1;
    const auto filter = vocFilter(parser);
    if (!filter)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    VocExportOptions options;
    options.filter = filter->first;
    const auto segment = segmentConditions(*book, parser);
    if (!segment)
        return 1;
    options.filter.segment = *segment;
    options.sort = filter->second;
    options.format = *format;
    options.brief = *format == RecordWriter::Format::Table;
    const auto written = VocExport(*book).write(options, &context.out());
    return written ? 0 : CommandContext::fail(written.error());
}

int exportVoc(CommandContext &context, const QCommandLineParser &parser)
{
    const auto filter = vocFilter(parser);
    if (!filter)
        return 1;
    VocExportOptions options;
    options.filter = filter->first;
    options.sort = filter->second;
    options.bom = parser.isSet(QStringLiteral("bom"));
    options.anonymize = parser.isSet(QStringLiteral("anonymize"));
    const auto encoding = TextEncodings::fromKey(parser.value(QStringLiteral("encoding")));
    if (!encoding || *encoding == TextEncoding::Utf16)
        return CommandContext::usage(vocChoiceError(QStringLiteral("--encoding"),
                                                    parser.value(QStringLiteral("encoding")),
                                                    {QStringLiteral("utf-8"), QStringLiteral("cp932")}));
    options.encoding = *encoding;
    if (options.bom && options.encoding != TextEncoding::Utf8)
        return CommandContext::usage(Tr::tr("--bom is for UTF-8 files; cp932 has no byte order mark"));
    options.replaceUnencodable = parser.isSet(QStringLiteral("replace-unencodable"));
    if (options.replaceUnencodable && options.encoding != TextEncoding::Cp932)
        return CommandContext::usage(Tr::tr("--replace-unencodable is for cp932: UTF-8 holds every character"));
    options.replaced = [](qint64 entry, const QString &column, char32_t character) {
        fprintf(stderr, "csw: %s\n",
                qPrintable(Tr::tr("VOC entry %1, column %2: %3 is not in cp932; written as 〓")
                               .arg(entry)
                               .arg(column, TextEncodings::describe(character))));
    };
    const QString given = parser.positionalArguments().value(0);
    if (!given.isEmpty() && parser.isSet(QStringLiteral("output")))
        return CommandContext::usage(Tr::tr("give the file once: export voc FILE, or --output FILE"));
    const QString output = given.isEmpty() ? parser.value(QStringLiteral("output")) : given;
    if (output.isEmpty())
        return CommandContext::usage(Tr::tr("say where to write: export voc FILE, --output FILE, or "
                                            "--output - for standard output"));
    Book *book = context.book();
    if (!book)
        return 1;
    const auto segment = segmentConditions(*book, parser);
    if (!segment)
        return 1;
    options.filter.segment = *segment;
    const VocExport exporter(*book);
    const auto written = output == QLatin1String("-") ? exporter.write(options, &context.out())
                                                      : exporter.writeFile(options, output);
    if (!written)
        return CommandContext::fail(written.error());
    if (output != QLatin1String("-"))
        fprintf(stderr, "%s\n", qPrintable(Tr::tr("%n VOC entries written to %1", nullptr, int(*written))
                                               .arg(output)));
    return 0;
}

} // namespace

QList<Command> vocListCommands()
{
    return {
        {QStringLiteral("voc list"), QString(),
         Tr::tr("VOC entries ranked by impact, with their accounts' ARR and ARR at risk."), 0, 0,
         [](QCommandLineParser &p) {
             addVocFilterOptions(p);
             p.addOption(CommandContext::formatOption());
         },
         list},
        {QStringLiteral("export voc"), QStringLiteral("[FILE]"),
         Tr::tr("Write the hand-off report: the filtered VOC entries, ranked, as CSV."), 0, 1,
         [](QCommandLineParser &p) {
             addVocFilterOptions(p);
             p.addOption({QStringLiteral("output"), Tr::tr("The CSV file to write, or - for standard output."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("bom"), Tr::tr("Start with a UTF-8 byte order mark (for Excel).")});
             p.addOption({QStringLiteral("encoding"), Tr::tr("utf-8 (default) or cp932 for older Japanese Excel."),
                          QStringLiteral("utf-8|cp932"), QStringLiteral("utf-8")});
             p.addOption({QStringLiteral("anonymize"),
                          Tr::tr("Leave out customer-identifying columns (account names, contacts).")});
             p.addOption({QStringLiteral("replace-unencodable"),
                          Tr::tr("cp932: write a character it cannot hold as 〓 (each one listed) "
                                 "instead of stopping.")});
         },
         exportVoc},
    };
}

} // namespace csw::cli
