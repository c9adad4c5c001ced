// SPDX-License-Identifier: MIT
// libFuzzer target for the CSV reader: any bytes must give a table or an error, never a crash,
// a hang or a read out of bounds; and a table written back as CSV must read back the same.
#include "io/CsvReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QString quoted(const QString &cell, QChar delimiter)
{
    if (!cell.contains(QLatin1Char('"')) && !cell.contains(delimiter) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')) && !cell.isEmpty())
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray write(const csw::CsvTable &table)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (const QString &c : cells)
            out << quoted(c, table.delimiter);
        text += out.join(table.delimiter) + QStringLiteral("\r\n");
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    // With a byte order mark, so that a first cell starting with U+FEFF keeps it.
    return "\xEF\xBB\xBF" + text.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    csw::CsvOptions options;
    // The first byte, when it is a control character, picks forced options.
    if (size > 0 && data[0] < 8) {
        if (data[0] & 1)
            options.encoding = (data[0] & 2) ? csw::TextEncoding::Cp932 : csw::TextEncoding::Utf8;
        if (data[0] & 4)
            options.delimiter = QLatin1Char(';');
    }
    const auto table = csw::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"), options);
    if (!table)
        return 0;
    for (const QStringList &row : table->rows) {
        if (row.size() != table->header.size())
            std::abort();
    }
    // Round trip: our own quoting of the cells reads back to the same cells. Header cells are
    // trimmed on reading and a lone empty header cannot be told from a blank line: skip those.
    if (table->header.size() == 1 && table->header[0].isEmpty())
        return 0;
    csw::CsvOptions again;
    again.encoding = csw::TextEncoding::Utf8;
    again.delimiter = table->delimiter;
    const auto back = csw::CsvReader::parse(write(*table), QStringLiteral("again.csv"), again);
    if (!back) {
        fprintf(stderr, "reading back failed: %s\n", qPrintable(back.error().message));
        std::abort();
    }
    if (back->header != table->header)
        std::abort();
    qsizetype expected = 0;
    for (const QStringList &row : table->rows) {
        // A row of one empty cell is a blank line once written: the reader skips it.
        if (row.size() == 1 && row[0].isEmpty())
            continue;
        if (expected >= back->rows.size() || back->rows[expected] != row)
            std::abort();
        ++expected;
    }
    if (expected != back->rows.size())
        std::abort();
    return 0;
}
