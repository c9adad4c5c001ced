// SPDX-License-Identifier: MIT
// The team book's benchmark, on a throwaway PostgreSQL server this program starts itself
// (tests/pg/pg_server.sh): the same demo book as an SQLite file and pushed to a team book,
// then, each against a baseline run in this run:
// - KPIs by CSM for a fiscal year (`csw report kpis --by csm`): team book vs the SQLite book;
// - importing its accounts from CSV into a new team book vs `psql \copy` of the same file into
//   a plain table (the server's own fastest load), and into a new SQLite book (reported: the
//   floor of this import, whose reading and checking cost more than psql's whole load);
// - `csw team push` of the whole book vs `csw backup` of the SQLite book to a new file;
// - opening the window on the Accounts view (bench_window's child): team book vs SQLite book,
//   and the statements the window's connection sends until the first page of accounts, read
//   from the server's statement log (each is a round trip).
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString csw = QStringLiteral(CSW_EXECUTABLE);

// Runs a program and returns what it printed; empty (and a message) when it failed.
QByteArray output(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        fprintf(stderr, "bench: %s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

struct Server
{
    QString folder;
    ~Server()
    {
        if (!folder.isEmpty())
            QProcess::execute(u"sh"_s, {QStringLiteral(CSW_PG_SERVER), u"stop"_s, folder});
    }
    QString url(const QString &database) const
    {
        return u"postgresql://postgres@/%1?host=%2"_s.arg(database, folder);
    }
    bool sql(const QString &statement, const QString &database = u"postgres"_s) const
    {
        return bench::timed(u"psql"_s, {u"-h"_s, folder, u"-U"_s, u"postgres"_s, u"-d"_s, database,
                                        u"-qc"_s, statement}) >= 0;
    }
    bool newDatabase(const QString &name) const
    {
        return sql(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' "
                   "LC_CTYPE 'C.UTF-8'"_s.arg(name));
    }
};

// bench_window's child: the window opened on `book`'s Accounts and painted (seconds), then the
// slowest scroll-bar jump and the slowest sort over its table, any column (milliseconds); the
// best of `runs` each.
struct WindowSample
{
    double open = 1e300, worstJump = 1e300, worstSort = 1e300;
};

WindowSample windowOpen(const QString &book, int runs)
{
    WindowSample best;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CSW_BENCH_WINDOW), {u"--child"_s, book});
        process.waitForFinished(-1);
        const QList<QByteArray> out = process.readAllStandardOutput().trimmed().split(' ');
        if (process.exitCode() != 0 || out.size() < 4)
            return {-1, -1, -1};
        best.open = std::min(best.open, out.at(0).toDouble() / 1000);
        best.worstJump = std::min(best.worstJump, out.at(2).toDouble());
        best.worstSort = std::min(best.worstSort, out.at(3).toDouble());
    }
    return best;
}

// The statements the first connection to log one sends while `work` runs, from the server's
// log (each is a round trip); empty when `work` failed.
QList<QByteArray> statementsOf(const Server &server, const std::function<bool()> &work)
{
    const QString log = server.folder + u"/server.log"_s;
    if (!server.sql(u"ALTER SYSTEM SET log_statement = 'all'"_s)
        || !server.sql(u"ALTER SYSTEM SET log_line_prefix = '%p '"_s) || !server.sql(u"SELECT pg_reload_conf()"_s))
        return {};
    QThread::msleep(200);
    const qint64 from = QFileInfo(log).size();
    const bool done = work();
    server.sql(u"ALTER SYSTEM RESET log_statement"_s);
    server.sql(u"ALTER SYSTEM RESET log_line_prefix"_s);
    server.sql(u"SELECT pg_reload_conf()"_s);
    QFile file(log);
    if (!done || !file.open(QIODevice::ReadOnly) || !file.seek(from))
        return {};
    QByteArray pid;
    QList<QByteArray> statements;
    const QByteArray mark = "LOG:  statement: ";
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype at = line.indexOf(mark);
        if (at < 0)
            continue;
        const QByteArray who = line.left(line.indexOf(' '));
        if (pid.isEmpty())
            pid = who;
        if (who == pid)
            statements << line.mid(at + mark.size());
    }
    return statements;
}

