// SPDX-License-Identifier: MIT
// Segments (issue 19): a three-condition segment over a book of 100k accounts with 24 months of
// health measures, listed by `csw account list --segment`, against one hand-written SQL query
// for the same rows run by sqlite3 in the same run (and the floor: csw listing no account at
// all, which is what starting the program and opening the book cost). Target: at most 1.5x.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench segment benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts in the book."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("months"), QStringLiteral("Monthly health measures per account."),
                      QStringLiteral("N"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const QString csw = QStringLiteral(CSW_EXECUTABLE);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("book.sqlite"));
    const QString conditions = QStringLiteral("adoption < 40 and touch = low and renewal_days <= 120");
    if (bench::timed(csw, {QStringLiteral("--book"), book, QStringLiteral("demo"), QStringLiteral("--accounts"),
                           parser.value(QStringLiteral("accounts")), QStringLiteral("--health-months"),
                           parser.value(QStringLiteral("months"))}) < 0
        || bench::timed(csw, {QStringLiteral("--book"), book, QStringLiteral("segment"), QStringLiteral("add"),
                              QStringLiteral("bench"), conditions}) < 0)
        return 1;
    const QString today = qEnvironmentVariable("CSW_TODAY", QStringLiteral("2026-11-23"));
    // What a developer would write for the same rows and columns.
    const QString handWritten = QStringLiteral(
        "SELECT id, name, csm, touch, plan, arr, renewal_on, stage, health_band FROM account "
        "WHERE stage <> 'churned' AND touch = 'low' AND renewal_on <= date('%1', '+120 days') AND "
        "(SELECT value FROM health_measure m WHERE m.account_id = account.id AND m.measure = 'adoption' "
        "ORDER BY measured_on DESC LIMIT 1) < 40 ORDER BY id").arg(today);
    double segment = 1e300, sql = 1e300, floor = 1e300;
    for (int run = 0; run < runs; ++run) {
        const double s = bench::timed(csw, {QStringLiteral("--book"), book, QStringLiteral("account"), QStringLiteral("list"),
                                            QStringLiteral("--segment"), QStringLiteral("bench"), QStringLiteral("--format"),
                                            QStringLiteral("csv")});
        const double h = bench::timed(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), book, handWritten});
        const double f = bench::timed(csw, {QStringLiteral("--book"), book, QStringLiteral("account"), QStringLiteral("list"),
                                            QStringLiteral("--search"), QStringLiteral("no such account at all"),
                                            QStringLiteral("--format"), QStringLiteral("csv")});
        if (s < 0 || h < 0 || f < 0)
            return 1;
        segment = std::min(segment, s);
        sql = std::min(sql, h);
        floor = std::min(floor, f);
    }
    bench::header("CS Workbench segment benchmark");
    bench::report(QStringLiteral("segment, %1 accounts x %2 months vs hand-written SQL")
                      .arg(parser.value(QStringLiteral("accounts")), parser.value(QStringLiteral("months"))),
                  segment, sql, QStringLiteral("<= 1.5x"));
    bench::report(QStringLiteral("floor: csw listing nothing vs the same SQL"), floor, sql, QStringLiteral("(floor)"));
    return 0;
}
