// SPDX-License-Identifier: MIT
#include "book/OpenBooks.h"

#include <QFile>
#include <QMutex>

#include <map>

#include <sys/stat.h>

namespace csw {

namespace {

using FileId = OpenBooks::FileKey;

// stat(2) only: it opens no descriptor, so asking never drops a lock.
std::optional<FileId> fileId(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{quint64(info.st_dev), quint64(info.st_ino)};
}

QMutex mutex;
std::map<FileId, int> &openFiles()
{
    static std::map<FileId, int> files;
    return files;
}

bool isOpen(const QString &path)
{
    const auto id = fileId(path);
    if (!id)
        return false;
    const QMutexLocker lock(&mutex);
    return openFiles().count(*id) > 0;
}

} // namespace

std::optional<OpenBooks::FileKey> OpenBooks::add(const QString &bookPath)
{
    const auto id = fileId(bookPath);
    if (id) {
        const QMutexLocker lock(&mutex);
        ++openFiles()[*id];
    }
    return id;
}

void OpenBooks::remove(const std::optional<FileKey> &id)
{
    if (!id)
        return;
    const QMutexLocker lock(&mutex);
    auto found = openFiles().find(*id);
    if (found != openFiles().end() && --found->second <= 0)
        openFiles().erase(found);
}

bool OpenBooks::contains(const QString &path)
{
    if (isOpen(path))
        return true;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (path.endsWith(QLatin1String(suffix)) && isOpen(path.chopped(int(qstrlen(suffix)))))
            return true;
    }
    return false;
}

Status OpenBooks::refuseFile(const QString &path)
{
    if (contains(path))
        return Error{tr("%1 is a book open in CS Workbench; choose another file").arg(path),
                     ErrorKind::Invalid};
    return {};
}

} // namespace csw
