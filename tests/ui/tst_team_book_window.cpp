// SPDX-License-Identifier: MIT
// The window on a team book (on the tests' throwaway PostgreSQL server): File ▸ Connect to
// Team Book's dialog, the book it opens, its title, Open Recent, and a server that refuses.
#include "../BookFixture.h"
#include "../FakeToday.h"
#include "../TeamServer.h"

#include "accounts/AccountDetailView.h"
#include "accounts/AccountTableModel.h"
#include "accounts/AccountsView.h"
#include "book/BookSession.h"
#include "book/TeamBookDialog.h"
#include "settings/Settings.h"
#include "team/TeamMembers.h"
#include "voc/VocDetailPanel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace csw;
using namespace Qt::StringLiterals;

namespace {
// Fills the dialog's fields in their order: server, database, user, password.
void fill(TeamBookDialog &dialog, const QStringList &texts, int port)
{
    const QStringList names = {u"host"_s, u"database"_s, u"user"_s, u"password"_s};
    for (int i = 0; i < texts.size(); ++i)
        dialog.findChild<QLineEdit *>(names[i])->setText(texts[i]);
    dialog.findChild<QSpinBox *>()->setValue(port);
}
} // namespace

class TestTeamBookWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TeamServer::available(), "CSW_TEST_PGHOST names no test server (run through ctest)");
        QCoreApplication::setOrganizationName(u"csworkbench-test"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }
    void init() { QSettings().clear(); }

    void dialogMakesTheUrl_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("url");
        QTest::newRow("a server") << QStringList{u"db.example.co.jp"_s, u"cs_team"_s, u"misaki"_s}
                                  << 5432 << u"postgresql://misaki@db.example.co.jp/cs_team"_s;
        QTest::newRow("another port") << QStringList{u"db"_s, u"cs_team"_s, u"misaki"_s} << 6543
                                      << u"postgresql://misaki@db:6543/cs_team"_s;
        QTest::newRow("a socket folder") << QStringList{u"/run/postgresql"_s, u"cs"_s, u""_s} << 5432
                                         << u"postgresql:///cs?host=/run/postgresql"_s;
    }

    void dialogMakesTheUrl()
    {
        QFETCH(QStringList, fields);
        QFETCH(int, port);
        QFETCH(QString, url);
        TeamBookDialog dialog({});
        fill(dialog, fields, port);
        QCOMPARE(dialog.location().display(), url);
        // And starts from it the next time.
        TeamBookDialog again(url);
        QCOMPARE(again.location().display(), url);
        QVERIFY(again.password().isEmpty());
    }

    void keepingThePasswordNeedsOne()
    {
        TeamBookDialog dialog({});
        fill(dialog, {u"db"_s, u"cs_team"_s, u"misaki"_s}, 5432);
        auto *keep = dialog.findChild<QCheckBox *>(u"keep"_s);
        keep->setChecked(true);
        QVERIFY(!dialog.keepPassword());   // nothing typed: nothing to keep
        fill(dialog, {u"db"_s, u"cs_team"_s, u"misaki"_s, u"pw"_s}, 5432);
        QVERIFY(dialog.keepPassword());
        QCOMPARE(dialog.password(), u"pw"_s);
        keep->setChecked(false);
        QVERIFY(!dialog.keepPassword());
    }

    // A password typed for a team book is used for its connections and written nowhere.
    void aTypedPasswordIsNeverSaved()
    {
        const QString url = TeamServer::url(TeamServer::newDatabase());
        QVERIFY(Book::create(url, *Currency::fromCode(u"JPY"_s)));
        const auto location = BookLocation::parse(url);
        QVERIFY(location);
        BookLocation::rememberPassword(*location, u"秘密-pw-7"_s);
        QCOMPARE(BookLocation::parse(url)->password(), u"秘密-pw-7"_s);
        {
            MainWindow window;
            QVERIFY(window.openBook(url));
        }
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(url.toUtf8()) || saved.contains("recent"));
        QVERIFY(!saved.contains("pw-7"));
        BookLocation::rememberPassword(*location, {});
    }

    void windowOpensATeamBook()
    {
        const QString url = TeamServer::url(TeamServer::newDatabase());
        {
            auto book = Book::create(url, *Currency::fromCode(u"JPY"_s));
            QVERIFY2(book, book ? "" : qPrintable(book.error().message));
            addAccount(**book, u"株式会社さくら物流"_s, 1'200'000, u"佐藤 美咲"_s);
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(url));
        QVERIFY2(window.windowTitle().contains(u"(team book)"_s), qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().startsWith(url.section(u'/', 3).section(u'?', 0, 0)));
        QCOMPARE(Settings::recentBooks().value().value(0), url);
        window.showView(MainWindow::Accounts);
        AccountTableModel *model = window.accountsView()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), u"株式会社さくら物流"_s);
        // A team book's backups are the server's: no local ones to restore from.
        QVERIFY(!window.findChild<MainActions *>()->restoreBackup->isEnabled());
    }

    // What a person's role does not allow is disabled, and says why on hover: a CSM changes
    // their own accounts, not a colleague's; a viewer logs no VOC and imports nothing.
    void theWindowFollowsTheRole()
    {
        const QString database = TeamServer::newDatabase();
        qint64 mine = 0, theirs = 0, forProduct = 0, forMarketing = 0;
        {
            auto book = Book::create(TeamServer::url(database), *Currency::fromCode(u"JPY"_s));
            QVERIFY2(book, book ? "" : qPrintable(book.error().message));
            mine = addAccount(**book, u"株式会社さくら物流"_s, 1'200'000, u"佐藤 美咲"_s);
            theirs = addAccount(**book, u"株式会社ひので商事"_s, 3'000'000, u"田中 翔太"_s);
            TeamMembers people(**book);
            QVERIFY(people.add({u"sato"_s, TeamRole::Csm, u"佐藤 美咲"_s, {}, false}));
            QVERIFY(people.add({u"mori"_s, TeamRole::Viewer, {}, u"product"_s, false}));
            VocEntry entry;
            entry.text = u"請求書をPDFで"_s;
            entry.links = {{mine, Importance::Important}};
            entry.loggedOn = date("2026-11-20");
            auto added = VocService(**book).add(entry);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
            forProduct = *added;
            entry.target = VocTarget::Marketing;
            added = VocService(**book).add(entry);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
            forMarketing = *added;
        }
        const auto as = [&](const QString &login) {
            return u"postgresql://%1@/%2?host=%3"_s.arg(login, database, TeamServer::socketFolder());
        };
        BookSession session;
        QVERIFY(session.open(as(u"sato"_s)));
        AccountDetailView view(session);
        auto *move = view.findChild<QPushButton *>(u"moveStageButton"_s);
        auto *log = view.findChild<QPushButton *>(u"logActivityButton"_s);
        view.showAccount(theirs);
        QVERIFY(!move->isEnabled());
        QVERIFY(!log->isEnabled());
        QVERIFY2(move->toolTip().contains(u"佐藤 美咲"_s), qPrintable(move->toolTip()));
        view.showAccount(mine);
        QVERIFY(move->isEnabled());
        QVERIFY(log->isEnabled());

        // A viewer notes the entries handed to their team, not another team's.
        BookSession viewer;
        QVERIFY(viewer.open(as(u"mori"_s)));
        VocDetailPanel panel(viewer);
        auto *note = panel.findChild<QPushButton *>(u"noteButton"_s);
        panel.showEntry(forProduct);
        QVERIFY(note->isEnabled());
        panel.showEntry(forMarketing);
        QVERIFY(!note->isEnabled());
        QVERIFY(!note->toolTip().isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(window.openBook(as(u"mori"_s)));
        auto *actions = window.findChild<MainActions *>();
        QVERIFY(!actions->logVoc->isEnabled());
        QVERIFY(!actions->importFile->isEnabled());
        QVERIFY(!actions->importFile->toolTip().isEmpty());
        QVERIFY(window.openBook(as(u"sato"_s)));
        QVERIFY(actions->logVoc->isEnabled());
        QVERIFY(!actions->importFile->isEnabled());
    }

    // A database that is not there: the window says so, names the server and keeps running.
    void aRefusedConnectionIsShown()
    {
        MainWindow window;
        QString said;
        QTimer closer;   // until the message shows (the keyring is asked first)
        connect(&closer, &QTimer::timeout, &closer, [&said, &closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
                closer.stop();
            }
        });
        closer.start(20);
        QVERIFY(!window.openBook(TeamServer::url(u"no_such_book"_s)));
        QVERIFY2(said.contains(u"no_such_book"_s), qPrintable(said));
        QVERIFY(!window.findChild<BookSession *>()->book());
    }

private:
    const FakeToday m_today{"2026-11-23"};   // the day every test here takes for today
};

QTEST_MAIN(TestTeamBookWindow)
#include "tst_team_book_window.moc"
