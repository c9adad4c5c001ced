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
    // What is wrong with the book: SQLite's integrity and foreign-key checks, then the book's
    // own rules (stages and ARR agree with their history, dates are dates). Empty when sound.
    static Expected<QStringList> problems(const Book &book);
};

} // namespace csw
