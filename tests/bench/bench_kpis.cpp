// SPDX-License-Identifier: MIT
// The KPI engine's benchmark: the full KPI set by CSM for a fiscal year, and the cohort
// retention table (monthly cohorts x 36 months), on generated books of 50k and 100k accounts
// (24 months of history), timed in this process against one plain scan of the same book's
// ARR events, and how the cost grows from 50k to 100k. The end-to-end
// `csw report kpis` is compared with `sqlite3` running that scan. Both sides of every ratio
// run in this run, so the ratios hold on a noisy machine.
#include "BenchSupport.h"

#include "book/Book.h"
#include "metrics/Cohorts.h"
#include "metrics/KpiEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace csw;

namespace {

const QString cswProgram = QStringLiteral(CSW_EXECUTABLE);
const QString scanSql = QStringLiteral("SELECT count(*), sum(arr_after - arr_before) FROM arr_event");

QProcessEnvironment environment(const QString &today)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CSW_TODAY"), today);
    env.remove(QStringLiteral("CSW_BOOK"));
    return env;
}

double timedProcess(const QString &program, const QStringList &arguments, const QString &today)
{
    return bench::timed(program, arguments, environment(today));
}

void report(const QString &what, double value, double baseline, const char *target)
{
    printf("%-64s %8.3f s  %8.3f s  %6.2fx  %s\n", what.toUtf8().constData(), value, baseline,
           value / baseline, target);
}

struct Timing
{
    double kpis = 1e300;   // KpiEngine::compute, the best of the runs
    double scan = 1e300;   // the plain scan of arr_event on the same connection
    double cohorts = 1e300;   // Cohorts::compute, monthly cohorts x 36 months
    qint64 accounts = 0;
};

