// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace csw {

class Book;

// Finds the account a row is about from one cell: its external id, else its exact name (when
// only one account has it), else "#12" or "12" as the book's id.
class AccountResolver
{
    Q_DECLARE_TR_FUNCTIONS(AccountResolver)

public:
    static Expected<AccountResolver> load(const Book &book);
    Expected<qint64> resolve(const QString &text) const;

private:
    QHash<QString, qint64> m_byExternalId;
    QHash<QString, QList<qint64>> m_byName;
    QSet<qint64> m_ids;
};

// The frame of the imports that write row by row through the core's services (health
// measures, VOC, NPS): every row is tried inside one transaction; the problems of all rows are
// collected; any problem, a cancel or a dry run rolls everything back.
class RowImport
{
    Q_DECLARE_TR_FUNCTIONS(RowImport)

public:
    // One row: add its problems to `problems` (the row's number and cells are known to the
    // caller); return an error only for a failure that must stop the import (a busy book).
    using Row = std::function<Status(qsizetype index, QList<ImportProblem> &problems)>;

    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportOptions &options,
                                      const Row &row);
    // As Row, and a row may say it was skipped (already in the book): counted as such.
    using SkippingRow = std::function<Status(qsizetype index, QList<ImportProblem> &problems, bool &skipped)>;
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportOptions &options,
                                      const SkippingRow &row);

    // A problem in `field`'s column of row `index`.
    static ImportProblem problem(const CsvTable &table, const ImportMapping &mapping, qsizetype index,
                                 const QString &field, const QString &reason);
    static QString cell(const CsvTable &table, const ImportMapping &mapping, qsizetype index,
                        const QString &field);
    // The account fields every row import shares, with their usual headers.
    static ImportField accountField(bool required = true);
    static ImportField dateField(const QString &label);
    // Header aliases written as UTF-8 literals (Japanese ones too).
    static QStringList aliases(std::initializer_list<const char *> words);
};

} // namespace csw
