// SPDX-License-Identifier: MIT
// Health benchmarks: rescoring every kept score (accounts × monthly snapshots) under a changed
// scorecard, against one plain SQL aggregate over the same measure rows in the same book, and
// how that grows from 50k to 100k accounts.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench health benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("small"), QStringLiteral("Accounts in the small book."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Accounts in the large book."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("snapshots"), QStringLiteral("Monthly scores per account."),
                      QStringLiteral("N"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const QString csw = QStringLiteral(CSW_EXECUTABLE);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString snapshots = parser.value(QStringLiteral("snapshots"));

    QTemporaryDir dir;
    double recompute[2] = {1e300, 1e300};
    double aggregate[2] = {1e300, 1e300};
    const QStringList sizes = {parser.value(QStringLiteral("small")), parser.value(QStringLiteral("large"))};
    QStringList books;
    for (const QString &size : sizes) {
        books << dir.filePath(QStringLiteral("book-%1.sqlite").arg(size));
        if (bench::timed(csw, {QStringLiteral("--book"), books.last(), QStringLiteral("demo"),
                               QStringLiteral("--accounts"), size, QStringLiteral("--health-months"),
                               snapshots}) < 0
            || bench::timed(csw, {QStringLiteral("--book"), books.last(), QStringLiteral("scorecard"),
                                  QStringLiteral("set"), QStringLiteral("usage.weight=40")}) < 0)
            return 1;
    }
    // The books take turns, so that a busy spell of the shared machine hits both alike.
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < 2; ++i) {
            const double r = bench::timed(csw, {QStringLiteral("--book"), books[i], QStringLiteral("scorecard"),
                                                QStringLiteral("recompute")});
            const double a = bench::timed(QStringLiteral("sqlite3"),
                                          {books[i], QStringLiteral("SELECT account_id, measure, count(*), avg(value) "
                                                                    "FROM health_measure GROUP BY account_id, measure")});
            if (r < 0 || a < 0)
                return 1;
            recompute[i] = std::min(recompute[i], r);
            aggregate[i] = std::min(aggregate[i], a);
        }
    }
    bench::header("CS Workbench health benchmarks");
    bench::report(QStringLiteral("rescore %1 accounts x %2 snapshots vs SQL aggregate").arg(sizes[1], snapshots),
                  recompute[1], aggregate[1], QStringLiteral("<= 3x"));
    bench::report(QStringLiteral("rescore %1 accounts vs %2").arg(sizes[1], sizes[0]), recompute[1],
                  recompute[0], QStringLiteral("<= 2.1x"));
    return 0;
}
