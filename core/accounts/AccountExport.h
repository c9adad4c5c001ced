// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"
#include "common/Expected.h"
#include "io/RecordWriter.h"
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace csw {

class Book;

// What an accounts list export holds: the accounts a view shows, in its order.
struct AccountExportOptions
{
    AccountFilter filter;
    AccountSort sort = AccountSort::Name;
    bool descending = false;
    TextEncoding encoding = TextEncoding::Utf8;   // or CP932, for older Japanese Excel
    bool bom = true;   // UTF-8 only: with a byte order mark Excel opens Japanese text correctly
    // CP932: a character it cannot hold is written as 〓 instead of stopping the export, and
    // told to `replaced` (the account, the column's key, the character).
    bool replaceUnencodable = false;
    std::function<void(qint64 account, const QString &column, char32_t character)> replaced;
};

// Writes the accounts of a filtered list as RFC 4180 CSV (one record per account, the columns
// below, money as plain numbers in the book's currency, dates ISO), read from the book in one
// forward pass. Text a spreadsheet would run as a formula is neutralised. In CP932 a character
// it cannot hold stops the export naming the account and column, or becomes 〓 when asked.
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
