// SPDX-License-Identifier: MIT
#include "io/CsvReader.h"

#include "book/OpenBooks.h"

#include <QFile>
#include <QStringDecoder>

namespace csw {

namespace {

constexpr qsizetype MaxErrors = 50;

bool isBinary(QByteArrayView bytes)
{
    return bytes.first(std::min<qsizetype>(bytes.size(), 1 << 16)).contains('\0');
}

// The text of `bytes` in `encoding`; `utf16` tells whether they begin with a UTF-16 byte order mark.
Expected<QString> decode(QByteArrayView bytes, TextEncoding encoding, bool utf16, const QString &name)
{
    QString text;
    if (encoding == TextEncoding::Utf8) {
        // The decoder drops an initial byte order mark, and only that one.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{CsvReader::tr("%1 is not valid UTF-8; try the Shift_JIS (cp932) encoding").arg(name), ErrorKind::Invalid};
    } else if (encoding == TextEncoding::Utf16) {
        if (!utf16)
            return Error{CsvReader::tr("%1 has no UTF-16 byte order mark; try UTF-8 or Shift_JIS").arg(name), ErrorKind::Invalid};
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        text = decoder.decode(bytes);
        if (decoder.hasError() || !text.isValidUtf16())
            return Error{CsvReader::tr("%1 is not valid UTF-16").arg(name), ErrorKind::Invalid};
    } else {
        QStringDecoder decoder("CP932");
        text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{CsvReader::tr("%1 is not valid Shift_JIS (CP932); try UTF-8").arg(name), ErrorKind::Invalid};
        // Byte 0x5C is the yen sign in Japanese Shift_JIS text (Excel's "¥1,200"), though
        // the CP932 table maps it to a backslash.
        text.replace(QLatin1Char('\\'), QChar(0x00A5));
    }
    return text;
}

// The errors of a malformed file, out of the loop that finds them. `records` and `cells` are
// those read before the one at fault.
Error textAfterQuote(const QString &name, qsizetype records, qsizetype cells)
{
    return Error{CsvReader::tr("%1, row %2, column %3: text after a closing quote (a quote inside a "
                               "quoted field must be doubled)")
                     .arg(name)
                     .arg(records + 1)
                     .arg(cells + 1), ErrorKind::Invalid};
}

Error unclosedQuote(const QString &name, qsizetype records, qsizetype cells, qint64 quoteLine)
{
    return Error{CsvReader::tr("%1, row %2, column %3: a quoted field opened on line %4 is never closed")
                     .arg(name)
                     .arg(records + 1)
                     .arg(cells + 1)
                     .arg(quoteLine), ErrorKind::Invalid};
}

// One pass over the text, a field at a time: a plain field is made from its span at once (one
// allocation of its own size), a quoted one from the runs between its doubled quotes.
Expected<QList<QStringList>> splitRecords(const QString &text, QChar delimiter, const QString &name)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype width = 0;   // the first record's cells: the next ones reserve as many
    qint64 line = 1;
    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    const auto endOfLine = [](QChar c) { return c == QLatin1Char('\r') || c == QLatin1Char('\n'); };
    while (p < end) {
        if (*p == QLatin1Char('"')) {   // a quoted field: to its closing quote
            const qint64 quoteLine = line;
            QString field;
            const QChar *run = ++p;
            for (;;) {
                if (p == end)
                    return unclosedQuote(name, records.size(), record.size(), quoteLine);
                if (*p == QLatin1Char('"')) {
                    field.append(run, p - run);
                    if (p + 1 < end && p[1] == QLatin1Char('"')) {   // a doubled quote: one
                        field.append(QLatin1Char('"'));
                        run = p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                line += *p == QLatin1Char('\n');
                ++p;
            }
            if (p < end && *p != delimiter && !endOfLine(*p))
                return textAfterQuote(name, records.size(), record.size());
            record << field;
        } else {   // a plain field: to the delimiter or the line's end (a quote in it is text)
            const QChar *start = p;
            while (p < end && *p != delimiter && !endOfLine(*p))
                ++p;
            record.emplaceBack(start, p - start);
        }
        if (p < end && *p == delimiter) {
            if (++p == end)   // a delimiter last in the file: one more, empty, cell
                record.emplaceBack();
            else
                continue;
        } else if (p < end) {   // the line's end: CRLF, LF or CR
            if (*p == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n'))
                ++p;
            ++p;
            ++line;
        }
        // A line with nothing on it (a blank line) is no record.
        if (!(record.size() == 1 && record.constFirst().isEmpty())) {
            width = std::max(width, record.size());
            records << std::move(record);
        }
        record = QStringList();
        record.reserve(width);
    }
    return records;
}

// Every record as long as the header (`cells`): the first rows that are not, all at once.
Status checkRagged(const QList<QStringList> &records, qsizetype cells, const QString &name)
{
    QStringList ragged;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records[i].size() != cells) {
            if (ragged.size() < MaxErrors)
                ragged << CsvReader::tr("row %1 has %2 cells, the header has %3")
                              .arg(i + 2)
                              .arg(records[i].size())
                              .arg(cells);
            else
                break;
        }
    }
    if (!ragged.isEmpty())
        return Error{CsvReader::tr("%1: %2").arg(name, ragged.join(QStringLiteral("; "))), ErrorKind::Invalid};
    return {};
}

} // namespace

Expected<CsvTable> CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    if (auto ok = OpenBooks::refuseFile(path); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, file.errorString()), ErrorKind::Io};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read %1: %2").arg(path, file.errorString()), ErrorKind::Io};
    return parse(bytes, path, options);
}

