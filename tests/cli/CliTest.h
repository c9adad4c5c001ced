// SPDX-License-Identifier: MIT
// Shared by the csw command-line tests: running the real `csw` executable with a fixed
// environment, and looking at the books it leaves behind.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include "../TeamServer.h"

using namespace Qt::StringLiterals;

struct Run
{
    int code = -1;   // -1: crashed or did not finish
    QByteArray out, err;
    QString text() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs `csw --book BOOK ARGS...` with a fixed today, an English UTF-8 locale and no $CSW_BOOK.
inline Run run(const QString &book, const QStringList &args, const QStringList &extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CSW_BOOK"_s);
    for (const QString &pair : QStringList{u"CSW_TODAY=2026-11-23"_s, u"LANG=C.UTF-8"_s,
                                           u"LC_ALL=C.UTF-8"_s, u"LANGUAGE=en"_s} + extraEnv)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CSW_EXECUTABLE), QStringList{u"--book"_s, book} + args);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = "csw did not finish within 60 s";
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline QString describe(const Run &r, int expected)
{
    return u"exit %1, expected %2\nstdout: %3\nstderr: %4"_s.arg(r.code).arg(expected).arg(
        QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// Fails the test unless `r` exited with `expected`; shows csw's output when it did not.
#define EXPECT_EXIT(r, expected)                                                                  \
    do {                                                                                          \
        const Run finished_ = (r);                                                                \
        if (finished_.code != (expected))                                                         \
            QFAIL(qPrintable(describe(finished_, (expected))));                                   \
    } while (false)

// "account add --name A" -> {"account", "add", "--name", "A"}; for arguments without spaces.
inline QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "(missing)";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A plain connection to a book from the test itself, outside csw: SQLite, or on a team-book
// run the test server's database that the URL names.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
        : m_name(u"raw-%1"_s.arg(++s_count))
    {
        if (path.startsWith(u"postgresql://"_s)) {
            const QUrl url(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
            db.setHostName(QUrlQuery(url).queryItemValue(u"host"_s));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    int number(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

inline int countArrEvents(const QString &book, const char *kind)
{
    RawDb db(book, true);
    return db.number(u"SELECT count(*) FROM arr_event WHERE kind = '%1'"_s.arg(QLatin1String(kind)));
}

inline QList<qint64> ids(const QJsonDocument &doc)
{
    QList<qint64> result;
    for (const QJsonValue &v : doc.array())
        result << v.toObject().value(u"id"_s).toInteger();
    return result;
}

inline const QString Sakura = u"株式会社さくら物流"_s;
inline const QString Misaki = u"佐藤 美咲"_s;

// The README's example account: id 1 in a fresh book.
inline QStringList sakuraAccount()
{
    return {u"account"_s, u"add"_s, u"--name"_s, Sakura, u"--csm"_s, Misaki, u"--touch"_s,
            u"high"_s, u"--arr"_s, u"1200000"_s, u"--start"_s, u"2026-04-01"_s,
            u"--renewal"_s, u"2027-03-31"_s, u"--external-id"_s, u"CRM-1"_s};
}

// A new book in `dir` (a new database on a team-book run) holding the Sakura account (id 1);
// empty when csw could not make it.
inline QString sakuraBook(const QTemporaryDir &dir)
{
    const QString path = newBookPath(dir);
    if (run(path, {u"init"_s}).code != 0 || run(path, sakuraAccount()).out != "1\n")
        return {};
    return path;
}

inline QJsonObject show(const QString &book, const QString &id = u"1"_s)
{
    return run(book, {u"account"_s, u"show"_s, id, u"--format"_s, u"json"_s}).json().object();
}

