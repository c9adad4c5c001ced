// SPDX-License-Identifier: MIT
#include "book/BackupRotation.h"

#include "book/Book.h"
#include "book/BookMaintenance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {
QString stamp(const QDateTime &now)
{
    return now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}
} // namespace

QString BackupRotation::folderFor(const QString &bookPath)
{
    const QFileInfo info(bookPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QStringList BackupRotation::list(const QString &bookPath)
{
    const QString stem = QFileInfo(bookPath).completeBaseName();
    QDir dir(folderFor(bookPath));
    QStringList names = dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());   // the stamp sorts by time
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths << dir.filePath(name);
    return paths;
}

Expected<QString> BackupRotation::runIfChanged(const Book &book, int keep)
{
    if (book.engine() == BookEngine::Postgres)
        return QString();
    QSqlQuery q(book.database());
    if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next() || q.value(0).toLongLong() == 0)
        return QString();
    q.finish();
    return run(book, keep);
}

Expected<QString> BackupRotation::run(const Book &book, int keep, const QDateTime &now)
{
    if (keep < 1)
        return Error{tr("keep at least one backup")};
    if (book.engine() == BookEngine::Postgres)   // no folder of its own to rotate in
        return Error{tr("a team book is backed up on its server (pg_dump); 'csw backup FILE' "
                        "writes a local snapshot of it")};
    const QString folder = folderFor(book.path());
    if (!QDir().mkpath(folder))
        return Error{tr("cannot make the backup folder %1").arg(folder)};
    QString target = QDir(folder).filePath(QFileInfo(book.path()).completeBaseName() + QLatin1Char('-')
                                           + stamp(now) + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)   // two backups in one second
        target = QDir(folder).filePath(QFileInfo(book.path()).completeBaseName() + QLatin1Char('-')
                                       + stamp(now) + QStringLiteral("-%1.sqlite").arg(n));
    if (auto ok = BookMaintenance::backup(book, target); !ok)
        return ok.error();
    const QStringList all = list(book.path());
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}

Expected<QString> BackupRotation::restoreCopy(const QString &backup, const QString &bookPath,
                                              const QDateTime &now)
{
    if (!QFileInfo::exists(backup))
        return Error{tr("there is no backup %1").arg(backup), ErrorKind::NotFound};
    const QFileInfo info(bookPath);
    QString target = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-restored-")
                                                 + stamp(now) + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-restored-")
                                             + stamp(now) + QStringLiteral("-%1.sqlite").arg(n));
    // Through SQLite, never QFile::copy: the backup may be a book open in this process.
    if (auto ok = BookMaintenance::copyFile(backup, target); !ok)
        return Error{tr("%1 is not a usable backup: %2").arg(backup, ok.error().message)};
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // A backup is a book: opening the copy checks it.
    auto opened = Book::open(target);
    if (!opened) {
        QFile::remove(target);
        return Error{tr("%1 is not a usable backup: %2").arg(backup, opened.error().message)};
    }
    return target;
}

} // namespace csw
