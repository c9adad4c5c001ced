// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Expected.h"
#include "importing/AccountRowCheck.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Imports accounts from a CSV table: every row is checked first, and only when no row has a
// problem are they written, in one transaction (new accounts with their first stage and ARR
// events; duplicates updated or skipped as chosen). Duplicates are found by external id when
// that column is mapped and filled, else by name.
class AccountImport final
{
    Q_DECLARE_TR_FUNCTIONS(AccountImport)

public:
    explicit AccountImport(Book &book) : m_book(book) {}

    static const QList<ImportField> &fields();

    Expected<ImportResult> run(const CsvTable &table, const ImportMapping &mapping,
                               const ImportOptions &options);

private:
    Status write(const CsvTable &table, const QList<AccountDraft> &drafts, qint64 created,
                 const ImportOptions &options);

    Book &m_book;
};

} // namespace csw
