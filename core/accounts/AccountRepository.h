// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "accounts/Segments.h"
#include "book/RowStream.h"
#include "common/Expected.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QSqlQuery;

namespace csw {

class Book;

// Which accounts a list shows; empty members do not filter.
struct AccountFilter
{
    QString csm;
    std::optional<Stage> stage;
    std::optional<Touch> touch;
    std::optional<Band> health;   // the band of the latest health score
    QString search;   // part of the name, external id or CSM
    // Narrower cuts, for lists opened from a chart: exact plan or acquisition source, and
    // renewal or churn dates within inclusive bounds.
    QString plan;
    QString source;
    std::optional<Date> renewalFrom;
    std::optional<Date> renewalTo;
    std::optional<Date> churnedFrom;
    std::optional<Date> churnedTo;
    // A segment's conditions (SegmentRules), every one met.
    QList<SegmentCondition> segment;

    bool operator==(const AccountFilter &) const = default;
};

// The orders a list of accounts can be sorted in; ties are broken by id.
enum class AccountSort { Id, Name, Csm, Touch, Plan, Stage, Arr, Renewal, Health };

// Reads and writes the account table. Callers wrap writes in Book::write; the events that
// give the changes their history are kept by AccountLifecycle.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(Book &book) : m_book(book) {}

    Expected<qint64> insert(const Account &account);
    Expected<Account> get(qint64 id) const { return get(id, false); }
    // The account, read to be written in the caller's transaction: on a team book its row is
    // locked until the transaction ends, so concurrent edits of it follow one another.
    Expected<Account> getForEdit(qint64 id) const;
    // Calls `visit` for each matching account, ordered by id, without holding them all.
    Status forEach(const AccountFilter &filter,
                   const std::function<void(const Account &)> &visit) const;
    // Calls `visit` for each matching account in the order a view sorts them, without holding
    // them all (one forward read, no pages); stops early when `visit` returns false.
    Status forEachSorted(const AccountFilter &filter, AccountSort sort, bool descending,
                         const std::function<bool(const Account &)> &visit) const;
    // The same accounts as raw rows (columns as selectColumns() names them), for bulk output.
    Expected<RowStream> rows(const AccountFilter &filter) const;
    Expected<qint64> count() const;
    Expected<qint64> count(const AccountFilter &filter) const;
    // One page of the filtered, sorted accounts: what a view shows, never the whole book.
    // Given how many there are (`total`), a page in the second half is read from the end in
    // the opposite order: an offset is a walk along the index, so the walk is never longer
    // than half the list.
    Expected<QList<Account>> page(const AccountFilter &filter, AccountSort sort, bool descending,
                                  qint64 offset, int limit, qint64 total = -1) const;
    // Where account `id` is in that order (0 first); none when the filter leaves it out.
    Expected<std::optional<qint64>> position(const AccountFilter &filter, AccountSort sort,
                                             bool descending, qint64 id) const;
    // The CSMs that own accounts, sorted, for filters and pickers.
    Expected<QStringList> csms() const;
    // Writes every field of `account` (found by its id) back to the book.
    // Writes `account`'s fields when the stored row is still at `expectedVersion` (an edit moves
    // the version on by one and records who and when; a restore, an undo, puts back the row as
    // it was, its version too, so the undos of one's edits in a row each find theirs); else a
    // Stale error naming who changed it, when, and how.
    enum class Write { Edit, Restore };
    Status update(const Account &account, int expectedVersion, Write write = Write::Edit);
    // The fields in which `mine` and `theirs` differ, as "field: mine → theirs".
    static QStringList differences(const Account &mine, const Account &theirs);
    // Deletes the account and, through the foreign keys, its history.
    Status remove(qint64 id);
    // The account that already holds `externalId`, other than `exceptId`, if any.
    Expected<std::optional<qint64>> findByExternalId(const QString &externalId,
                                                     qint64 exceptId = 0) const;

    static Account fromRow(const QSqlQuery &query);
    static const QString &selectColumns();

private:
    QString orderSql(AccountSort sort, bool descending) const;   // " ORDER BY …"
    Expected<Account> get(qint64 id, bool lockRow) const;
    static QString whereSql(const AccountFilter &filter, QVariantList &values);
    static QString selectSql(const AccountFilter &filter, QVariantList &values);

    Book &m_book;
};

} // namespace csw
