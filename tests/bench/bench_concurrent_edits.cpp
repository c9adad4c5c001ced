// SPDX-License-Identifier: MIT
// Many people at once: W writers (threads, each with its own connection, as W programs would
// have) each make E edits of the ARR of accounts drawn from a small shared set, on a team book
// on a throwaway PostgreSQL server this program starts itself (tests/pg/pg_server.sh), and
// on an SQLite book. Every edit is one transaction that reads the account and writes it
// only if no one changed it meanwhile (its row version), with the ARR event behind it.
// Checked afterwards, from the book:
// - lost updates: an ARR event whose "before" is not the account's previous "after" (an edit
//   written over another one it never saw), and an acknowledged edit with no event;
// - failures other than "changed by someone else" (a deadlock or lock wait surfaced to the
//   person would count here);
// and the edits per second of W writers against one writer alone, in the same run.
#include "BenchSupport.h"

#include "accounts/Account.h"
#include "accounts/AccountLifecycle.h"
#include "book/Book.h"
#include "common/Money.h"

#include <QCommandLineParser>
#include <QScopeGuard>
#include <QSet>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace csw;

namespace {

struct Outcome
{
    std::atomic<int> acknowledged{0};
    std::atomic<int> conflicts{0};   // refused: someone else changed the account first
    std::atomic<int> failures{0};    // anything else reaching the person
    QMutex mutex;
    QList<std::pair<qint64, Minor>> written;   // every acknowledged edit: account, new ARR
    QString firstFailure;
};

void writer(const QString &book, int index, int edits, const QList<qint64> &accounts, Outcome &out)
{
    auto opened = Book::open(book);
    if (!opened) {
        out.failures += edits;
        QMutexLocker lock(&out.mutex);
        out.firstFailure = opened.error().message;
        return;
    }
    AccountLifecycle lifecycle(**opened);
    QRandomGenerator random(quint32(index) * 7919u + 1u);
    for (int i = 0; i < edits; ++i) {
        AccountChanges change;
        const qint64 id = accounts.at(int(random.bounded(quint32(accounts.size()))));
        change.arr = Minor(1'000'000) * (index + 1) + Minor(i + 1) * 10;   // unique per edit
        const auto done = lifecycle.edit(id, change, Dates::today());
        if (done) {
            ++out.acknowledged;
            QMutexLocker lock(&out.mutex);
            out.written << std::pair{id, *change.arr};
        } else if (done.error().kind == ErrorKind::Stale) {
            ++out.conflicts;
        } else {
            ++out.failures;
            QMutexLocker lock(&out.mutex);
            if (out.firstFailure.isEmpty())
                out.firstFailure = done.error().message;
        }
    }
}

struct Run
{
    double seconds = 0;
    int acknowledged = 0, conflicts = 0, failures = 0, lost = 0, missing = 0;
    QString firstFailure;
};

// Each account's ARR events in order must chain (before = the previous after), and every
// acknowledged edit must be there.
void check(Book &book, const QList<std::pair<qint64, Minor>> &written, Run &run)
{
    auto events = book.query(u"SELECT account_id, arr_before, arr_after FROM arr_event ORDER BY account_id, id"_s);
    if (!events)
        return;
    qint64 account = -1;
    Minor after = 0;
    QSet<QString> present;
    while (events->next()) {
        const qint64 id = events->value(0).toLongLong();
        if (id == account && events->value(1).toLongLong() != after)
            ++run.lost;
        account = id;
        after = events->value(2).toLongLong();
        present.insert(u"%1:%2"_s.arg(id).arg(after));
    }
    for (const auto &[id, arr] : written)
        if (!present.contains(u"%1:%2"_s.arg(id).arg(arr)))
            ++run.missing;
}

Run editAtOnce(const QString &book, int writers, int edits, const QList<qint64> &accounts)
{
    Outcome out;
    QList<QThread *> threads;
    QElapsedTimer timer;
    timer.start();
    for (int w = 0; w < writers; ++w)
        threads << QThread::create(writer, book, w, edits, accounts, std::ref(out));
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.acknowledged = out.acknowledged;
    run.conflicts = out.conflicts;
    run.failures = out.failures;
    run.firstFailure = out.firstFailure;
    if (auto opened = Book::open(book))
        check(**opened, out.written, run);
    return run;
}

// A new book with `count` accounts; their ids.
QList<qint64> makeBook(const QString &book, int count)
{
    QList<qint64> ids;
    auto created = Book::create(book, *Currency::fromCode(u"JPY"_s));
    if (!created) {
        fprintf(stderr, "bench: %s\n", qPrintable(created.error().message));
        return ids;
    }
    AccountLifecycle lifecycle(**created);
    for (int i = 0; i < count; ++i) {
        Account draft;
        draft.name = u"株式会社テスト%1"_s.arg(i + 1);
        draft.arr = 500'000;
        draft.startOn = Dates::today();
        if (auto added = lifecycle.add(draft))
            ids << added->accountId;
    }
    return ids;
}

void print(const char *engine, int writers, int edits, const Run &run, double single)
{
    const double rate = run.acknowledged / run.seconds;
    printf("%-8s %2d writers x %4d edits: %6d written, %5d conflicts, %d other failures, "
           "%d lost updates, %d acknowledged but missing; %7.1f edits/s = %5.2fx one writer "
           "(%.1f edits/s)\n",
           engine, writers, edits, run.acknowledged, run.conflicts, run.failures, run.lost,
           run.missing, rate, rate / single, single);
    if (!run.firstFailure.isEmpty())
        printf("         first failure: %s\n", qPrintable(run.firstFailure));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"writers"_s, u"Writers at once."_s, u"W"_s, u"20"_s});
    parser.addOption({u"edits"_s, u"Edits per writer."_s, u"E"_s, u"500"_s});
    parser.addOption({u"accounts"_s, u"The shared accounts they edit."_s, u"N"_s, u"50"_s});
    parser.process(app);
    const int writers = parser.value(u"writers"_s).toInt();
    const int edits = parser.value(u"edits"_s).toInt();
    const int accounts = parser.value(u"accounts"_s).toInt();

    QTemporaryDir dir;
    // Not inside `dir`: the server runs as an unprivileged user when this runs as root.
    const QString folder = QDir::tempPath() + u"/csw-bench-edits-%1"_s.arg(QCoreApplication::applicationPid());
    if (QProcess::execute(u"sh"_s, {QStringLiteral(CSW_PG_SERVER), u"start"_s, folder}) != 0)
        return 1;
    const auto stop = qScopeGuard(
        [&] { QProcess::execute(u"sh"_s, {QStringLiteral(CSW_PG_SERVER), u"stop"_s, folder}); });
    const auto database = [&](const QString &name) {
        QProcess::execute(u"psql"_s, {u"-h"_s, folder, u"-U"_s, u"postgres"_s, u"-qc"_s,
                                      u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                      "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(name)});
        return u"postgresql://postgres@/%1?host=%2"_s.arg(name, folder);
    };
    printf("Concurrent edits (%d cores): %d writers x %d edits of the ARR of %d shared accounts\n",
           QThread::idealThreadCount(), writers, edits, accounts);
    const QList<std::pair<const char *, std::function<QString(const QString &)>>> engines = {
        {"team", database},
        {"sqlite", [&](const QString &name) { return dir.filePath(name + u".sqlite"_s); }},
    };
    int bad = 0;
    for (const auto &[engine, place] : engines) {
        const QString alone = place(u"alone"_s);
        const auto aloneIds = makeBook(alone, accounts);
        const Run one = editAtOnce(alone, 1, edits, aloneIds);
        const QString shared = place(u"shared"_s);
        const auto ids = makeBook(shared, accounts);
        const Run many = editAtOnce(shared, writers, edits, ids);
        print(engine, writers, edits, many, one.acknowledged / one.seconds);
        bad += many.lost + many.missing + many.failures + one.failures;
    }
    printf("target: 0 lost updates, 0 failures other than conflicts\n");
    return bad == 0 ? 0 : 1;
}
