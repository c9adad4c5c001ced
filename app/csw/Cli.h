// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace csw::cli {

class CommandContext;

// One `csw` command ("account add"): its help, its options and what it does.
struct Command
{
    QString name;
    QString arguments;     // positional syntax for the usage line, e.g. "ID FIELD=VALUE..."
    QString summary;       // translated one-line description
    int minArguments = 0;
    int maxArguments = 0;  // -1: no limit
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CommandContext &, const QCommandLineParser &)> run;
};

QList<Command> bookCommands();
QList<Command> accountCommands();
QList<Command> stageCommands();
QList<Command> reportCommands();
QList<Command> cohortCommands();
QList<Command> churnReasonCommands();
QList<Command> npsCommands();
QList<Command> contactCommands();
QList<Command> segmentCommands();
QList<Command> touchCommands();
QList<Command> playbookCommands();
QList<Command> programCommands();
QList<Command> bulkCommands();
QList<Command> handoffCommands();
QList<Command> healthCommands();
QList<Command> scorecardCommands();
QList<Command> vocCommands();
QList<Command> vocListCommands();
QList<Command> accountExportCommands();
QList<Command> importCommands();
QList<Command> workCommands();
QList<Command> teamCommands();

// Runs `csw` with its arguments (arguments[0] is the program); returns the exit status:
// 0 success, 1 the command failed, 2 wrong usage.
int run(const QStringList &arguments);

} // namespace csw::cli
