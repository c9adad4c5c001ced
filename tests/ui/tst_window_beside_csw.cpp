// SPDX-License-Identifier: MIT
// The window open on a book with its worker threads running (Portfolio, My Day's reminders),
// and real `csw` processes reading and writing beside it: the window keeps its lock, the WAL
// survives, ids never collide, and every write of both sides survives closing the window.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../cli/CliTest.h"

#include "accounts/AccountLifecycle.h"
#include "book/OpenBooks.h"
#include "io/CsvReader.h"
#include "metrics/PortfolioView.h"
#include "voc/VocExport.h"
#include "window/MainWindow.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

#include <sys/stat.h>

using namespace csw;

namespace {

// The POSIX locks `pid` holds on `path`, read from /proc/locks ("1: POSIX ADVISORY READ PID
// MAJ:MIN:INODE START END"); a lock waited for ("->") is not held.
int locksHeld(qint64 pid, const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    int held = 0;
    const QString inode = QString::number(quint64(info.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList f = QString::fromLatin1(line).simplified().split(u' ');
        if (f.size() < 6 || f.at(1) == u"->"_s)
            continue;
        if (f.at(4).toLongLong() == pid && f.at(5).section(u':', 2) == inode)
            ++held;
    }
    return held;
}

qint64 addInWindow(MainWindow &window, const QString &name)
{
    Account a;
    a.name = name;
    a.arr = 120000;
    const auto added = AccountLifecycle(*window.book()).add(a);
    return added ? added->accountId : -1;
}

// Opens `path` in `window` on Portfolio (its loader reads on a connection of its own), then
// My Day (reminders are made on another), and waits until the Portfolio has computed.
bool openWithWorkers(MainWindow &window, const QString &path)
{
    window.show();
    if (!window.openBook(path))
        return false;
    window.showView(3);
    auto *portfolio = window.findChild<PortfolioView *>();
    if (!portfolio
        || !QTest::qWaitFor([&] { return !portfolio->isComputing() && portfolio->data(); }, 20000))
        return false;
    window.showView(0);
    QTest::qWait(500);
    return true;
}

QProcess *startWindowProcess(const QString &path, const QString &settings)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CSW_TODAY"_s, u"2026-11-23"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, settings);
    env.insert(u"XDG_DATA_HOME"_s, settings);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CSW_GUI_EXECUTABLE), {u"--view"_s, u"4"_s, path});
    return process;
}

} // namespace

class TestWindowBesideCsw : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"csworkbench-test"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void writesOfBothSidesSurvive_data()
    {
        QTest::addColumn<int>("windowsHere");
        QTest::addColumn<bool>("windowProcess");
        QTest::newRow("one window") << 1 << false;
        QTest::newRow("two windows in one process") << 2 << false;
        QTest::newRow("a window here and one in another process") << 1 << true;
    }
    void writesOfBothSidesSurvive()
    {
        QFETCH(int, windowsHere);
        QFETCH(bool, windowProcess);
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 300));
        f.book.reset();
        const qint64 pid = QCoreApplication::applicationPid();

        std::vector<std::unique_ptr<MainWindow>> windows;
        for (int i = 0; i < windowsHere; ++i) {
            windows.push_back(std::make_unique<MainWindow>());
            QVERIFY(openWithWorkers(*windows.back(), f.path));
        }
        std::unique_ptr<QProcess> other;
        if (windowProcess) {
            other.reset(startWindowProcess(f.path, m_settings.path()));
            QVERIFY(other->waitForStarted());
            QTest::qWait(3000);
        }
        QVERIFY(QFileInfo::exists(f.path + u"-wal"_s));
        QVERIFY2(locksHeld(pid, f.path) > 0, "the window holds no lock on its book");

        QSet<qint64> ids;
        QStringList names;
        for (int round = 0; round < 4; ++round) {
            EXPECT_EXIT(run(f.path, {u"account"_s, u"list"_s, u"--format"_s, u"csv"_s}), 0);
            QVERIFY2(QFileInfo::exists(f.path + u"-wal"_s), "csw deleted the window's WAL");
            QVERIFY2(locksHeld(pid, f.path) > 0, "the window lost its lock on the book");

            const QString fromCsw = u"csw-%1"_s.arg(round);
            const Run added = run(f.path, {u"account"_s, u"add"_s, u"--name"_s, fromCsw});
            EXPECT_EXIT(added, 0);
            ids.insert(added.text().trimmed().toLongLong());
            const QString fromWindow = u"window-%1"_s.arg(round);
            const qint64 id = addInWindow(*windows[round % windows.size()], fromWindow);
            QVERIFY(id > 0);
            QVERIFY2(!ids.contains(id), "the window and csw gave two accounts the same id");
            ids.insert(id);
            names << fromCsw << fromWindow;
        }
        windows.clear();
        if (other) {
            other->terminate();
            QVERIFY(other->waitForFinished(10000));
        }

        const Run list = run(f.path, {u"account"_s, u"list"_s, u"--format"_s, u"csv"_s});
        EXPECT_EXIT(list, 0);
        for (const QString &name : std::as_const(names))
            QVERIFY2(list.text().contains(name), qPrintable(name + u" was lost"_s));
        EXPECT_EXIT(run(f.path, {u"check"_s}), 0);
    }

    // Files chosen by the user never open a descriptor on a book open here: reading one as a
    // CSV or writing a report over it is refused, and the window keeps its lock.
    void anOpenBookIsNeverReadOrWrittenAsAFile()
    {
        BookFixture f;
        QVERIFY(fillDemo(*f.book, 20));
        const qint64 pid = QCoreApplication::applicationPid();
        QVERIFY(locksHeld(pid, f.path) > 0);
        QVERIFY(OpenBooks::contains(f.path));
        QVERIFY(OpenBooks::contains(f.path + u"-wal"_s));
        const auto read = CsvReader::readFile(f.path);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"open in CS Workbench"_s));
        const auto written = VocExport(*f.book).writeFile({}, f.path);
        QVERIFY(!written);
        QVERIFY(locksHeld(pid, f.path) > 0);
        // A second connection (as the Portfolio's loader opens) leaves the first one's lock.
        {
            auto reader = Book::openForReading(f.path);
            QVERIFY(reader);
        }
        QVERIFY2(locksHeld(pid, f.path) > 0, "opening a second connection dropped the lock");
        f.book.reset();
        QVERIFY(!OpenBooks::contains(f.path));
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestWindowBesideCsw)
#include "tst_window_beside_csw.moc"
