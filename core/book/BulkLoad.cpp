// SPDX-License-Identifier: MIT
#include "book/BulkLoad.h"

#include "book/Book.h"

#include <QSqlQuery>

namespace csw {

namespace {
constexpr int LoadCacheKb = 256 * 1024;

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted << QLatin1Char('\'') + QString(n).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// The tables of `tables` that hold no row (as this transaction sees them), in one statement.
Expected<QStringList> emptyTables(const Book &book, const QStringList &tables)
{
    QStringList parts;
    for (const QString &t : tables)
        parts << QStringLiteral("SELECT '%1' WHERE NOT EXISTS (SELECT 1 FROM %1)").arg(t);
    QSqlQuery q(book.database());
    if (!q.exec(parts.join(QStringLiteral(" UNION ALL "))))
        return book.errorFrom(q);
    QStringList empty;
    while (q.next())
        empty << q.value(0).toString();
    return empty;
}
} // namespace

// A team book's tables that hold nothing yet are loaded as PostgreSQL advises for a first load:
// without their own indexes and references, built and checked once at the end (one sort and
// one join instead of an index entry and a look-up per row). Dropping them locks the tables
// until commit, which only an empty table can afford; tables that hold rows keep theirs, with
// references checked at commit.
Status BulkLoad::beginOnServer(const QStringList &keep)
{
    QSqlQuery q(m_book->database());
    if (!q.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
        return m_book->errorFrom(q);
    if (!m_book->member().ownsBook)   // dropping an index is the tables' owner's
        return {};
    auto empty = emptyTables(*m_book, m_tables);
    if (!empty)
        return empty.error();
    if (empty->isEmpty())
        return {};
    const QString in = quotedList(*empty);
    QStringList drops;
    if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM "
                               "pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN (%1) "
                               "ORDER BY 1, 2").arg(in)))
        return m_book->errorFrom(q);
    while (q.next()) {
        drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT \"%2\"").arg(q.value(0).toString(), q.value(1).toString());
        m_references << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT \"%2\" %3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    // Indexes of their own: those behind a constraint (primary key, unique) stay.
    if (!q.exec(QStringLiteral("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM "
                               "pg_index i WHERE i.indrelid::regclass::text IN (%1) AND NOT EXISTS "
                               "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1")
                    .arg(in)))
        return m_book->errorFrom(q);
    while (q.next()) {
        if (keep.contains(q.value(0).toString()))
            continue;
        drops << QStringLiteral("DROP INDEX %1").arg(q.value(0).toString());
        m_indexes << q.value(1).toString();
    }
    drops << QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'");
    return m_book->execAll(drops);
}

Expected<BulkLoad> BulkLoad::begin(Book &book, const QStringList &tables, const QStringList &keep)
{
    BulkLoad load(book);
    load.m_tables = tables;
    if (book.engine() == BookEngine::Postgres) {
        if (auto ok = load.beginOnServer(keep); !ok)
            return ok.error();
        return load;
    }
    QSqlQuery q(book.database());
    // Indexes with SQL of their own; the automatic ones (sql IS NULL) back constraints.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "sql IS NOT NULL AND tbl_name IN (%1) ORDER BY name")
                    .arg(quotedList(tables))))
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
    // Indexes first: checking the references reads them.
    if (auto ok = m_book->execAll(m_indexes + m_references); !ok)
        return ok;
    m_indexes.clear();
    m_references.clear();
    if (m_book->engine() == BookEngine::Postgres)
        return advanceSequences(*m_book, m_tables);
    q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    return {};
}

// Rows written with their ids leave a team book's id sequences behind: each goes on past its
// table's largest id, so the next row added by hand gets a new one.
Status BulkLoad::advanceSequences(Book &book, const QStringList &tables)
{
    if (book.engine() != BookEngine::Postgres)
        return {};
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

void BulkLoad::settle(Book &book, const QStringList &tables)
{
    if (book.engine() != BookEngine::Postgres || !book.member().ownsBook)
        return;
    QSqlQuery vacuum(book.database());   // outside any transaction, as VACUUM must be
    for (const QString &table : tables)
        vacuum.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(table));
}

} // namespace csw
