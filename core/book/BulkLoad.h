// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace csw {

class Book;

// Loading many rows at once inside a write transaction: the tables' secondary indexes are
// dropped and built again at the end (one sort instead of a tree insert per row and index),
// and SQLite keeps more pages in memory meanwhile. Both happen in the caller's transaction, so
// a failure or a rollback leaves the indexes as they were. On a team book only the tables that
// hold nothing yet lose their indexes and references until finish() (the others keep theirs,
// with references checked at commit), and finish() moves the id sequences past the rows loaded.
class BulkLoad final
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)

public:
    // Drops the indexes of `tables` (not the ones behind UNIQUE or PRIMARY KEY constraints,
    // nor those named in `keep`: a writer that inserts a parent row after its children needs
    // the children's foreign-key index, or each parent insert scans them).
    static Expected<BulkLoad> begin(Book &book, const QStringList &tables, const QStringList &keep = {});
    // Whether a writer of `rows` rows with their own ids loads in bulk: from `from` rows on an
    // SQLite book (rebuilding the indexes pays off), always on a team book (finish() moves the
    // id sequences past the ids written, or the next row added by hand would take one).
    static bool wanted(const Book &book, qint64 rows, qint64 from);
    // Builds the dropped indexes again.
    Status finish();

    // Switches the named triggers off, for a loader that does their work itself (e.g. writes
    // account.stage_on), and returns the statements that switch them on again for
    // restoreTriggers(). SQLite drops and recreates them; PostgreSQL's read a setting local to
    // the transaction. Both in the caller's transaction, so a rollback restores them too.
    static Expected<QStringList> suspendTriggers(Book &book, const QStringList &names);
    static Status restoreTriggers(Book &book, const QStringList &statements);
    // A team book's id sequences moved past the largest id of each of `tables` (rows written
    // with their own ids); nothing to do on SQLite.
    static Status advanceSequences(Book &book, const QStringList &tables);
    // After a load into a team book, committed: VACUUM (ANALYZE) of `tables`, so the server has
    // their statistics and knows every reader sees their pages (a page of accounts then skips
    // its rows in the index alone: at a million accounts a scroll-bar jump took 1.6 s until
    // autovacuum came by). Only the tables' owner may; best effort (autovacuum gets there too).
    static void settle(Book &book, const QStringList &tables);

private:
    explicit BulkLoad(Book &book) : m_book(&book) {}
    Status beginOnServer(const QStringList &keep);

    Book *m_book;
    QStringList m_tables;
    QStringList m_indexes;      // their CREATE statements
    QStringList m_references;   // a team book's: the ALTER TABLE statements adding them
};

} // namespace csw
