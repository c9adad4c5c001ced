// SPDX-License-Identifier: MIT
// Automatic backups: a changed book gets a rotating copy when it closes (the newest N kept), an
// unchanged one does not; restoring makes a new copy and never overwrites.
#include "../BookFixture.h"

#include "accounts/AccountLifecycle.h"
#include "book/BackupRotation.h"
#include "book/BookSession.h"
#include "settings/Settings.h"

#include <QDir>
#include <QStandardPaths>

using namespace csw;
using namespace Qt::StringLiterals;

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rotationKeepsTheNewest()
    {
        BookFixture f;
        QDateTime now(QDate(2026, 11, 23), QTime(9, 0));
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            const auto backup = BackupRotation::run(*f.book, 2, now.addSecs(60 * i));
            QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
            made << *backup;
        }
        QCOMPARE(BackupRotation::list(f.path), (QStringList{made[3], made[2]}));
        QVERIFY(made[3].endsWith(u"book-backups/book-20261123-090300.sqlite"_s));
        // Two in the same second do not overwrite each other.
        const auto again = BackupRotation::run(*f.book, 5, now.addSecs(180));
        QVERIFY(again && *again != made[3]);
        QVERIFY(!BackupRotation::run(*f.book, 0));
    }

    void restoringMakesANewCopy()
    {
        BookFixture f;
        Account a;
        a.name = u"さくら"_s;
        QVERIFY(AccountLifecycle(*f.book).add(a));
        const auto backup = BackupRotation::run(*f.book, 3);
        QVERIFY(backup);
        const QByteArray before = fileHash(f.path);
        const auto copy = BackupRotation::restoreCopy(*backup, f.path);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        QVERIFY(*copy != f.path && copy->contains(u"book-restored-"_s));
        QCOMPARE(fileHash(f.path), before);
        auto opened = Book::open(*copy);
        QVERIFY(opened);
        QSqlQuery q((*opened)->database());
        QVERIFY(q.exec(u"SELECT name FROM account"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"さくら"_s);
        // Not a book: refused, nothing left behind.
        const QString junk = f.dir.filePath(u"junk.sqlite"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a book");
        file.close();
        const int files = QDir(f.dir.path()).entryList(QDir::Files).size();
        QVERIFY(!BackupRotation::restoreCopy(junk, f.path));
        QCOMPARE(QDir(f.dir.path()).entryList(QDir::Files).size(), files);
    }

    void closingAChangedBookBacksItUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sqlite"_s);
        Settings::backupsToKeep().setValue(2);
        BookSession session;
        QVERIFY(session.create(path, Currency()));
        session.close();   // a new book: created, never changed by the user... but written
        const int afterCreate = int(BackupRotation::list(path).size());
        QVERIFY(session.open(path));
        session.close();   // opened and closed without a change: no backup
        QCOMPARE(BackupRotation::list(path).size(), afterCreate);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(session.open(path));
            Account a;
            a.name = u"A%1"_s.arg(i);
            QVERIFY(AccountLifecycle(*session.book()).add(a));
            session.close();
            QTest::qWait(1100);   // one backup per second
        }
        QCOMPARE(BackupRotation::list(path).size(), 2);
        Settings::backupsToKeep().setValue(0);
        QVERIFY(session.open(path));
        Account a;
        a.name = u"no backup"_s;
        QVERIFY(AccountLifecycle(*session.book()).add(a));
        const QStringList before = BackupRotation::list(path);
        session.close();
        QCOMPARE(BackupRotation::list(path), before);
        Settings::backupsToKeep().setValue(7);
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
