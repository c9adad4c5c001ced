// SPDX-License-Identifier: MIT
#include "io/SavedFile.h"

#include "book/OpenBooks.h"

#include <QSaveFile>

namespace csw {

Expected<qint64> SavedFile::write(const QString &path, const std::function<Expected<qint64>(QIODevice *)> &write)
{
    if (auto ok = OpenBooks::refuseFile(path); !ok)
        return ok.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()), ErrorKind::Io};
    auto written = write(&file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()), ErrorKind::Io};
    return written;
}

} // namespace csw
