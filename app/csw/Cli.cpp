// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "CommandContext.h"
#include "book/BookPaths.h"

#include <QCoreApplication>

#include <cstdio>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<Command> allCommands()
{
    return bookCommands() + accountCommands() + stageCommands() + healthCommands()
           + scorecardCommands() + reportCommands() + cohortCommands() + churnReasonCommands() + npsCommands() + contactCommands() + segmentCommands() + bulkCommands() + touchCommands() + playbookCommands() + programCommands() + handoffCommands() + vocCommands() + vocListCommands() + accountExportCommands()
           + importCommands() + workCommands() + teamCommands();
}

void printText(FILE *stream, const QString &text)
{
    fputs(text.toLocal8Bit().constData(), stream);
    fflush(stream);
}

QString programHelp()
{
    QString text = Tr::tr("Usage: csw [--book PATH] COMMAND [ARGS]\n\n"
                          "CS Workbench on the command line: the book of accounts, their "
                          "stages and revenue.\n\n"
                          "Options:\n"
                          "  --book PATH    the book to use (default: $CSW_BOOK, else "
                          "book.sqlite in the application's data folder)\n"
                          "  -h, --help     show this help; 'csw COMMAND --help' for a command\n"
                          "  -v, --version  show the version\n\n"
                          "Commands:\n");
    const QList<Command> commands = allCommands();
    qsizetype width = 0;
    for (const Command &c : commands)
        width = std::max(width, c.name.size());
    for (const Command &c : commands)
        text += QStringLiteral("  ") + c.name.leftJustified(width + 2) + c.summary
                + QLatin1Char('\n');
    text += Tr::tr("\nExit status: 0 success, 1 the command failed, 2 wrong usage.\n");
    return text;
}

QString commandHelp(const Command &command, const QCommandLineParser &parser)
{
    // QCommandLineParser names the program itself; put the whole command line in its place.
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const QString usage = Tr::tr("Usage: csw [--book PATH] %1 [options] %2")
                              .arg(command.name, command.arguments)
                              .trimmed();
    return usage + help.mid(lineEnd);
}

int runCommand(const Command &command, const QString &bookPath, const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (command.addOptions)
        command.addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("csw")} + rest))
        return CommandContext::usage(command.name + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(help)) {
        printText(stdout, commandHelp(command, parser));
        return 0;
    }
    if (parser.isSet(version)) {
        printText(stdout, QStringLiteral("csw %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < command.minArguments
        || (command.maxArguments >= 0 && given > command.maxArguments)) {
        return CommandContext::usage(
            Tr::tr("%1: expected %2").arg(command.name, command.arguments.isEmpty()
                                                           ? Tr::tr("no arguments")
                                                           : command.arguments));
    }
    CommandContext context(bookPath);
    return command.run(context, parser);
}

} // namespace

int run(const QStringList &arguments)
{
    QString bookPath;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--book")) {
            if (i + 1 >= arguments.size())
                return CommandContext::usage(Tr::tr("--book needs a PATH"));
            bookPath = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--book="))) {
            bookPath = arg.mid(7);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printText(stdout, programHelp());
            return 0;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            printText(stdout, QStringLiteral("csw %1\n").arg(QCoreApplication::applicationVersion()));
            return 0;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return CommandContext::usage(Tr::tr("unknown option %1").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printText(stderr, programHelp());
        return 2;
    }
    if (bookPath.isEmpty())
        bookPath = BookPaths::defaultBook();

    const QList<Command> commands = allCommands();
    const QString word = arguments[i];
    const QString pair = i + 1 < arguments.size() ? word + QLatin1Char(' ') + arguments[i + 1]
                                                  : QString();
    for (const Command &command : commands) {
        if (command.name == pair)
            return runCommand(command, bookPath, arguments.mid(i + 2));
    }
    for (const Command &command : commands) {
        if (command.name == word)
            return runCommand(command, bookPath, arguments.mid(i + 1));
    }
    QStringList known;
    for (const Command &command : commands) {
        if (command.name.startsWith(word + QLatin1Char(' ')))
            known << command.name.mid(word.size() + 1);
    }
    if (!known.isEmpty() && (pair.endsWith(QLatin1String(" --help"))
                             || pair.endsWith(QLatin1String(" -h")))) {
        QString text = Tr::tr("Usage: csw [--book PATH] %1 COMMAND [ARGS]\n\nCommands:\n").arg(word);
        for (const Command &command : commands) {
            if (command.name.startsWith(word + QLatin1Char(' ')))
                text += QStringLiteral("  ") + command.name.leftJustified(18) + command.summary
                        + QLatin1Char('\n');
        }
        printText(stdout, text);
        return 0;
    }
    if (!known.isEmpty())
        return CommandContext::usage(Tr::tr("'%1' needs one of: %2")
                                         .arg(word, known.join(QStringLiteral(", "))));
    return CommandContext::usage(Tr::tr("'%1' is not a csw command").arg(word));
}

} // namespace csw::cli
