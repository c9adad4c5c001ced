// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace csw {

class Book;

// The file choosers of the File menu: where a new book goes, which book to open, where a
// backup is written and which automatic backup to restore. An empty path: the person cancelled.
class BookFileDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(BookFileDialogs)

public:
    static QString askNewBook(QWidget *parent);
    static QString askBookToOpen(QWidget *parent);
    // Asks where, then writes a consistent copy of `book` there; the path written.
    static Expected<QString> backUp(QWidget *parent, Book &book);
    // Asks which of `book`'s backups, then copies it next to the book (never over it); the
    // copy's path.
    static Expected<QString> restoreCopy(QWidget *parent, const Book &book);

private:
    static QString filter();
};

} // namespace csw
