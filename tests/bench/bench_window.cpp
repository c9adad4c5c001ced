// SPDX-License-Identifier: MIT
// Opening the workbench on a large book against an empty one: time from start to a shown
// window whose accounts table has painted its first rows (and, separately, to My Day
// painted), and the resident memory then. The
// parent runs itself as a child process for each book (offscreen), best of N.
#include "accounts/AccountsView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

long residentKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

// Child for My Day: open `book` on My Day (what a CSM sees first) and paint it; print ms.
int childMyDay(int argc, char *argv[], const QString &book)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench-bench"));
    csw::MainWindow window;
    window.show();
    window.showView(csw::MainWindow::MyDay);
    if (!window.openBook(book))
        return 1;
    window.showView(csw::MainWindow::MyDay);
    QApplication::processEvents();
    window.repaint();
    printf("%.3f %ld 0 0\n", double(timer.nsecsElapsed()) / 1e6, residentKb());
    return 0;
}

// Child: open `book`, show the window, paint the table; print milliseconds and resident KB.
int child(int argc, char *argv[], const QString &book)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench-bench"));
    csw::MainWindow window;
    window.show();
    if (!window.openBook(book))
        return 1;
    window.showView(csw::MainWindow::Accounts);
    QApplication::processEvents();
    window.accountsView()->table()->viewport()->repaint();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    // Then jump through the table as a dragged scroll bar does, in each sort order, and time
    // the worst jump: what a user would feel as a stall.
    QTableView *table = window.accountsView()->table();
    double worst = 0;
    double worstSort = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        QElapsedTimer sort;
        sort.start();
        table->sortByColumn(column, Qt::AscendingOrder);
        table->viewport()->repaint();
        worstSort = std::max(worstSort, double(sort.nsecsElapsed()) / 1e6);
        const int rows = table->model()->rowCount();
        for (int step = 0; step <= 20; ++step) {
            QElapsedTimer jump;
            jump.start();
            table->scrollTo(table->model()->index(qMax(0, rows - 1) * step / 20, 0));
            table->viewport()->repaint();
            worst = std::max(worst, double(jump.nsecsElapsed()) / 1e6);
        }
    }
    printf("%.3f %ld %.3f %.3f\n", ms, residentKb(), worst, worstSort);
    return 0;
}

struct Sample
{
    double ms = 1e300;
    long kb = 0;
    double worstJump = 1e300;
    double worstSort = 1e300;
};

Sample measure(const QString &self, const QString &book, int runs, const char *mode = "--child")
{
    Sample best;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(self, {QString::fromLatin1(mode), book});
        process.waitForFinished(-1);
        const QList<QByteArray> out = process.readAllStandardOutput().trimmed().split(' ');
        if (process.exitCode() != 0 || out.size() != 4) {
            fprintf(stderr, "bench_window: the child failed: %s\n",
                    process.readAllStandardError().constData());
            return {};
        }
        best.ms = std::min(best.ms, out[0].toDouble());
        best.kb = std::max(best.kb, out[1].toLong());
        best.worstJump = std::min(best.worstJump, out[2].toDouble());
        best.worstSort = std::min(best.worstSort, out[3].toDouble());
    }
    return best;
}

bool run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CSW_EXECUTABLE), arguments);
    process.waitForFinished(-1);
    return process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return child(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
        if (qstrcmp(argv[i], "--child-myday") == 0)
            return childMyDay(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench window benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts in the large book."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const QString accounts = parser.value(QStringLiteral("accounts"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString small = dir.filePath(QStringLiteral("small.sqlite"));
    const QString large = dir.filePath(QStringLiteral("large.sqlite"));
    if (!run({QStringLiteral("--book"), empty, QStringLiteral("init")})
        || !run({QStringLiteral("--book"), small, QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("1000")})
        || !run({QStringLiteral("--book"), large, QStringLiteral("demo"), QStringLiteral("--accounts"), accounts}))
        return 1;
    const QString self = QCoreApplication::applicationFilePath();
    const Sample base = measure(self, empty, runs);
    const Sample big = measure(self, large, runs);
    const Sample thousand = measure(self, small, runs);
    // Taken in turns, so that a busy spell of the shared machine hits both books alike.
    Sample myDayBase, myDayBig;
    for (int i = 0; i < runs; ++i) {
        const Sample e = measure(self, empty, 1, "--child-myday");
        const Sample l = measure(self, large, 1, "--child-myday");
        myDayBase.ms = std::min(myDayBase.ms, e.ms);
        myDayBig.ms = std::min(myDayBig.ms, l.ms);
    }
    printf("CS Workbench window benchmark (%d cores)\n", QThread::idealThreadCount());
    printf("%-58s %10s  %10s  %7s  %s\n", "measure", "value", "baseline", "ratio", "target");
    const QByteArray what = QStringLiteral("open window, %1 accounts vs empty book").arg(accounts).toUtf8();
    printf("%-58s %8.1f ms  %7.1f ms  %6.2fx  <= 1.5x\n", what.constData(), big.ms, base.ms,
           big.ms / base.ms);
    const QByteArray growth = QStringLiteral("open window, %1 accounts vs 1000 accounts").arg(accounts).toUtf8();
    printf("%-58s %8.1f ms  %7.1f ms  %6.2fx  (growth with the book)\n", growth.constData(), big.ms,
           thousand.ms, big.ms / thousand.ms);
    printf("%-58s %8.1f ms  %7.1f ms  %6.2fx  (no stall: < 100 ms)\n",
           "slowest scroll-bar jump, any sort order, large vs 1000", big.worstJump,
           thousand.worstJump, big.worstJump / thousand.worstJump);
    printf("%-58s %8.1f ms  %7.1f ms  %6.2fx  (< 300 ms)\n", "slowest sort by a column, large vs 1000",
           big.worstSort, thousand.worstSort, big.worstSort / thousand.worstSort);
    const QByteArray myDay = QStringLiteral("open on My Day, %1 accounts vs empty book").arg(accounts).toUtf8();
    printf("%-58s %8.1f ms  %7.1f ms  %6.2fx  <= 1.5x\n", myDay.constData(), myDayBig.ms, myDayBase.ms,
           myDayBig.ms / myDayBase.ms);
    printf("%-58s %7.1f MB  %7.1f MB  %+5.1f MB  <= +50 MB\n", "resident memory after opening",
           double(big.kb) / 1024, double(base.kb) / 1024, double(big.kb - base.kb) / 1024);
    return 0;
}
