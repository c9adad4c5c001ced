// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace csw {

// A CSV or TSV file as read: its header and its records, with what was detected.
struct CsvTable
{
    QString name;                  // the file, for messages
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<QStringList> rows;       // every row has header.size() cells
    // The row number of each record as a spreadsheet shows it: the header is row 1.
    qint64 rowNumber(qsizetype index) const { return qint64(index) + 2; }
};

struct CsvOptions
{
    std::optional<TextEncoding> encoding;   // detected when not given
    std::optional<QChar> delimiter;         // detected (comma, tab, semicolon) when not given
};

// Reads RFC 4180 CSV (and TSV, and semicolon-separated files as European Excel writes them):
// quoted fields with doubled quotes, delimiters and line breaks inside, CRLF or LF line ends,
// UTF-8 with or without BOM or CP932 (Shift_JIS, what Japanese Excel writes). A malformed file
// gets one error naming the file, row and column; ragged rows are listed all at once.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Expected<CsvTable> readFile(const QString &path, const CsvOptions &options = {});
    static Expected<CsvTable> parse(QByteArrayView bytes, const QString &name,
                                    const CsvOptions &options = {});

    // UTF-8 (a BOM, or bytes that are valid UTF-8), else CP932 when the bytes decode as CP932.
    static Expected<TextEncoding> detectEncoding(QByteArrayView bytes, const QString &name);
    // The delimiter that splits the first line into the most fields (comma on a tie).
    static QChar detectDelimiter(QStringView text);
};

} // namespace csw