// The statements the window's own connection sends until its first page of accounts.
int roundTripsToFirstPage(const Server &server, const QString &url)
{
    const QList<QByteArray> sent = statementsOf(server, [&] { return windowOpen(url, 1).open > 0; });
    for (qsizetype i = 0; i < sent.size(); ++i)
        if (sent.at(i).startsWith("SELECT id, name, external_id"))
            return int(i + 1);
    return -1;
}

// The floor of a report on a team book: the server sending the rows the report reads, as fast
// as it sends rows (COPY … TO STDOUT through psql, the output thrown away), best of `runs`. The
// statements are the ones the report sent (its connection's handshake left out).
double serverFloor(const Server &server, const QString &database, const QStringList &report, int runs)
{
    const QList<QByteArray> sent = statementsOf(server, [&] {
        return bench::timed(csw, QStringList{u"--book"_s, server.url(database)} + report) >= 0;
    });
    QByteArray script;
    for (const QByteArray &statement : sent)
        if (statement.startsWith("SELECT ") && statement != "SELECT version()" && !statement.startsWith("SELECT '\\"))
            script += "COPY (" + statement + ") TO STDOUT;\n";
    QTemporaryFile file;
    if (script.isEmpty() || !file.open() || file.write(script) != script.size())
        return -1;
    file.flush();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGOPTIONS"_s, u"-c jit=off"_s);   // as csw's connections run
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, bench::timed(u"psql"_s, {u"-h"_s, server.folder, u"-U"_s, u"postgres"_s, u"-d"_s, database,
                                                       u"-q"_s, u"-f"_s, file.fileName()},
                                           env));
    return best;
}

