// SPDX-License-Identifier: MIT
#include "book/BookPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace csw::BookPaths {

QString defaultBook()
{
    const QString fromEnv = qEnvironmentVariable("CSW_BOOK");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("book.sqlite"));
}

} // namespace csw::BookPaths
