// SPDX-License-Identifier: MIT
#pragma once

#include "book/Book.h"
#include "common/Dates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A fresh book in a temporary folder, for tests that work on a real file.
struct BookFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("book.sqlite"));
    std::unique_ptr<csw::Book> book;

    explicit BookFixture(const QString &currency = QStringLiteral("JPY"))
    {
        auto created = csw::Book::create(path, *csw::Currency::fromCode(currency));
        if (!created)
            qFatal("cannot create a book: %s", qPrintable(created.error().message));
        book = std::move(*created);
    }
};

// The bytes of a file, to show a failed action left it exactly as it was.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline csw::Date date(const char *iso)
{
    return *csw::Dates::parseIso(QString::fromLatin1(iso));
}
