// SPDX-License-Identifier: MIT
// What one account change costs the open window, by what the change says (issue 16): the whole
// window on a demo book, each view shown in turn with an account selected, then the session's
// accountChanged told N times as a change to every field (what a change cost when the signal
// named only the account: every listener re-read) and as the change it really is (a plan edit,
// an ARR edit). Printed per change and as a ratio to the every-field baseline of the same run.
// (The Portfolio recomputes off the window's thread, and only for a change to a figure it
// shows: not measured here.)
#include "BenchSupport.h"

#include "accounts/AccountsView.h"
#include "book/BookSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace csw;

namespace {

// Milliseconds per change: `count` changes of account `id` in `what`, each followed by the
// event loop and a repaint, as a change arriving at the window is.
double perChange(MainWindow &window, qint64 id, AccountFields what, int count)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        Q_EMIT window.session().accountChanged(id, what);
        bench::settle();
        window.repaint();
    }
    return double(timer.nsecsElapsed()) / 1e6 / count;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("csworkbench-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CS Workbench change fan-out benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts in the book."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes per measure."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.process(app);
    const int changes = parser.value(QStringLiteral("changes")).toInt();

    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("book.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(CSW_EXECUTABLE), {QStringLiteral("--book"), book, QStringLiteral("demo"),
                                                QStringLiteral("--accounts"), parser.value(QStringLiteral("accounts"))});
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0)
        return 1;
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    if (!window.openBook(book))
        return 1;
    window.showView(MainWindow::Accounts);
    QTableView *table = window.accountsView()->table();
    table->selectRow(0);
    QApplication::processEvents();
    const qint64 id = table->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();

    printf("CS Workbench change fan-out benchmark, %s accounts, per change (%d cores)\n",
           qPrintable(parser.value(QStringLiteral("accounts"))), QThread::idealThreadCount());
    printf("%-58s %10s  %10s  %7s  %s\n", "measure", "value", "baseline", "ratio", "target");
    const AccountFields plan = AccountField::Plan | AccountField::Version;
    const AccountFields arr = AccountField::Arr | AccountField::Version | AccountField::History;
    const struct { const char *name; int view; } views[] = {
        {"Accounts", MainWindow::Accounts}, {"VOC board", MainWindow::Voc}, {"My Day", MainWindow::MyDay}};
    for (const auto &view : views) {
        window.showView(view.view);
        QApplication::processEvents();
        perChange(window, id, AnyAccountField, 3);   // warm
        const double any = perChange(window, id, AnyAccountField, changes);
        const double planMs = perChange(window, id, plan, changes);
        const double arrMs = perChange(window, id, arr, changes);
        const auto line = [&](const char *edit, double ms, const char *target) {
            const QByteArray what = QStringLiteral("%1 edit, %2 shown, vs any-field change").arg(
                QLatin1String(edit), QLatin1String(view.name)).toUtf8();
            printf("%-58s %8.2f ms  %7.2f ms  %6.2fx  %s\n", what.constData(), ms, any, ms / any, target);
        };
        line("plan", planMs, "< 1x (re-reads only what it shows)");
        line("ARR", arrMs, "~1x (every view shows ARR)");
    }
    return 0;
}
