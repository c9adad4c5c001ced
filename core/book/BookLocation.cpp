// SPDX-License-Identifier: MIT
#include "book/BookLocation.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace csw {

bool BookLocation::isUrl(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("postgresql://"))
        || pathOrUrl.startsWith(QLatin1String("postgres://"));
}

Expected<BookLocation> BookLocation::parse(const QString &pathOrUrl)
{
    BookLocation location;
    if (!isUrl(pathOrUrl)) {
        location.path = pathOrUrl;
        return location;
    }
    location.engine = BookEngine::Postgres;
    const QString rest = pathOrUrl.section(QStringLiteral("://"), 1);
    const QString authority = rest.section(QLatin1Char('/'), 0, 0);
    const QString tail = rest.section(QLatin1Char('/'), 1);
    const QString dbname = tail.section(QLatin1Char('?'), 0, 0);
    const QUrlQuery query(tail.section(QLatin1Char('?'), 1));

    QString hostPort = authority;
    if (authority.contains(QLatin1Char('@'))) {
        const QString userInfo = authority.section(QLatin1Char('@'), 0, -2);
        if (userInfo.contains(QLatin1Char(':')))
            return Error{tr("%1: a team book's URL never holds a password; put it in ~/.pgpass "
                            "(or PGPASSFILE, PGSERVICE) or let the window ask for it")
                             .arg(pathOrUrl.section(QLatin1Char('@'), -1)),
                         ErrorKind::Invalid};
        location.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
        hostPort = authority.section(QLatin1Char('@'), -1);
    }
    if (hostPort.startsWith(QLatin1Char('['))) {   // [::1]:5432
        location.host = hostPort.section(QLatin1Char(']'), 0, 0).mid(1);
        hostPort = hostPort.section(QLatin1Char(']'), 1);
    } else {
        location.host = QUrl::fromPercentEncoding(hostPort.section(QLatin1Char(':'), 0, 0).toUtf8());
        hostPort = hostPort.contains(QLatin1Char(':')) ? hostPort.mid(hostPort.indexOf(QLatin1Char(':')))
                                                       : QString();
    }
    if (hostPort.startsWith(QLatin1Char(':'))) {
        bool ok = false;
        location.port = hostPort.mid(1).toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            return Error{tr("%1: '%2' is not a port number").arg(pathOrUrl, hostPort.mid(1)),
                         ErrorKind::Invalid};
    }
    if (query.hasQueryItem(QStringLiteral("password")))
        return Error{tr("%1: a team book's URL never holds a password; put it in ~/.pgpass "
                        "(or PGPASSFILE, PGSERVICE) or let the window ask for it")
                         .arg(pathOrUrl.section(QLatin1Char('?'), 0, 0)),
                     ErrorKind::Invalid};
    if (query.hasQueryItem(QStringLiteral("host")))
        location.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        location.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("user")))
        location.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    location.database = QUrl::fromPercentEncoding(dbname.toUtf8());
    if (location.database.isEmpty())
        return Error{tr("%1 names no database: write postgresql://[user@]host[:port]/dbname")
                         .arg(pathOrUrl),
                     ErrorKind::Invalid};
    return location;
}

QString BookLocation::server() const
{
    if (host.startsWith(QLatin1Char('/')))
        return tr("the socket in %1").arg(host);
    const QString name = host.isEmpty() ? QStringLiteral("localhost") : host;
    return QStringLiteral("%1:%2").arg(name).arg(port > 0 ? port : 5432);
}

QString BookLocation::title() const
{
    if (engine == BookEngine::Sqlite)
        return QFileInfo(path).fileName();
    return tr("%1 on %2").arg(database, server());
}

namespace {
QMutex passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> typed;
    return typed;
}
} // namespace

void BookLocation::rememberPassword(const BookLocation &location, const QString &password)
{
    const QMutexLocker locker(&passwordsLock);
    if (password.isEmpty())
        passwords().remove(location.display());
    else
        passwords().insert(location.display(), password);
}

QString BookLocation::password() const
{
    const QMutexLocker locker(&passwordsLock);
    return passwords().value(display());
}

QString BookLocation::display() const
{
    if (engine == BookEngine::Sqlite)
        return path;
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (socket)
        url += QStringLiteral("?host=") + host;
    return url;
}

} // namespace csw
