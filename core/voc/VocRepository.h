// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "voc/Voc.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

namespace csw {

class Book;

// Reads and writes VOC entries with their accounts, tags, changes and closed-loop records.
// No rules here (see VocService); callers wrap writes in Book::write.
class VocRepository final
{
    Q_DECLARE_TR_FUNCTIONS(VocRepository)

public:
    explicit VocRepository(const Book &book) : m_book(book) {}

    // Inserts the entry with its links and tags; an id > 0 is kept (redo after undo).
    Expected<qint64> insert(const VocEntry &entry) const;
    Expected<VocEntry> get(qint64 id) const;
    // Writes the entry's own fields (not links or tags) back, moving its version on, when it
    // is still at the version it was read at (else a Stale error naming who changed it and
    // when); Check::Restore writes it whatever it is now, as the snapshot was, version and
    // all (an undo putting back a snapshot).
    enum class Check { Version, Restore };
    Status update(const VocEntry &entry, Check check = Check::Version) const;
    Status setLinks(qint64 id, const QList<VocLink> &links) const;
    Status setTags(qint64 id, const QStringList &tags) const;
    Status remove(qint64 id) const;

    Status addChange(qint64 id, const VocChange &change) const;
    Expected<QList<VocChange>> changes(qint64 id) const;
    Status addLoop(qint64 id, const VocLoop &loop) const;
    Expected<QList<VocLoop>> loops(qint64 id) const;

    Expected<VocImpact> impact(qint64 id) const;
    // The entries (not merged away) an account is linked to, newest first.
    Expected<QList<VocEntry>> entriesOfAccount(qint64 accountId) const;
    // Every tag in use, sorted, for pickers.
    Expected<QStringList> tags() const;
    Expected<qint64> count() const;

private:
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &values) const;

    const Book &m_book;
};

} // namespace csw
