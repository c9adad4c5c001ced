// SPDX-License-Identifier: MIT
// Opening an account's detail when it has many people and a long history (issue 18): an account
// with 50 contacts, a filled hand-off and 500 activities (two contacts at each) against one with none, in the same
// book and the same run, each shown in the real detail view (every panel read, laid out and
// painted). Target: at most 1.5x.
#include "BenchSupport.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountLifecycle.h"
#include "accounts/Contacts.h"
#include "accounts/Handoff.h"
#include "book/Book.h"
#include "book/BookSession.h"
#include "tasks/WorkRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace csw;

namespace {

qint64 addAccount(Book &book, const QString &name)
{
    Account a;
    a.name = name;
    a.csm = QStringLiteral("佐藤 美咲");
    a.arr = 1'200'000;
    a.startOn = Date(2024, 4, 1);
    auto added = AccountLifecycle(book).add(a);
    if (!added)
        qFatal("bench: %s", qPrintable(added.error().message));
    return added->accountId;
}

void fill(Book &book, qint64 account, int contacts, int activities)
{
    const Status written = book.write([&]() -> Status {
        QList<qint64> people;
        for (int i = 0; i < contacts; ++i) {
            Contact c;
            c.accountId = account;
            c.name = QStringLiteral("担当者 %1").arg(i + 1);
            c.title = QStringLiteral("課長");
            c.department = QStringLiteral("情報システム部");
            c.email = QStringLiteral("person%1@example.co.jp").arg(i + 1);
            c.roles = {i % 2 ? ContactRole::User : ContactRole::Champion};
            auto added = Contacts(book).add(c);
            if (!added)
                return added.error();
            people << *added;
        }
        Handoff h;
        h.accountId = account;
        h.salesOwner = QStringLiteral("鈴木 太郎");
        h.purpose = QStringLiteral("請求業務の自動化");
        h.successCriteria = QStringLiteral("請求書作成を1日に短縮（2027-03-31）");
        if (auto ok = Handoffs(book).save(h); !ok)
            return ok;
        for (int i = 0; i < activities; ++i) {
            Activity a;
            a.accountId = account;
            a.kind = ActivityKind::Call;
            a.occurredOn = Date(2026, 11, 20) - boost::gregorian::days(i % 600);
            a.author = QStringLiteral("佐藤 美咲");
            a.text = QStringLiteral("定例ミーティング %1：利用状況と課題を確認").arg(i + 1);
            if (!people.isEmpty())   // two of the contacts took part in each
                a.attendees = {people[i % people.size()], people[(i + 1) % people.size()]};
            if (auto added = WorkRepository(book).addActivity(a, Date(2026, 11, 23)); !added)
                return added.error();
        }
        return {};
    });
    if (!written)
        qFatal("bench: %s", qPrintable(written.error().message));
}

// Milliseconds to show account `id` in `view`, laid out and painted; the best of `runs`, each
// after showing `other` (so every run reads the account afresh and every label changes).
double shown(AccountDetailView &view, qint64 id, qint64 other, int runs)
{
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        view.showAccount(other);
        bench::settle();
        QElapsedTimer timer;
        timer.start();
        view.showAccount(id);
        QApplication::processEvents();
        view.repaint();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Milliseconds to paint account `id` already shown: the floor of showing it (its rows and text
// drawn), the best of `runs`.
double painted(AccountDetailView &view, qint64 id, int runs)
{
    view.showAccount(id);
    QApplication::processEvents();
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        view.repaint();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench account detail benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts of the busy account (50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("activities"), QStringLiteral("Its activities (500)."), QStringLiteral("N"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Best of this many (7)."), QStringLiteral("N"),
                      QStringLiteral("7")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("detail.sqlite"));
    qint64 empty = 0, busy = 0;
    {
        auto book = Book::create(path, *Currency::fromCode(QStringLiteral("JPY")));
        if (!book)
            qFatal("bench: %s", qPrintable(book.error().message));
        empty = addAccount(**book, QStringLiteral("株式会社しずか"));
        busy = addAccount(**book, QStringLiteral("株式会社にぎやか"));
        fill(**book, busy, parser.value(QStringLiteral("contacts")).toInt(),
             parser.value(QStringLiteral("activities")).toInt());
    }
    BookSession session;
    if (!session.open(path))
        qFatal("bench: cannot open the book");
    AccountDetailView view(session);
    view.resize(560, 900);
    view.show();
    QApplication::processEvents();
    shown(view, busy, empty, 1);   // warm: fonts, first layouts
    // Each shown after the other: the baseline too replaces every list and label in view.
    const double none = shown(view, empty, busy, runs);
    const double many = shown(view, busy, empty, runs);
    // The floor: painting the two as they stand, nothing read or laid out.
    const double paintNone = painted(view, empty, runs), paintMany = painted(view, busy, runs);
    bench::header("Account detail: an account with many people and a long history");
    printf("%-58s %8.3f ms  %8.3f ms  %6.2fx  %s\n",
           qPrintable(QStringLiteral("detail, %1 contacts + %2 activities vs none")
                          .arg(parser.value(QStringLiteral("contacts")), parser.value(QStringLiteral("activities")))),
           many, none, many / none, "<= 1.5x");
    printf("%-58s %8.3f ms  %8.3f ms  %6.2fx  %s\n", "floor: painting the same two, already shown", paintMany,
           paintNone, paintMany / paintNone, "(floor)");
    return 0;
}
