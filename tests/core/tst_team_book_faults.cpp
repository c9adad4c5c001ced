// SPDX-License-Identifier: MIT
// PostgreSQL only: a team book whose server goes away, as a pulled plug would (pg_ctl stop -m
// immediate), in the middle of a write and between two actions. On a server of its own, since
// the shared test server serves other suites meanwhile.
#include "../BookFixture.h"
#include "../TeamServer.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"

#include <QProcess>
#include <QTest>

using namespace csw;
using namespace Qt::StringLiterals;

class TestTeamBookFaults : public QObject
{
    Q_OBJECT

    QString m_folder = u"/tmp/csw-pg-faults-%1"_s.arg(QCoreApplication::applicationPid());

    bool server(const QString &command)
    {
        return QProcess::execute(u"sh"_s, {QStringLiteral(CSW_PG_SERVER), command, m_folder}) == 0;
    }

    std::unique_ptr<Book> newBook()
    {
        const QString database = TeamServer::newDatabase();
        auto created = Book::create(TeamServer::url(database), *Currency::fromCode(u"JPY"_s));
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created ? std::move(*created) : nullptr;
    }

    static qint64 accounts(Book &book)
    {
        const auto n = AccountRepository(book).count();
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server(u"start"_s));
        qputenv("CSW_TEST_PGHOST", m_folder.toUtf8());   // TeamServer's databases go here
    }
    void cleanupTestCase() { server(u"stop"_s); }
    void cleanup() { server(u"restart"_s); }   // up again, whatever a test left

    // Work that was half done when the server went away is gone as a whole, the user is told
    // the connection was lost, and the next action reconnects by itself.
    void aWriteCutOffLeavesNothing()
    {
        auto book = newBook();
        QVERIFY(book);
        addAccount(*book, u"残る"_s, 100);
        const Status written = book->write([&]() -> Status {
            addAccount(*book, u"途中"_s, 200);
            if (!server(u"crash"_s))
                return Error{u"the test could not stop the server"_s};
            const auto counted = AccountRepository(*book).count();
            return counted ? Status() : Status(counted.error());
        });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::ConnectionLost);
        QVERIFY2(written.error().message.contains(book->path()), qPrintable(written.error().message));
        QVERIFY(server(u"restart"_s));
        QCOMPARE(accounts(*book), qint64(1));   // reconnected: the half-done work is not there
        // A new id, though maybe not 2: PostgreSQL logs its sequences ahead and skips after a crash.
        QVERIFY(addAccount(*book, u"あと"_s, 300) > 1);
        QCOMPARE(accounts(*book), qint64(2));
    }

    // A server down between two actions: the action fails with ConnectionLost and a message
    // naming the book; once it is back, the next one works on a new connection.
    void aServerDownIsSaidAndSurvived()
    {
        auto book = newBook();
        QVERIFY(book);
        addAccount(*book, u"一つ目"_s, 100);
        QVERIFY(server(u"crash"_s));
        const auto read = book->query(u"SELECT count(*) FROM account"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::ConnectionLost);
        QVERIFY2(read.error().message.contains(book->path()), qPrintable(read.error().message));
        // Still down: said again, nothing hangs.
        QCOMPARE(book->query(u"SELECT 1"_s).error().kind, ErrorKind::ConnectionLost);
        QVERIFY(server(u"restart"_s));
        QCOMPARE(accounts(*book), qint64(1));
        // The new connection has the session's settings too (they travel with it).
        for (const auto &[setting, value] : {std::pair{"lock_timeout", "5s"}, std::pair{"jit", "off"}}) {
            auto shown = book->query(u"SHOW %1"_s.arg(QLatin1String(setting)));
            QVERIFY(shown && shown->next());
            QCOMPARE(shown->value(0).toString(), QLatin1String(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamBookFaults)
#include "tst_team_book_faults.moc"
