// SPDX-License-Identifier: MIT
#include "book/BookMaintenance.h"

#include "book/BackupRotation.h"
#include "book/Book.h"
#include "book/BookCopy.h"
#include "book/BookLocation.h"
#include "book/Dialect.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {
// The book's rules about itself, each a query counting the rows that break it.
QList<std::pair<const char *, QString>> ruleChecks(const Dialect &dialect)
{
    const QString date = QStringLiteral(
        "SELECT (SELECT count(*) FROM account WHERE %1 OR %2) + (SELECT count(*) FROM stage_event "
        "WHERE %3)")
        .arg(dialect.notIsoDate(QStringLiteral("start_on")), dialect.notIsoDate(QStringLiteral("renewal_on")),
             dialect.notIsoDate(QStringLiteral("entered_on")));
    return {
        {QT_TRANSLATE_NOOP("BookMaintenance", "accounts whose stage differs from their last stage event"),
         QStringLiteral("SELECT count(*) FROM account a WHERE a.stage <> (SELECT e.stage FROM stage_event e "
                        "WHERE e.account_id = a.id ORDER BY e.entered_on DESC, e.id DESC LIMIT 1)")},
        {QT_TRANSLATE_NOOP("BookMaintenance", "accounts without any stage event"),
         QStringLiteral("SELECT count(*) FROM account a WHERE NOT EXISTS "
                        "(SELECT 1 FROM stage_event e WHERE e.account_id = a.id)")},
        {QT_TRANSLATE_NOOP("BookMaintenance", "active accounts whose ARR differs from their last ARR event"),
         QStringLiteral("SELECT count(*) FROM account a WHERE a.stage <> 'churned' AND a.arr <> coalesce("
                        "(SELECT e.arr_after FROM arr_event e WHERE e.account_id = a.id "
                        "ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1), 0)")},
        {QT_TRANSLATE_NOOP("BookMaintenance", "dates that are not YYYY-MM-DD"), date},
    };
}

// integrity_check's lines about an index that disagrees with its table (a missing, extra or
// duplicate entry): REINDEX rebuilds those from the table and loses nothing.
bool isIndexOnly(const QString &line)
{
    static const QRegularExpression index(QStringLiteral(
        "^(row \\d+ missing from index |wrong # of entries in index |non-unique entry in index )"));
    return index.match(line).hasMatch();
}

QAtomicInt copyCounter;
} // namespace

Status BookMaintenance::backup(const Book &book, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{tr("%1 exists already; a backup never overwrites a file").arg(target)};
    if (book.engine() == BookEngine::Postgres) {   // a local snapshot, read in one transaction
        if (BookLocation::isUrl(target))
            return Error{tr("a backup of a team book is a local SQLite file, not %1").arg(target)};
        auto copied = BookCopy::copyTo(book, target);
        return copied ? Status() : Status(copied.error());
    }
    QSqlQuery query(book.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        return Error{tr("the backup to %1 failed: %2").arg(target, book.errorFrom(query).message)};
    }
    return {};
}

Status BookMaintenance::copyFile(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{tr("%1 exists already; a copy never overwrites a file").arg(target)};
    const QString name = QStringLiteral("csw-copy-%1").arg(copyCounter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(target);
            if (!query.exec())
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (failure.isEmpty())
        return {};
    QFile::remove(target);
    return Error{tr("cannot copy %1 to %2: %3").arg(source, target, failure)};
}

Expected<QStringList> BookMaintenance::problems(const Book &book)
{
    QStringList problems;
    QSqlQuery query(book.database());
    // SQLite checks its file and references here; a PostgreSQL server keeps both itself.
    if (book.engine() == BookEngine::Postgres)
        return ruleProblems(book);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return book.errorFrom(query);
    bool indexesOnly = true;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        problems << tr("integrity: %1").arg(line);
        indexesOnly = indexesOnly && isIndexOnly(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return book.errorFrom(query);
    while (query.next()) {
        problems << tr("a row of %1 points to a missing %2 (row id %3)")
                        .arg(query.value(0).toString(), query.value(2).toString(),
                             query.value(1).toString());
        indexesOnly = false;
    }
    if (!problems.isEmpty()) {
        if (indexesOnly)
            problems << tr("only indexes disagree with their tables: run 'csw check --reindex' to "
                           "rebuild them from the tables (no data changes)");
        else
            problems << tr("the book is damaged: restore the newest good backup with 'csw restore "
                           "BACKUP' (the automatic backups are in %1)")
                            .arg(BackupRotation::folderFor(book.path()));
        return problems;
    }
    return ruleProblems(book);
}

Expected<QStringList> BookMaintenance::ruleProblems(const Book &book)
{
    QStringList problems;
    QSqlQuery query(book.database());
    for (const auto &[what, sql] : ruleChecks(book.dialect())) {
        if (!query.exec(sql) || !query.next())
            return book.errorFrom(query);
        if (const qint64 n = query.value(0).toLongLong(); n > 0)
            problems << QStringLiteral("%1: %2").arg(tr(what)).arg(n);
    }
    return problems;
}

Status BookMaintenance::reindex(Book &book)
{
    return book.write([&]() -> Status {
        QSqlQuery query(book.database());
        if (!query.exec(QStringLiteral("REINDEX")))
            return book.errorFrom(query);
        return {};
    });
}

} // namespace csw
