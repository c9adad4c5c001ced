// SPDX-License-Identifier: MIT
// The book's benchmarks: how demo generation grows (100k accounts against 10k), and how
// `csw account list --format csv` compares with `sqlite3 -csv` reading the same columns of the
// same file. Both sides run in this process's run, so the ratios hold on a noisy machine.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

QString csw = QStringLiteral(CSW_EXECUTABLE);

// Runs a program to completion with its output thrown away; returns seconds, or -1.
double timed(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        fprintf(stderr, "bench: %s failed: %s\n", qPrintable(program),
                process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double bestOf(int runs, const QString &program, const QStringList &arguments)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, timed(program, arguments));
    return best;
}

void report(const char *what, double value, double baseline, const char *target)
{
    printf("%-58s %8.3f s  %8.3f s  %6.2fx  %s\n", what, value, baseline, value / baseline, target);
}

} // namespace

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
    printf("CS Workbench book benchmarks (%d cores)\n", QThread::idealThreadCount());
    printf("%-58s %10s  %10s  %7s  %s\n", "measure", "value", "baseline", "ratio", "target");

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
    const QByteArray demoWhat = QStringLiteral("csw demo, %1 accounts vs %2").arg(large, small).toUtf8();
    const QByteArray demoTarget =
        QStringLiteral("<= %1x (linear)").arg(1.2 * large.toDouble() / small.toDouble()).toUtf8();
    report(demoWhat.constData(), demoLarge, demoSmall, demoTarget.constData());

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
    const QByteArray listWhat = QStringLiteral("csw account list --format csv (%1) vs sqlite3 -csv").arg(large).toUtf8();
    report(listWhat.constData(), list, sqlite, "<= 1.5x");
    return 0;
}
