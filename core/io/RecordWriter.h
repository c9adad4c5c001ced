// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>

namespace csw {

// How a column's values are written: numbers bare in JSON, money grouped in tables.
enum class ColumnType { Text, Number, Money };

struct Column
{
    QString key;      // snake_case: the CSV header and the JSON key
    QString title;    // translated: the table header
    ColumnType type = ColumnType::Text;
};

// Writes records as an aligned table, RFC 4180 CSV or JSON, streaming where the format allows.
// Values are plain text in UTF-8; a null value (a null QByteArrayView or QString) is absent:
// JSON null, an empty cell.
class RecordWriter
{
public:
    enum class Format { Table, Csv, Json };
    // One record (`csw account show`): a JSON object, a two-column table.
    enum class Shape { List, Single };

    static std::optional<Format> formatFromKey(const QString &key);
    static std::unique_ptr<RecordWriter> create(Format format, QIODevice *out,
                                                Shape shape = Shape::List);

    virtual ~RecordWriter();
    virtual void begin(const QList<Column> &columns) = 0;
    virtual void row(std::span<const QByteArrayView> values) = 0;
    void row(const QStringList &values);
    // Writes what is left; false when the device refused a write.
    virtual bool end() = 0;

    // One CSV field, quoted when needed; text that a spreadsheet would run as a formula
    // (leading =, +, -, @, tab, CR) gets a leading apostrophe when `neutralize` is set.
    static QString csvField(const QString &value, bool neutralize);
    static void appendCsvField(QByteArray &out, QByteArrayView value, bool neutralize);
    static void appendJsonString(QByteArray &out, QByteArrayView value);

protected:
    explicit RecordWriter(QIODevice *out) : m_out(out) {}
    void write(QByteArrayView utf8);
    // Appends to the output buffer directly; call flushIfFull() after a record.
    QByteArray &buffer() { return m_buffer; }
    void flushIfFull();
    bool flush();

    QList<Column> m_columns;

private:
    QIODevice *m_out;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace csw