double best(int runs, const QStringList &arguments)
{
    return bench::bestOf(runs, csw, arguments);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"accounts"_s, u"Accounts in the demo book."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"Best of this many runs."_s, u"R"_s, u"3"_s});
    parser.process(app);
    const QString accounts = parser.value(u"accounts"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    qputenv("CSW_TODAY", qgetenv("CSW_TODAY").isEmpty() ? "2026-11-23" : qgetenv("CSW_TODAY"));

    QTemporaryDir dir(QDir::tempPath() + u"/csw-bench-XXXXXX"_s);
    Server server;
    // Not inside `dir` (private to this user): as root the server runs as another user.
    server.folder = QDir::tempPath() + u"/csw-bench-pg-%1"_s.arg(QCoreApplication::applicationPid());
    if (QProcess::execute(u"sh"_s, {QStringLiteral(CSW_PG_SERVER), u"start"_s, server.folder}) != 0)
        return 1;
    const QString local = dir.filePath(u"book.sqlite"_s);
    const QString csv = dir.filePath(u"accounts.csv"_s);
    if (output(csw, {u"--book"_s, local, u"demo"_s, u"--accounts"_s, accounts}).isEmpty())
        return 1;
    QFile file(csv);
    const QByteArray list = output(csw, {u"--book"_s, local, u"account"_s, u"list"_s, u"--format"_s, u"csv"_s});
    if (list.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(list) != list.size())
        return 1;
    file.close();

    bench::header(qPrintable(u"Team book, %1 accounts"_s.arg(accounts)));
    // Moving the book: push to the server vs SQLite's own copy of the file.
    if (!server.newDatabase(u"team"_s))
        return 1;
    const double push = bench::timed(csw, {u"team"_s, u"push"_s, local, server.url(u"team"_s)});
    const double copy = bench::timed(csw, {u"--book"_s, local, u"backup"_s, dir.filePath(u"copy.sqlite"_s)});
    bench::report(u"csw team push vs csw backup (SQLite file copy)"_s, push, copy, u"report"_s);

    const QStringList kpis = {u"report"_s, u"kpis"_s, u"--by"_s, u"csm"_s, u"--format"_s, u"json"_s};
    const double teamKpis = best(runs, QStringList{u"--book"_s, server.url(u"team"_s)} + kpis);
    const double localKpis = best(runs, QStringList{u"--book"_s, local} + kpis);
    bench::report(u"KPIs by CSM: team book vs SQLite book"_s, teamKpis, localKpis, u"<= 1.5x"_s);
    bench::report(u"KPIs floor: the server sending their rows vs SQLite book"_s, serverFloor(server, u"team"_s, kpis, runs),
                  localKpis, u"floor"_s);

    const WindowSample teamWindow = windowOpen(server.url(u"team"_s), runs);
    const WindowSample localWindow = windowOpen(local, runs);
    bench::report(u"window open on Accounts: team book vs SQLite book"_s, teamWindow.open, localWindow.open, u"<= 2x"_s);
    printf("%-58s %7.1f ms  %7.1f ms  %6.2fx  %s\n", "slowest scroll-bar jump, any sort: team vs SQLite",
           teamWindow.worstJump, localWindow.worstJump, teamWindow.worstJump / localWindow.worstJump, "< 100 ms");
    printf("%-58s %7.1f ms  %7.1f ms  %6.2fx  %s\n", "slowest sort of the accounts: team vs SQLite",
           teamWindow.worstSort, localWindow.worstSort, teamWindow.worstSort / localWindow.worstSort, "< 300 ms");
    printf("%-58s %10d  %10s  %7s  %s\n", "round trips until the first page of accounts",
           roundTripsToFirstPage(server, server.url(u"team"_s)), "", "", "<= 12");

    // Importing the accounts: csw into an empty team book vs psql \copy into a plain table.
    double teamImport = 1e300, localImport = 1e300, copyIn = 1e300;
    for (int i = 0; i < runs; ++i) {
        const QString name = u"import%1"_s.arg(i);
        if (!server.newDatabase(name) || !server.newDatabase(name + u"_plain"_s)
            || !server.sql(u"CREATE TABLE plain (id text, name text, external_id text, csm text, touch text, "
                           "plan text, industry text, source text, arr text, start_on text, renewal_on text, "
                           "stage text, churned_on text, churn_reason text, health_score text, health_band text, "
                           "churn_reason_code text)"_s,
                           name + u"_plain"_s)
            || bench::timed(csw, {u"--book"_s, server.url(name), u"init"_s}) < 0)
            return 1;
        teamImport = std::min(teamImport, bench::timed(csw, {u"--book"_s, server.url(name), u"import"_s,
                                                             u"accounts"_s, csv}));
        copyIn = std::min(copyIn, bench::timed(u"psql"_s, {u"-h"_s, server.folder, u"-U"_s, u"postgres"_s,
                                                           u"-d"_s, name + u"_plain"_s, u"-qc"_s,
                                                           u"\\copy plain FROM '%1' CSV HEADER"_s.arg(csv)}));
        const QString fresh = dir.filePath(u"import%1.sqlite"_s.arg(i));
        if (bench::timed(csw, {u"--book"_s, fresh, u"init"_s}) < 0)
            return 1;
        localImport = std::min(localImport, bench::timed(csw, {u"--book"_s, fresh, u"import"_s, u"accounts"_s, csv}));
    }
    bench::report(u"import accounts: team book vs psql \\copy"_s, teamImport, copyIn, u"<= 3x"_s);
    bench::report(u"import accounts: team book vs SQLite book"_s, teamImport, localImport, u"report"_s);
    // The floor: reading, mapping, checking and writing the rows with this import, on the
    // fastest engine it has (a local file, no server in between).
    bench::report(u"import floor: the same import into SQLite vs psql \\copy"_s, localImport, copyIn, u"floor"_s);
    return 0;
}
