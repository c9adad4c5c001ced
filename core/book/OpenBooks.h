// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace csw {

// The book files this process has open through SQLite, known by device and inode.
//
// POSIX advisory locks belong to the process: closing *any* descriptor on a file drops every
// lock the process holds on it (https://sqlite.org/howtocorrupt.html, section 2.2). A QFile
// opened and closed on an open book (or its -wal/-shm) would silently drop the SHARED lock of
// every connection here, and the next `csw` beside the window would think itself the last
// connection, checkpoint and delete the WAL under it. So nothing in this program opens a
// descriptor on a book file except SQLite: readers and writers of user-chosen paths ask here
// first and refuse an open book.
class OpenBooks final
{
    Q_DECLARE_TR_FUNCTIONS(OpenBooks)

public:
    // A book file as the kernel knows it (device, inode): found again after a rename.
    using FileKey = std::pair<quint64, quint64>;

    // Counted: a book opened on two connections stays registered until both are closed.
    // Register right after SQLite opened the file; give back the key when it is closed.
    static std::optional<FileKey> add(const QString &bookPath);
    static void remove(const std::optional<FileKey> &key);
    // True when `path` is an open book here, or its -wal, -shm or -journal file.
    static bool contains(const QString &path);
    // An error naming `path` when it is an open book (for a file about to be read or written
    // outside SQLite), else success.
    static Status refuseFile(const QString &path);
};

} // namespace csw
