// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace csw {

class Book;

// Automatic backups: a consistent copy of the book (VACUUM INTO) in a folder next to it,
// "<book>-backups/<book>-YYYYMMDD-HHMMSS.sqlite", keeping the newest N. Restoring makes a new
// copy next to the book and never overwrites anything.
class BackupRotation final
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    static QString folderFor(const QString &bookPath);
    // The book's backups, newest first.
    static QStringList list(const QString &bookPath);
    // Backs up `book` and deletes all but the newest `keep`; returns the new backup's path.
    static Expected<QString> run(const Book &book, int keep,
                                 const QDateTime &now = QDateTime::currentDateTime());
    // run() when this connection to a local book changed it; an empty path when it did not,
    // or the book is a team book (backed up on its server).
    static Expected<QString> runIfChanged(const Book &book, int keep);
    // Copies `backup` to a new file next to `bookPath`; returns its path.
    static Expected<QString> restoreCopy(const QString &backup, const QString &bookPath,
                                         const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace csw
