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
    QSqlQuery q(book.database());
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

Status BulkLoad::finish()
{
    QSqlQuery q(m_book->database());
    for (const QString &sql : std::as_const(m_indexes)) {
        if (!q.exec(sql))
            return m_book->errorFrom(q);
    }
    m_indexes.clear();
    q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    return {};
}

Expected<QStringList> BulkLoad::suspendTriggers(Book &book, const QStringList &names)
{
    QSqlQuery q(book.database());
    QStringList statements;
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
