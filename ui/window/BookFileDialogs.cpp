// SPDX-License-Identifier: MIT
#include "window/BookFileDialogs.h"

#include "book/BackupRotation.h"
#include "book/Book.h"
#include "book/BookMaintenance.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace csw {

QString BookFileDialogs::filter()
{
    return tr("CS Workbench books (*.sqlite *.csw);;All files (*)");
}

QString BookFileDialogs::askNewBook(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, tr("New Book"), QDir::home().filePath(tr("book.sqlite")), filter());
}

QString BookFileDialogs::askBookToOpen(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Book"), {}, filter());
}

Expected<QString> BookFileDialogs::backUp(QWidget *parent, Book &book)
{
    const QFileInfo current(book.path());
    const QString suggested = current.dir().filePath(current.completeBaseName() + QLatin1Char('-')
                                                     + QDate::currentDate().toString(Qt::ISODate)
                                                     + QStringLiteral(".sqlite"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Back Up Book"), suggested, filter());
    if (path.isEmpty())
        return QString();
    if (const Status saved = BookMaintenance::backup(book, path); !saved)
        return saved.error();
    return path;
}

Expected<QString> BookFileDialogs::restoreCopy(QWidget *parent, const Book &book)
{
    const QString backup = QFileDialog::getOpenFileName(parent, tr("Restore from Backup"),
                                                        BackupRotation::folderFor(book.path()), filter());
    if (backup.isEmpty())
        return QString();
    return BackupRotation::restoreCopy(backup, book.path());
}

} // namespace csw
