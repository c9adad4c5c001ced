// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"
#include "common/Expected.h"
#include "io/RecordWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace csw {

class Book;

// What an accounts list export holds: the accounts a view shows, in its order.
struct AccountExportOptions
{
    AccountFilter filter;
    AccountSort sort = AccountSort::Name;
    bool descending = false;
    bool bom = true;   // UTF-8 with a byte order mark: Excel opens Japanese text correctly
};

// Writes the accounts of a filtered list as RFC 4180 CSV (one record per account, the columns
// below, money as plain numbers in the book's currency, dates ISO), a page at a time from the
// book. Text a spreadsheet would run as a formula is neutralised.
class AccountExport final
{
    Q_DECLARE_TR_FUNCTIONS(AccountExport)

public:
    explicit AccountExport(Book &book) : m_book(book) {}

    static QList<Column> columns();
    // Writes to `out`; returns the number of accounts written.
    Expected<qint64> write(const AccountExportOptions &options, QIODevice *out) const;
    // Writes to a file through QSaveFile: on any failure the old file stays as it was.
    Expected<qint64> writeFile(const AccountExportOptions &options, const QString &path) const;

private:
    Book &m_book;
};

} // namespace csw
