// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace csw {

class Book;

// Long work that only one person at a time should do on a team book (an import, a rescoring,
// a push): held as a PostgreSQL advisory lock for as long as this object lives, which the
// server also lets go of when the client dies. Whoever comes second is told at once who holds
// it and what they are doing ("import by 鈴木 since 10:32") instead of waiting on row locks.
// On an SQLite book it holds nothing: the file's own write lock serves.
class ExclusiveWork final
{
    Q_DECLARE_TR_FUNCTIONS(ExclusiveWork)

public:
    // `what` names the work for the others' message (a user-facing word: "import").
    static Expected<ExclusiveWork> begin(const Book &book, const QString &what);
    ExclusiveWork(ExclusiveWork &&other) noexcept;
    ExclusiveWork &operator=(ExclusiveWork &&) = delete;
    ~ExclusiveWork();

private:
    explicit ExclusiveWork(const Book *book) : m_book(book) {}
    const Book *m_book;   // null: nothing held
};

} // namespace csw
