// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace csw {

class Book;

// Copies every row of one book into another that holds nothing yet, ids and history as they
// are, across engines: a local book pushed to a team book (csw team push), a team book saved
// as a local SQLite file anyone can open offline (csw backup on a team book).
class BookCopy final
{
    Q_DECLARE_TR_FUNCTIONS(BookCopy)

public:
    struct Summary
    {
        int tables = 0;
        qint64 rows = 0;
    };

    // Whether `book` holds nothing a user wrote: only what a new book starts with (settings,
    // the default scorecard, playbooks, holidays).
    static Expected<bool> holdsNothing(const Book &book);
    // Copies `from` into `to`, whose own starting rows give way to `from`'s. One transaction
    // on `to`: on failure it is left as it was. Both books at the same schema version.
    static Expected<Summary> copy(const Book &from, Book &to);
    // Copies `from` into `target`: a new file, or a team book URL naming an empty database or
    // a book that holds nothing yet. A new file is removed again when the copy fails.
    static Expected<Summary> copyTo(const Book &from, const QString &target);
};

} // namespace csw
