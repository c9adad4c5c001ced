// SPDX-License-Identifier: MIT
#pragma once

#include "book/TeamMember.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace csw {

class Book;

// What a PostgreSQL database must be to hold a team book, checked through the book's own
// connection: a book (csw_book names it) to open; empty, UTF-8 and with a ctype in which
// pg_trgm finds Japanese, to create one.
class TeamBookChecks final
{
    Q_DECLARE_TR_FUNCTIONS(TeamBookChecks)

public:
    struct Identity
    {
        qint64 applicationId = 0;
        int version = 0;
        std::optional<TeamMember> member;   // read with them from schema 12 on
        QString currency;                    // the book's currency code, read with them
    };
    // The book's application id and schema version (and, on a book that has people, who the
    // login is there), or why the database is not a book.
    static Expected<Identity> identity(const Book &book);
    // Who the login is on the team book (schema 12 on).
    static Expected<TeamMember> member(const Book &book);
    static bool hasVersionTable(const Book &book);
    // Refuses a database that holds tables, is not UTF-8, or whose LC_CTYPE is C or POSIX.
    static Status checkEmpty(const Book &book);
    // Statements a new book needs before its schema (PostgreSQL: the pg_trgm extension).
    static QStringList prerequisites(const Book &book);
};

} // namespace csw
