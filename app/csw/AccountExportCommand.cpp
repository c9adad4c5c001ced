// SPDX-License-Identifier: MIT
// csw export accounts: the filtered accounts as CSV for Excel, as the window's "Export list…".
#include "AccountOptions.h"
#include "Cli.h"
#include "CommandContext.h"

#include "accounts/AccountExport.h"

#include <QCoreApplication>

#include <cstdio>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountExportCommand)
};

int exportAccounts(CommandContext &context, const QCommandLineParser &parser)
{
    auto filter = accountFilter(parser);
    if (!filter)
        return 1;
    const QString given = parser.positionalArguments().value(0);
    if (!given.isEmpty() && parser.isSet(QStringLiteral("output")))
        return CommandContext::usage(Tr::tr("give the file once: export accounts FILE, or --output FILE"));
    const QString output = given.isEmpty() ? parser.value(QStringLiteral("output")) : given;
    if (output.isEmpty())
        return CommandContext::usage(Tr::tr("say where to write: export accounts FILE, --output FILE, or "
                                            "--output - for standard output"));
    Book *book = context.book();
    if (!book || !addSegmentConditions(*book, parser, *filter))
        return 1;
    AccountExportOptions options;
    options.filter = *filter;
    const auto encoding = TextEncodings::fromKey(parser.value(QStringLiteral("encoding")));
    if (!encoding || *encoding == TextEncoding::Utf16)
        return CommandContext::usage(Tr::tr("--encoding %1: give utf-8 or cp932")
                                         .arg(parser.value(QStringLiteral("encoding"))));
    options.encoding = *encoding;
    if (parser.isSet(QStringLiteral("no-bom")) && options.encoding != TextEncoding::Utf8)
        return CommandContext::usage(Tr::tr("--no-bom is for UTF-8 files; cp932 has no byte order mark"));
    options.bom = options.encoding == TextEncoding::Utf8 && !parser.isSet(QStringLiteral("no-bom"));
    options.replaceUnencodable = parser.isSet(QStringLiteral("replace-unencodable"));
    if (options.replaceUnencodable && options.encoding != TextEncoding::Cp932)
        return CommandContext::usage(Tr::tr("--replace-unencodable is for cp932: UTF-8 holds every character"));
    options.replaced = [](qint64 account, const QString &column, char32_t character) {
        fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("account %1, column %2: %3 is not in cp932; written as 〓")
                               .arg(account)
                               .arg(column, TextEncodings::describe(character))));
    };
    const AccountExport exporter(*book);
    const auto written = output == QLatin1String("-") ? exporter.write(options, &context.out())
                                                      : exporter.writeFile(options, output);
    if (!written)
        return CommandContext::fail(written.error());
    if (output != QLatin1String("-"))
        fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("%n accounts written to %1", nullptr, int(*written)).arg(output)));
    return 0;
}

} // namespace

QList<Command> accountExportCommands()
{
    return {
        {QStringLiteral("export accounts"), QStringLiteral("[FILE]"),
         Tr::tr("Write the filtered accounts, by name, as CSV for Excel (UTF-8 with a byte order mark)."), 0, 1,
         [](QCommandLineParser &p) {
             addAccountFilterOptions(p);
             p.addOption({QStringLiteral("output"), Tr::tr("The CSV file to write, or - for standard output."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("encoding"), Tr::tr("utf-8 (default) or cp932 for older Japanese Excel."),
                          QStringLiteral("utf-8|cp932"), QStringLiteral("utf-8")});
             p.addOption({QStringLiteral("no-bom"), Tr::tr("Leave out the byte order mark (UTF-8).")});
             p.addOption({QStringLiteral("replace-unencodable"),
                          Tr::tr("cp932: write a character it cannot hold as 〓 (each one listed) "
                                 "instead of stopping.")});
         },
         exportAccounts},
    };
}

} // namespace csw::cli
