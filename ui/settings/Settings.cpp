// SPDX-License-Identifier: MIT
#include "settings/Settings.h"

#include "book/BookLocation.h"

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
    // "2": the columns sized to their content and the chooser's hidden ones (a layout saved
    // before them would bring back the old widths).
    static const Setting<QByteArray> s(QStringLiteral("accounts/header2"), {});
    return s;
}

const Setting<QByteArray> &vocSplitter()
{
    static const Setting<QByteArray> s(QStringLiteral("voc/splitter"), {});
    return s;
}

const Setting<QByteArray> &vocHeader()
{
    static const Setting<QByteArray> s(QStringLiteral("voc/header2"), {});   // as accounts/header2
    return s;
}

const Setting<QString> &accountExportEncoding()
{
    static const Setting<QString> s(QStringLiteral("accounts/exportEncoding"), QStringLiteral("utf-8"));
    return s;
}

const Setting<QString> &vocExportEncoding()
{
    static const Setting<QString> s(QStringLiteral("voc/exportEncoding"), QStringLiteral("utf-8-bom"));
    return s;
}

const Setting<bool> &vocExportAnonymize()
{
    static const Setting<bool> s(QStringLiteral("voc/exportAnonymize"), false);
    return s;
}

const Setting<QString> &vocExportFolder()
{
    static const Setting<QString> s(QStringLiteral("voc/exportFolder"), {});
    return s;
}

const Setting<QString> &importFolder()
{
    static const Setting<QString> s(QStringLiteral("import/folder"), {});
    return s;
}

const Setting<int> &backupsToKeep()
{
    static const Setting<int> s(QStringLiteral("book/backupsToKeep"), 7);
    return s;
}

const Setting<QString> &myCsm()
{
    static const Setting<QString> s(QStringLiteral("myday/csm"), {});
    return s;
}

const Setting<int> &quickWinDays()
{
    static const Setting<int> s(QStringLiteral("myday/quickWinDays"), 30);
    return s;
}

const Setting<bool> &eraDates()
{
    static const Setting<bool> s(QStringLiteral("ui/eraDates"), false);
    return s;
}

void rememberBook(const QString &path)
{
    // A team book's URL as it is (it holds no password); a file by its absolute path.
    const QString absolute = BookLocation::isUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList books = recentBooks().value();
    books.removeAll(absolute);
    books.prepend(absolute);
    while (books.size() > 8)
        books.removeLast();
    recentBooks().setValue(books);
}

} // namespace csw::Settings
