// SPDX-License-Identifier: MIT
#include "io/RecordWriter.h"

#include "common/Money.h"
#include "io/TextWidth.h"

#include <QVarLengthArray>

#include <algorithm>

namespace csw {

namespace {

constexpr qsizetype FlushAt = 1 << 16;

class CsvWriter final : public RecordWriter
{
public:
    explicit CsvWriter(QIODevice *out) : RecordWriter(out) {}
    void begin(const QList<Column> &columns) override
    {
        m_columns = columns;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer() += ',';
            appendCsvField(buffer(), columns[i].key.toUtf8(), false);
        }
        buffer() += "\r\n";
    }
    void row(std::span<const QByteArrayView> values) override
    {
        QByteArray &out = buffer();
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            appendCsvField(out, values[i], m_columns.value(qsizetype(i)).type == ColumnType::Text);
        }
        out += "\r\n";
        flushIfFull();
    }
    bool end() override { return flush(); }
};

class JsonWriter final : public RecordWriter
{
public:
    JsonWriter(QIODevice *out, Shape shape) : RecordWriter(out), m_shape(shape) {}
    void begin(const QList<Column> &columns) override
    {
        m_columns = columns;
        m_keys.clear();
        for (const Column &c : columns) {
            QByteArray key;
            appendJsonString(key, c.key.toUtf8());
            m_keys << key + ": ";
        }
        if (m_shape == Shape::List)
            buffer() += '[';
    }
    void row(std::span<const QByteArrayView> values) override
    {
        QByteArray &out = buffer();
        if (m_shape == Shape::Single)
            out += '{';
        else
            out += m_rows > 0 ? ",\n  {" : "\n  {";
        ++m_rows;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += m_keys[i];
            const QByteArrayView value =
                std::size_t(i) < values.size() ? values[std::size_t(i)] : QByteArrayView();
            if (value.isNull())
                out += "null";
            else if (m_columns[i].type == ColumnType::Text)
                appendJsonString(out, value);
            else
                out += value;
        }
        out += '}';
        flushIfFull();
    }
    bool end() override
    {
        if (m_shape == Shape::List)
            write(m_rows > 0 ? "\n]\n" : "]\n");
        else
            write(m_rows == 0 ? "null\n" : "\n");
        return flush();
    }

private:
    Shape m_shape;
    QList<QByteArray> m_keys;
    qsizetype m_rows = 0;
};

class TableWriter final : public RecordWriter
{
public:
    TableWriter(QIODevice *out, Shape shape) : RecordWriter(out), m_shape(shape) {}
    void begin(const QList<Column> &columns) override { m_columns = columns; }
    void row(std::span<const QByteArrayView> values) override
    {
        QStringList shown;
        for (std::size_t i = 0; i < values.size(); ++i) {
            QString text = QString::fromUtf8(values[i]);
            if (m_columns.value(qsizetype(i)).type == ColumnType::Money && !text.isEmpty())
                text = Currency::groupDigits(text);
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            shown << text;
        }
        m_rows << shown;
    }
    bool end() override
    {
        if (m_shape == Shape::Single)
            writeSingle();
        else
            writeList();
        return flush();
    }

private:
    static QString pad(const QString &text, int width, bool right)
    {
        const QString fill(std::max(0, width - TextWidth::columns(text)), QLatin1Char(' '));
        return right ? fill + text : text + fill;
    }
    void writeSingle()
    {
        int width = 0;
        for (const Column &c : std::as_const(m_columns))
            width = std::max(width, TextWidth::columns(c.title));
        for (const QStringList &values : std::as_const(m_rows)) {
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                const QString line = pad(m_columns[i].title, width, false)
                                     + QStringLiteral("  ") + values.value(i);
                write(QByteArray(line.trimmed().toUtf8() + '\n'));
            }
        }
    }
    void writeList()
    {
        QList<int> widths;
        for (const Column &c : std::as_const(m_columns))
            widths << TextWidth::columns(c.title);
        for (const QStringList &values : std::as_const(m_rows)) {
            for (qsizetype i = 0; i < widths.size(); ++i)
                widths[i] = std::max(widths[i], TextWidth::columns(values.value(i)));
        }
        auto line = [&](const QStringList &cells, bool header) {
            QString text;
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const bool right = !header && m_columns[i].type != ColumnType::Text;
                text += pad(cells.value(i), widths[i], right);
                if (i + 1 < widths.size())
                    text += QStringLiteral("  ");
            }
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            write(QByteArray(text.toUtf8() + '\n'));
        };
        QStringList titles;
        for (const Column &c : std::as_const(m_columns))
            titles << c.title;
        line(titles, true);
        for (const QStringList &values : std::as_const(m_rows))
            line(values, false);
    }

    Shape m_shape;
    QList<QStringList> m_rows;
};

bool startsFormula(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
    default: return false;
    }
}

} // namespace

RecordWriter::~RecordWriter() = default;

std::optional<RecordWriter::Format> RecordWriter::formatFromKey(const QString &key)
{
    if (key == QLatin1String("table"))
        return Format::Table;
    if (key == QLatin1String("csv"))
        return Format::Csv;
    if (key == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

std::unique_ptr<RecordWriter> RecordWriter::create(Format format, QIODevice *out, Shape shape)
{
    switch (format) {
    case Format::Csv: return std::make_unique<CsvWriter>(out);
    case Format::Json: return std::make_unique<JsonWriter>(out, shape);
    case Format::Table: break;
    }
    return std::make_unique<TableWriter>(out, shape);
}

void RecordWriter::row(const QStringList &values)
{
    QList<QByteArray> utf8;
    utf8.reserve(values.size());
    QVarLengthArray<QByteArrayView, 32> views;
    for (const QString &value : values)
        utf8 << value.toUtf8();
    for (qsizetype i = 0; i < values.size(); ++i)
        views.append(values[i].isNull() ? QByteArrayView() : QByteArrayView(utf8[i].constData(), utf8[i].size()));
    row(std::span<const QByteArrayView>(views.constData(), std::size_t(views.size())));
}

void RecordWriter::appendCsvField(QByteArray &out, QByteArrayView value, bool neutralize)
{
    const bool apostrophe = neutralize && startsFormula(value);
    bool quote = false;
    for (const char c : value) {
        if (c == '"' || c == ',' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (apostrophe)
            out += '\'';
        out += value;
        return;
    }
    out += '"';
    if (apostrophe)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QString RecordWriter::csvField(const QString &value, bool neutralize)
{
    QByteArray out;
    appendCsvField(out, value.toUtf8(), neutralize);
    return QString::fromUtf8(out);
}

void RecordWriter::appendJsonString(QByteArray &out, QByteArrayView value)
{
    out += '"';
    for (const char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void RecordWriter::write(QByteArrayView utf8)
{
    m_buffer += utf8;
    flushIfFull();
}

void RecordWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool RecordWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        if (m_out->write(m_buffer) != m_buffer.size())
            m_failed = true;
    }
    m_buffer.resize(0);   // keeps the capacity for the next records
    return !m_failed;
}

} // namespace csw
