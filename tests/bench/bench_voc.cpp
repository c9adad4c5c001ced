// SPDX-License-Identifier: MIT
// The VOC export benchmark: `csw export voc` of 1M entries against `sqlite3 -csv` running the
// same ranked query on the same file in the same run (target <= 1.3x), and the peak memory of
// the export for 1M entries against 100k (streaming: within 20 MB).
#include "BenchSupport.h"

#include "voc/VocQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <vector>

extern char **environ;

namespace {

// The export's SELECT for every entry (SQLite), the values written into it, for sqlite3 on the
// command line.
QString inlineSql(csw::VocSort sort)
{
    QVariantList values;
    QString text = QString::fromUtf8(
        csw::VocQuery::sql(csw::Dialect::of(csw::BookEngine::Sqlite), {}, sort, values));
    qsizetype from = 0;
    for (const QVariant &value : values) {
        QString literal = value.toString();
        if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int)
            literal = QLatin1Char('\'') + literal.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        const qsizetype at = text.indexOf(QLatin1Char('?'), from);
        text.replace(at, 1, literal);
        from = at + literal.size();
    }
    return text;
}

const QString cswProgram = QStringLiteral(CSW_EXECUTABLE);

// Runs a program with its output thrown away; returns its peak resident memory in KB.
long peakKb(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> owned{program.toLocal8Bit()};
    for (const QString &a : arguments)
        owned << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return -1;
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

bool makeBook(const QString &path, const QString &accounts, const QString &entries)
{
    return bench::timed(cswProgram, {QStringLiteral("--book"), path, QStringLiteral("demo"),
                              QStringLiteral("--accounts"), accounts, QStringLiteral("--voc"), entries,
                              QStringLiteral("--health-months"), QStringLiteral("1")})
           >= 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench VOC export benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("small"), QStringLiteral("VOC entries in the small book."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("VOC entries in the large book."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts in both books."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const QString small = parser.value(QStringLiteral("small"));
    const QString large = parser.value(QStringLiteral("large"));
    const QString accounts = parser.value(QStringLiteral("accounts"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const QString smallBook = dir.filePath(QStringLiteral("small.sqlite"));
    const QString largeBook = dir.filePath(QStringLiteral("large.sqlite"));
    if (!makeBook(smallBook, accounts, small) || !makeBook(largeBook, accounts, large))
        return 1;
    bench::header("CS Workbench VOC export benchmark");

    const QStringList exportArgs = {QStringLiteral("export"), QStringLiteral("voc"),
                                    QStringLiteral("--output"), QStringLiteral("-")};
    const QString sql = inlineSql(csw::VocSort::WeightedArr);
    const double ours = bench::bestOf(runs, cswProgram, QStringList{QStringLiteral("--book"), largeBook} + exportArgs);
    const double sqlite = bench::bestOf(runs, QStringLiteral("sqlite3"),
                                        {QStringLiteral("-csv"), QStringLiteral("-header"), largeBook, sql});
    bench::report(QStringLiteral("csw export voc (%1 entries) vs sqlite3 -csv").arg(large), ours, sqlite,
                  QStringLiteral("<= 1.3x"));

    long smallKb = 1L << 40, largeKb = 1L << 40;
    for (int i = 0; i < runs; ++i) {
        smallKb = std::min(smallKb, peakKb(cswProgram, QStringList{QStringLiteral("--book"), smallBook} + exportArgs));
        largeKb = std::min(largeKb, peakKb(cswProgram, QStringList{QStringLiteral("--book"), largeBook} + exportArgs));
    }
    printf("%-58s %7.1f MB  %7.1f MB  %+5.1f MB  <= +20 MB\n",
           qPrintable(QStringLiteral("peak memory of the export, %1 vs %2").arg(large, small)),
           largeKb / 1024.0, smallKb / 1024.0, (largeKb - smallKb) / 1024.0);
    return 0;
}
