// SPDX-License-Identifier: MIT
#include "book/BulkLoad.h"

#include "book/Book.h"

#include <QSqlQuery>

namespace csw {

namespace {
constexpr int LoadCacheKb = 256 * 1024;
}

Expected<BulkLoad> BulkLoad::begin(Book &book, const QStringList &tables, const QStringList &keep)
{
    BulkLoad load(book);
    load.m_tables = tables;
    QSqlQuery q(book.database());
    if (book.engine() == BookEngine::Postgres) {   // references checked at commit; indexes kept
        if (!q.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
            return book.errorFrom(q);
        return load;
    }
    QStringList quoted;
    for (const QString &t : tables)
        quoted << QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    // Indexes with SQL of their own; the automatic ones (sql IS NULL) back constraints.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "sql IS NOT NULL AND tbl_name IN (%1) ORDER BY name")
                    .arg(quoted.join(QLatin1Char(',')))))
        return book.errorFrom(q);
    QStringList names;
    while (q.next()) {
        if (keep.contains(q.value(0).toString()))
            continue;
        names << q.value(0).toString();
        load.m_indexes << q.value(1).toString();
    }
    q.finish();   // an open statement on the schema would lock it
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return book.errorFrom(q);
    }
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(LoadCacheKb));
    // References are checked once at commit, not at every row.
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    return load;
}

bool BulkLoad::wanted(const Book &book, qint64 rows, qint64 from)
{
    return rows >= from || book.engine() == BookEngine::Postgres;
}

Status BulkLoad::finish()
{
    QSqlQuery q(m_book->database());
    if (m_book->engine() == BookEngine::Postgres)
        return advanceSequences(*m_book, m_tables);
    for (const QString &sql : std::as_const(m_indexes)) {
        if (!q.exec(sql))
            return m_book->errorFrom(q);
    }
    m_indexes.clear();
    q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    return {};
}

// Rows written with their ids leave a team book's id sequences behind: each goes on past its
// table's largest id, so the next row added by hand gets a new one.
Status BulkLoad::advanceSequences(Book &book, const QStringList &tables)
{
    for (const QString &table : tables) {
        auto hasId = book.query(QStringLiteral("SELECT pg_get_serial_sequence(table_name, 'id') FROM "
                                               "information_schema.columns WHERE table_schema = "
                                               "current_schema() AND table_name = ? AND column_name = 'id'"),
                                {table});
        if (!hasId)
            return hasId.error();
        if (!hasId->next() || hasId->value(0).isNull())
            continue;
        const QString sequence = hasId->value(0).toString();
        auto moved = book.query(QStringLiteral("SELECT setval(?, coalesce(max(id), 0) + 1, false) FROM %1")
                                    .arg(table),
                                {sequence});
        if (!moved)
            return moved.error();
    }
    return {};
}

Expected<QStringList> BulkLoad::suspendTriggers(Book &book, const QStringList &names)
{
    QSqlQuery q(book.database());
    QStringList statements;
    if (book.engine() == BookEngine::Postgres) {   // switched off for this transaction only
        const QString set = QStringLiteral("SELECT set_config('csw.suspend_%1', '%2', true)");
        for (const QString &name : names) {
            if (!q.exec(set.arg(name, QStringLiteral("on"))))
                return book.errorFrom(q);
            statements << set.arg(name, QStringLiteral("off"));
        }
        return statements;
    }
    for (const QString &name : names) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return book.errorFrom(q);
        if (!q.next())
            continue;
        statements << q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return book.errorFrom(q);
    }
    return statements;
}

Status BulkLoad::restoreTriggers(Book &book, const QStringList &statements)
{
    QSqlQuery q(book.database());
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return book.errorFrom(q);
    }
    return {};
}

} // namespace csw
