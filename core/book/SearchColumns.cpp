// SPDX-License-Identifier: MIT
#include "book/SearchColumns.h"

#include "book/Book.h"
#include "book/BulkStatement.h"
#include "common/SearchFold.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace csw::SearchColumns {

namespace {
// Rows read at a time: bounded memory on a large book, whichever engine.
constexpr int ChunkRows = 10000;

// The folded values of `select`'s rows (id, then the columns `fold` reads), sent to the
// scratch table csw_fold (id, folded) a chunk at a time, read in id order from `after`.
Status foldRows(Book &book, const QString &select, const std::function<QString(const QSqlQuery &)> &fold)
{
    auto insert = BulkStatement::prepare(book, "INSERT INTO csw_fold (id, k, folded) VALUES (?, ?, ?)", ChunkRows);
    if (!insert)
        return insert.error();
    qint64 after = 0;
    for (;;) {
        auto rows = book.query(select, {after, ChunkRows});
        if (!rows)
            return rows.error();
        int read = 0;
        while (rows->next()) {
            ++read;
            after = rows->value(0).toLongLong();
            insert->bind(after).bindNull().bind(fold(*rows));
            if (auto ok = insert->run(); !ok)
                return ok;
        }
        if (auto ok = insert->flush(); !ok)
            return ok;
        if (read < ChunkRows)
            return {};
    }
}
} // namespace

Status fill(Book &book)
{
    if (auto ok = book.execAll({QStringLiteral("CREATE TEMP TABLE csw_fold (id BIGINT, k TEXT, folded TEXT)")}); !ok)
        return ok;
    auto accounts = foldRows(book, QStringLiteral("SELECT id, name, external_id, csm FROM account WHERE id > ? "
                                                  "ORDER BY id LIMIT ?"),
                             [](const QSqlQuery &q) {
                                 return SearchFold::accountKey(q.value(1).toString(), q.value(2).toString(),
                                                               q.value(3).toString());
                             });
    if (!accounts)
        return accounts;
    QStringList statements = {
        QStringLiteral("UPDATE account SET search_key = f.folded FROM csw_fold f WHERE account.id = f.id"),
        QStringLiteral("DELETE FROM csw_fold")};
    if (auto ok = book.execAll(statements); !ok)
        return ok;
    auto voc = foldRows(book, QStringLiteral("SELECT id, text FROM voc WHERE id > ? ORDER BY id LIMIT ?"),
                        [](const QSqlQuery &q) { return SearchFold::of(q.value(1).toString()); });
    if (!voc)
        return voc;
    // Tags: each distinct tag once (a book has few), then every row holding it.
    statements = {QStringLiteral("UPDATE voc SET search_text = f.folded FROM csw_fold f WHERE voc.id = f.id"),
                  QStringLiteral("DELETE FROM csw_fold")};
    if (auto ok = book.execAll(statements); !ok)
        return ok;
    auto tags = book.query(QStringLiteral("SELECT DISTINCT tag FROM voc_tag"));
    if (!tags)
        return tags.error();
    QStringList distinct;
    while (tags->next())
        distinct << tags->value(0).toString();
    auto insert = BulkStatement::prepare(book, "INSERT INTO csw_fold (id, k, folded) VALUES (?, ?, ?)", ChunkRows);
    if (!insert)
        return insert.error();
    for (const QString &tag : std::as_const(distinct)) {
        insert->bind(qint64(0)).bind(tag).bind(SearchFold::of(tag));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    if (auto ok = insert->flush(); !ok)
        return ok;
    return book.execAll({QStringLiteral("UPDATE voc_tag SET search_tag = f.folded FROM csw_fold f WHERE "
                                        "voc_tag.tag = f.k"),
                         QStringLiteral("DROP TABLE csw_fold")});
}

} // namespace csw::SearchColumns