// One timing of each on `book`, keeping the best so far in `t`; false when one failed.
bool measure(Book &book, const Period &year, const Date &today, Timing &t)
{
    const KpiSettings settings;
    QElapsedTimer timer;
    timer.start();
    auto r = KpiEngine(book).compute(year, KpiGrouping::Csm, settings, today);
    if (!r) {
        fprintf(stderr, "bench: %s\n", qPrintable(r.error().message));
        return false;
    }
    t.kpis = std::min(t.kpis, double(timer.nsecsElapsed()) / 1e9);
    t.accounts = r->total.counts.accountsEnd;
    timer.restart();
    QSqlQuery query(book.database());
    if (!query.exec(scanSql) || !query.next() || query.value(0).toLongLong() <= 0)
        return false;
    t.scan = std::min(t.scan, double(timer.nsecsElapsed()) / 1e9);
    timer.restart();
    CohortRequest request;
    request.months = 36;
    request.today = today;
    const auto cohorts = Cohorts::compute(book, request);
    if (!cohorts) {
        fprintf(stderr, "bench: %s\n", qPrintable(cohorts.error().message));
        return false;
    }
    t.cohorts = std::min(t.cohorts, double(timer.nsecsElapsed()) / 1e9);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench KPI benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("small"), QStringLiteral("Accounts in the small book."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Accounts in the large book."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("The books' today (CSW_TODAY)."),
                      QStringLiteral("DATE"), QStringLiteral("2026-11-23")});
    parser.process(app);
    const QString small = parser.value(QStringLiteral("small"));
    const QString large = parser.value(QStringLiteral("large"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString todayText = parser.value(QStringLiteral("today"));
    const auto today = Dates::parseIso(todayText);
    if (!today) {
        fprintf(stderr, "bench: --today: %s is not a date\n", qPrintable(todayText));
        return 2;
    }
    const Period year = Period::fiscalYearOf(*today, KpiSettings::DefaultFiscalYearStartMonth);

    QTemporaryDir dir;
    printf("CS Workbench KPI benchmarks (%d cores), %s by CSM, today %s\n",
           QThread::idealThreadCount(), qPrintable(year.label()), qPrintable(todayText));
    std::map<QString, std::unique_ptr<Book>> books;
    for (const QString &size : {small, large}) {
        const QString path = dir.filePath(QStringLiteral("demo-%1.sqlite").arg(size));
        const double made = timedProcess(cswProgram, {QStringLiteral("--book"), path, QStringLiteral("demo"),
                                                      QStringLiteral("--accounts"), size,
                                                      QStringLiteral("--months"), QStringLiteral("24")},
                                         todayText);
        if (made < 0)
            return 1;
        printf("  made a demo book of %s accounts in %.1f s\n", qPrintable(size), made);
        auto opened = Book::open(path);
        if (!opened) {
            fprintf(stderr, "bench: %s\n", qPrintable(opened.error().message));
            return 1;
        }
        books[size] = std::move(*opened);
    }
    // The two books take turns, so that a busy moment of the machine hits both alike.
    QMap<QString, Timing> timings;
    for (int i = 0; i < runs; ++i) {
        for (const QString &size : {small, large}) {
            if (!measure(*books[size], year, *today, timings[size]))
                return 1;
        }
    }
    printf("%-64s %10s  %10s  %7s  %s\n", "measure", "value", "baseline", "ratio", "target");
    for (const QString &size : {small, large}) {
        const Timing &t = timings[size];
        report(QStringLiteral("KPIs by CSM, %1 accounts, vs one scan of arr_event").arg(size),
               t.kpis, t.scan, "<= 10x");
    }
    const QByteArray growthTarget = QStringLiteral("<= %1x (linear)")
                                        .arg(1.05 * large.toDouble() / small.toDouble(), 0, 'f', 1)
                                        .toUtf8();
    report(QStringLiteral("KPIs by CSM, %1 accounts vs %2").arg(large, small), timings[large].kpis,
           timings[small].kpis, growthTarget.constData());
    for (const QString &size : {small, large})
        report(QStringLiteral("Cohort table x 36 months, %1 accounts, vs one scan").arg(size),
               timings[size].cohorts, timings[size].scan, "<= 3x");
    report(QStringLiteral("Cohort table, %1 accounts vs %2").arg(large, small), timings[large].cohorts,
           timings[small].cohorts, "<= 2.1x");

    // End to end: the command a user runs, against sqlite3 doing the plain scan.
    const QString largeBook = dir.filePath(QStringLiteral("demo-%1.sqlite").arg(large));
    double command = 1e300, sqlite = 1e300;
    for (int i = 0; i < runs; ++i) {
        command = std::min(command, timedProcess(cswProgram, {QStringLiteral("--book"), largeBook,
                                                       QStringLiteral("report"), QStringLiteral("kpis"),
                                                       QStringLiteral("--by"), QStringLiteral("csm"),
                                                       QStringLiteral("--period"), year.label()},
                                                 todayText));
        sqlite = std::min(sqlite, timedProcess(QStringLiteral("sqlite3"), {largeBook, scanSql}, todayText));
    }
    report(QStringLiteral("csw report kpis --by csm (%1) vs sqlite3 scan").arg(large), command,
           sqlite, "(reference)");
    // The cohort table's floor: sqlite3 only reading, in the order needed, the rows the table is
    // made from (each account's start, stage events and ARR events), against the same scan.
    const QString cohortRows = QStringLiteral(
        "SELECT count(*), sum(length(s)) FROM (SELECT COALESCE(a.start_on, (SELECT MIN(e.occurred_on) "
        "FROM arr_event e WHERE e.account_id = a.id AND e.kind = 'new')) s FROM account a ORDER BY a.id);"
        "SELECT count(*), sum(length(stage)) FROM (SELECT account_id, entered_on, stage FROM stage_event "
        "ORDER BY account_id, entered_on, id);"
        "SELECT count(*), sum(arr_after) FROM (SELECT account_id, occurred_on, arr_after FROM arr_event "
        "ORDER BY account_id, occurred_on, id);");
    double floor = 1e300;
    for (int i = 0; i < runs; ++i)
        floor = std::min(floor, timedProcess(QStringLiteral("sqlite3"), {largeBook, cohortRows}, todayText));
    report(QStringLiteral("floor: sqlite3 reading the cohort table's rows (%1) vs its scan").arg(large), floor,
           sqlite, "(floor)");
    double cohortCommand = 1e300;
    for (int i = 0; i < runs; ++i)
        cohortCommand = std::min(cohortCommand, timedProcess(cswProgram, {QStringLiteral("--book"), largeBook,
                                                                          QStringLiteral("report"), QStringLiteral("cohorts"),
                                                                          QStringLiteral("--months"), QStringLiteral("36")},
                                                             todayText));
    report(QStringLiteral("csw report cohorts --months 36 (%1) vs that floor").arg(large), cohortCommand, floor,
           "(reference)");
    printf("  %s accounts active at the end of %s in the large book\n",
           qPrintable(QString::number(timings[large].accounts)), qPrintable(year.label()));
    return 0;
}
