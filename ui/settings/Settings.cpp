// SPDX-License-Identifier: MIT
#include "settings/Settings.h"

#include <QFileInfo>

namespace csw::Settings {

const Setting<QStringList> &recentBooks()
{
    static const Setting<QStringList> s(QStringLiteral("books/recent"), {});
    return s;
}

const Setting<QString> &language()
{
    static const Setting<QString> s(QStringLiteral("ui/language"), {});
    return s;
}

const Setting<int> &lastView()
{
    static const Setting<int> s(QStringLiteral("ui/lastView"), 1);
    return s;
}

const Setting<QByteArray> &windowGeometry()
{
    static const Setting<QByteArray> s(QStringLiteral("window/geometry"), {});
    return s;
}

const Setting<QByteArray> &windowState()
{
    static const Setting<QByteArray> s(QStringLiteral("window/state"), {});
    return s;
}

const Setting<QByteArray> &accountsSplitter()
{
    static const Setting<QByteArray> s(QStringLiteral("accounts/splitter"), {});
    return s;
}

const Setting<QByteArray> &accountsHeader()
{
    static const Setting<QByteArray> s(QStringLiteral("accounts/header"), {});
    return s;
}

void rememberBook(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList books = recentBooks().value();
    books.removeAll(absolute);
    books.prepend(absolute);
    while (books.size() > 8)
        books.removeLast();
    recentBooks().setValue(books);
}

} // namespace csw::Settings
