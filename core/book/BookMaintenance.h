// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace csw {

class Book;

// Looking after a book as a whole: consistent backups and checks of its integrity and rules.
class BookMaintenance final
{
    Q_DECLARE_TR_FUNCTIONS(BookMaintenance)

public:
    // Writes a consistent copy of `book` to the new file `target` (VACUUM INTO); never
    // overwrites, and leaves no partial file behind on failure.
    static Status backup(const Book &book, const QString &target);
    // Copies the SQLite file `source` (a backup, or a book open elsewhere) to the new file
    // `target` through SQLite itself (VACUUM INTO on a read-only connection): never through a
    // descriptor of our own, which would drop this process's locks on an open book.
    static Status copyFile(const QString &source, const QString &target);
    // What is wrong with the book: SQLite's integrity and foreign-key checks, then the book's
    // own rules (stages and ARR agree with their history, dates are dates). Empty when sound.
    // When SQLite reports only indexes out of step with their tables, the last line says to
    // rebuild them (`csw check --reindex`); for any other damage, to restore from a backup.
    // On a team book, the rules only: the server keeps its storage and references sound.
    static Expected<QStringList> problems(const Book &book);
    // Rebuilds every index from its table (REINDEX), in one transaction.
    static Status reindex(Book &book);

private:
    static Expected<QStringList> ruleProblems(const Book &book);
};

} // namespace csw
