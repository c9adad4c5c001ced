// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>

#include <optional>

#include <utility>

namespace csw {

class Book;

enum class ImportKind { Accounts, Health, Voc, Nps, Contacts, Handoffs };

// One import as the command line or the wizard asks for it.
struct ImportRequest
{
    ImportKind kind = ImportKind::Accounts;
    QString path;
    CsvOptions csv;
    QString map;          // FIELD=COLUMN,... over the suggestion (or the saved mapping)
    QString savedMap;     // start from the mapping saved under this name
    QString saveMapAs;    // save the mapping used under this name
    // FIELD -> VALUE for every row: fills a field no column fills, or a mapped column's empty
    // cells (a churn export without its churn date, one plan for the whole file).
    QList<std::pair<QString, QString>> constants;
    ImportOptions options;
};

struct ImportOutcome
{
    ImportResult result;
    TextEncoding encoding = TextEncoding::Utf8;
    QString mapping;      // as FIELD=COLUMN text
};

// Reads a file, works out the mapping and runs the importer of its kind; shared by `csw
// import` and the import wizard. Saved mappings are kept in the book, per kind and name.
class ImportRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    explicit ImportRunner(Book &book) : m_book(book) {}

    static std::optional<ImportKind> kindFromKey(const QString &key);
    static QString key(ImportKind kind);
    // The fields of a kind; health's measures come from the book's scorecards.
    Expected<QList<ImportField>> fields(ImportKind kind) const;

    Expected<ImportOutcome> run(const ImportRequest &request);
    // Runs the importer on a table already read and mapped (the wizard's last step).
    Expected<ImportResult> run(ImportKind kind, const CsvTable &table, const ImportMapping &mapping,
                               const ImportOptions &options);
    // The mapping a request asks for over `table`: saved, suggested, then --map.
    Expected<ImportMapping> mapping(const ImportRequest &request, const CsvTable &table) const;
    // The request's constants into `table` and `mapping` (ImportRequest::constants).
    Status applyConstants(const ImportRequest &request, CsvTable &table, ImportMapping &mapping) const;

    Expected<QString> savedMapping(ImportKind kind, const QString &name) const;
    Status saveMapping(ImportKind kind, const QString &name, const QString &text);
    Expected<QStringList> savedMappingNames(ImportKind kind) const;

    // "accounts.csv, row 12, column 契約更新日 ('2026/13/01'): …"
    static QString describe(const QString &path, const ImportProblem &problem);
    // Writes the problems as CSV (row, column, value, reason), UTF-8 with BOM for Excel.
    static Status saveProblems(const QList<ImportProblem> &problems, const QString &path);

private:
    Book &m_book;
};

} // namespace csw