Expected<TextEncoding> CsvReader::detectEncoding(QByteArrayView bytes, const QString &name)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);   // decode() is lazy: take the text
    if (!utf8.hasError())
        return TextEncoding::Utf8;
    QStringDecoder cp932("CP932");
    const QString asCp932 = cp932.decode(bytes);
    if (!cp932.hasError())
        return TextEncoding::Cp932;
    return Error{tr("%1 is neither UTF-8 nor Shift_JIS (CP932) text; choose its encoding").arg(name), ErrorKind::Invalid};
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    QChar best = candidates[0];
    int bestCount = 0;
    for (QChar c : candidates) {
        int count = 0;
        bool quoted = false;
        for (QChar ch : text) {
            if (ch == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
                break;
            else if (!quoted && ch == c)
                ++count;
        }
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

Expected<CsvTable> CsvReader::parse(QByteArrayView bytes, const QString &name, const CsvOptions &options)
{
    CsvTable table;
    table.name = name;
    if (bytes.isEmpty())
        return Error{tr("%1 is empty").arg(name), ErrorKind::Invalid};
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && isBinary(bytes))
        return Error{tr("%1 is not a text file (CSV or TSV)").arg(name), ErrorKind::Invalid};
    table.bom = bytes.startsWith("\xEF\xBB\xBF") || utf16;
    if (options.encoding) {
        table.encoding = *options.encoding;
    } else {
        auto detected = detectEncoding(bytes, name);
        if (!detected)
            return detected.error();
        table.encoding = *detected;
    }
    const auto text = decode(bytes, table.encoding, utf16, name);
    if (!text)
        return text.error();
    if (text->contains(QChar(u'\0')))
        return Error{tr("%1 is not a text file (CSV or TSV)").arg(name), ErrorKind::Invalid};
    table.delimiter = options.delimiter.value_or(detectDelimiter(*text));

    auto records = splitRecords(*text, table.delimiter, name);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error{tr("%1 is empty").arg(name), ErrorKind::Invalid};
    table.header = records->takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    if (auto ok = checkRagged(*records, table.header.size(), name); !ok)
        return ok.error();
    table.rows = std::move(*records);
    return table;
}

} // namespace csw
