// SPDX-License-Identifier: MIT
// The book's benchmarks: how demo generation grows (100k accounts against 10k), and how
// `csw account list --format csv` compares with `sqlite3 -csv` reading the same columns of the
// same file. Both sides run in this process's run, so the ratios hold on a noisy machine.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
const QString csw = QStringLiteral(CSW_EXECUTABLE);
} // namespace

using bench::bestOf;
using bench::timed;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench book benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("small"), QStringLiteral("Accounts in the small book."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Accounts in the large book."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const QString small = parser.value(QStringLiteral("small"));
    const QString large = parser.value(QStringLiteral("large"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    bench::header("CS Workbench book benchmarks");

    // Demo generation: the large book against the small one (linear growth is large/small).
    double demoSmall = 1e300, demoLarge = 1e300;
    for (int i = 0; i < runs; ++i) {
        const QString s = dir.filePath(QStringLiteral("small-%1.sqlite").arg(i));
        const QString l = dir.filePath(QStringLiteral("large-%1.sqlite").arg(i));
        demoSmall = std::min(demoSmall, timed(csw, {QStringLiteral("--book"), s, QStringLiteral("demo"),
                                                    QStringLiteral("--accounts"), small}));
        demoLarge = std::min(demoLarge, timed(csw, {QStringLiteral("--book"), l, QStringLiteral("demo"),
                                                    QStringLiteral("--accounts"), large}));
    }
    bench::report(QStringLiteral("csw demo, %1 accounts vs %2").arg(large, small), demoLarge, demoSmall,
                  QStringLiteral("<= %1x (linear)").arg(1.2 * large.toDouble() / small.toDouble()));

    // Listing the large book as CSV against sqlite3 -csv selecting the same columns.
    const QString book = dir.filePath(QStringLiteral("large-0.sqlite"));
    const double list = bestOf(runs, csw, {QStringLiteral("--book"), book, QStringLiteral("account"),
                                           QStringLiteral("list"), QStringLiteral("--format"),
                                           QStringLiteral("csv")});
    const double sqlite = bestOf(
        runs, QStringLiteral("sqlite3"),
        {QStringLiteral("-csv"), QStringLiteral("-header"), book,
         QStringLiteral("SELECT id, name, external_id, csm, touch, plan, industry, source, arr, "
                        "start_on, renewal_on, stage, churned_on, churn_reason FROM account "
                        "ORDER BY id")});
    bench::report(QStringLiteral("csw account list --format csv (%1) vs sqlite3 -csv").arg(large), list,
                  sqlite, QStringLiteral("<= 1.5x"));
    return 0;
}
