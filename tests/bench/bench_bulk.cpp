// SPDX-License-Identifier: MIT
// Bulk actions (issue 19): a task added to each of 10,000 accounts as one step, and that step
// undone, against what SQLite alone takes to insert the same rows with one INSERT … SELECT and
// take them away with one DELETE (sqlite3, the same book, the same run). Reported in seconds
// and as ratios; no target beyond "one step a user can wait for".
#include "BenchSupport.h"

#include "accounts/BulkActions.h"
#include "book/Book.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace csw;

namespace {

// Seconds `work` takes.
template<typename Work>
double seconds(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench bulk action benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts in the book (10000)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the best counts (3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.sqlite"));
    if (bench::timed(QStringLiteral(CSW_EXECUTABLE), {QStringLiteral("--book"), path, QStringLiteral("demo"),
                                                      QStringLiteral("--accounts"), parser.value(QStringLiteral("accounts")),
                                                      QStringLiteral("--health-months"), QStringLiteral("1")})
        < 0)
        return 1;
    // The same rows by hand: every account listed gets the task, owned by its CSM.
    const QString insert = QStringLiteral(
        "BEGIN; INSERT INTO task (account_id, title, owner, due_on, created_on, origin) SELECT id, "
        "'ウェビナー招待メール送付', csm, '2026-12-10', '2026-12-06', 'manual' FROM account WHERE stage <> 'churned'; COMMIT;");
    const QString remove = QStringLiteral("DELETE FROM task WHERE title = 'ウェビナー招待メール送付';");
    double bulk = 1e300, undo = 1e300, sqlInsert = 1e300, sqlDelete = 1e300;
    qint64 accounts = 0;
    for (int run = 0; run < runs; ++run) {
        {
            auto book = Book::open(path);
            if (!book)
                qFatal("bench: %s", qPrintable(book.error().message));
            BulkActions actions(**book);
            auto ids = actions.accounts(AccountFilter());
            if (!ids)
                qFatal("bench: %s", qPrintable(ids.error().message));
            accounts = ids->size();
            Task task;
            task.title = QStringLiteral("ウェビナー招待メール送付");
            task.dueOn = Date(2026, 12, 10);
            task.createdOn = Date(2026, 12, 6);
            Expected<BulkResult> done = Error{QStringLiteral("not run")};
            bulk = std::min(bulk, seconds([&] { done = actions.addTask(*ids, task); }));
            if (!done || done->tasks.size() != accounts)
                qFatal("bench: the bulk task was not added to every account");
            Status undone;
            undo = std::min(undo, seconds([&] { undone = actions.undo(*done); }));
            if (!undone)
                qFatal("bench: %s", qPrintable(undone.error().message));
        }
        const double i = bench::timed(QStringLiteral("sqlite3"), {path, insert});
        const double d = bench::timed(QStringLiteral("sqlite3"), {path, remove});
        if (i < 0 || d < 0)
            return 1;
        sqlInsert = std::min(sqlInsert, i);
        sqlDelete = std::min(sqlDelete, d);
    }
    bench::header("CS Workbench bulk action benchmark");
    bench::report(QStringLiteral("bulk task on %1 accounts vs one INSERT ... SELECT").arg(accounts), bulk,
                  sqlInsert, QStringLiteral("(reference)"));
    bench::report(QStringLiteral("its undo vs one DELETE"), undo, sqlDelete, QStringLiteral("(reference)"));
    return 0;
}
