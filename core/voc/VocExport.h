// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "io/RecordWriter.h"
#include "io/TextEncoding.h"
#include "voc/VocQuery.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace csw {

class Book;

struct VocExportOptions
{
    VocFilter filter;
    VocSort sort = VocSort::WeightedArr;
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;         // UTF-8 only: lets Excel detect the encoding
    bool anonymize = false;   // leave out account names and customer contacts
    RecordWriter::Format format = RecordWriter::Format::Csv;
    bool brief = false;       // only the columns a terminal table has room for
    // CP932: a character it cannot hold is written as 〓 instead of stopping the export, and
    // told to `replaced` (the entry, the column's key, the character).
    bool replaceUnencodable = false;
    std::function<void(qint64 entry, const QString &column, char32_t character)> replaced;
};

// Writes the hand-off report: the filtered VOC entries, ranked, one RFC 4180 CSV record
// each (columns in README.md), streaming from the book. Cells that a spreadsheet would run
// as a formula are neutralised. With CP932, a character it cannot hold stops the export with
// the entry and column that holds it, or is replaced by 〓 and told when the options say so.
class VocExport final
{
    Q_DECLARE_TR_FUNCTIONS(VocExport)

public:
    explicit VocExport(const Book &book) : m_book(book) {}

    // The columns written with these options.
    static QList<Column> columns(const VocExportOptions &options);

    // Called every few thousand rows with the rows written; false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    // Writes to `out`; returns the number of entries written.
    Expected<qint64> write(const VocExportOptions &options, QIODevice *out,
                           const Progress &progress = {}) const;
    // Writes to a file through QSaveFile: on any failure the old file stays as it was.
    Expected<qint64> writeFile(const VocExportOptions &options, const QString &path,
                               const Progress &progress = {}) const;

private:
    const Book &m_book;
};

} // namespace csw
