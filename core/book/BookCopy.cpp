// SPDX-License-Identifier: MIT
#include "book/BookCopy.h"

#include "book/Book.h"
#include "book/BookLocation.h"
#include "book/BulkLoad.h"
#include "book/BulkStatement.h"
#include "book/ExclusiveWork.h"
#include "book/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace csw {

namespace {

// What every new book starts with: these may hold rows in a book that holds nothing yet.
bool seeded(const QString &table)
{
    static const QStringList tables = {QStringLiteral("book_meta"), QStringLiteral("scorecard"),
                                       QStringLiteral("scorecard_measure"),
                                       QStringLiteral("playbook_task"), QStringLiteral("holiday"),
                                       QStringLiteral("churn_reason")};
    return tables.contains(table);
}

// Up to this many values in one INSERT on a team book: a few hundred rows a statement, far
// below its limit on bound values, saves a round trip per row (BulkStatement's batches).
constexpr int ValuesPerInsert = 2000;

Expected<qint64> copyTable(const Book &from, Book &to, const QString &table)
{
    const QSqlRecord record = to.database().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << QLatin1Char('"') + record.fieldName(i) + QLatin1Char('"');
    if (columns.isEmpty())
        return Error{BookCopy::tr("the table %1 is missing from %2").arg(table, to.path()), ErrorKind::Damaged};
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table)))
        return from.errorFrom(read);
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QLatin1Char(',')),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                               .toUtf8();
    auto insert = BulkStatement::prepare(to, sql.constData(), qMax(1, ValuesPerInsert / int(columns.size())));
    if (!insert)
        return insert.error();
    qint64 copied = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert->bind(read.value(i));
        if (auto ok = insert->run(); !ok)
            return ok.error();
        ++copied;
    }
    if (read.lastError().isValid())
        return from.errorFrom(read);
    if (auto ok = insert->flush(); !ok)
        return ok.error();
    return copied;
}

} // namespace

Expected<bool> BookCopy::holdsNothing(const Book &book)
{
    for (const QString &table : Schema::tables()) {
        if (seeded(table))
            continue;
        auto any = book.query(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!any)
            return any.error();
        if (any->next())
            return false;
    }
    return true;
}

Expected<BookCopy::Summary> BookCopy::copy(const Book &from, Book &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error{tr("%1 (schema %2) and %3 (schema %4) differ; open both with this version "
                        "first")
                         .arg(from.path())
                         .arg(from.schemaVersion())
                         .arg(to.path())
                         .arg(to.schemaVersion())};
    const auto exclusive = ExclusiveWork::begin(to, tr("team push"));
    if (!exclusive)
        return exclusive.error();
    // Every table read from one snapshot of `from`, though others write to it meanwhile.
    QSqlQuery snapshot(from.database());
    if (!snapshot.exec(from.engine() == BookEngine::Postgres
                           ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                           : QStringLiteral("BEGIN")))
        return from.errorFrom(snapshot);
    const QStringList tables = Schema::tables();
    Summary summary;
    const Status written = to.write([&]() -> Status {
        // Emptied first: a bulk load treats a table that holds nothing as a first load.
        QSqlQuery clear(to.database());
        for (auto table = tables.crbegin(); table != tables.crend(); ++table)
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(*table)))
                return to.errorFrom(clear);
        auto load = BulkLoad::begin(to, tables);
        if (!load)
            return load.error();
        // account.stage_on comes with the accounts, as the triggers would have written it.
        auto triggers = BulkLoad::suspendTriggers(to, Schema::stageOnTriggers());
        if (!triggers)
            return triggers.error();
        for (const QString &table : tables) {
            auto rows = copyTable(from, to, table);
            if (!rows)
                return rows.error();
            summary.rows += *rows;
            ++summary.tables;
        }
        if (auto ok = BulkLoad::restoreTriggers(to, *triggers); !ok)
            return ok;
        return load->finish();
    });
    snapshot.exec(QStringLiteral("COMMIT"));   // only read: nothing to lose
    if (!written)
        return written.error();
    BulkLoad::settle(to, tables);
    return summary;
}

Expected<BookCopy::Summary> BookCopy::copyTo(const Book &from, const QString &target)
{
    const bool team = BookLocation::isUrl(target);
    if (!team && QFileInfo::exists(target))
        return Error{tr("%1 exists already; a copy never overwrites a file").arg(target), ErrorKind::Conflict};
    auto made = Book::create(target, from.currency());
    if (!made && team && made.error().kind == ErrorKind::Conflict) {   // a book already
        made = Book::open(target);
        if (made) {
            const auto nothing = holdsNothing(**made);
            if (!nothing)
                return nothing.error();
            if (!*nothing)
                return Error{tr("%1 already holds a book with data; a copy goes only into an "
                                "empty database or a new book")
                                 .arg(target),
                             ErrorKind::Conflict};
        }
    }
    if (!made)
        return made.error();
    auto copied = copy(from, **made);
    if (!copied && !team) {
        made->reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
    }
    return copied;
}

} // namespace csw
