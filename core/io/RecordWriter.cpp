// SPDX-License-Identifier: MIT
#include "io/RecordWriter.h"

#include "common/Money.h"
#include "io/TextWidth.h"

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
        QStringList keys;
        for (const Column &c : columns)
            keys << csvField(c.key, false);
        write(keys.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    }
    void row(const QStringList &values) override
    {
        QString line;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += csvField(values[i], m_columns.value(i).type == ColumnType::Text);
        }
        line += QStringLiteral("\r\n");
        write(line);
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
        if (m_shape == Shape::List)
            write(QStringLiteral("["));
    }
    void row(const QStringList &values) override
    {
        QString object = m_rows++ > 0 ? QStringLiteral(",\n  {") : QStringLiteral("\n  {");
        if (m_shape == Shape::Single)
            object = QStringLiteral("{");
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                object += QStringLiteral(", ");
            object += jsonString(m_columns[i].key) + QStringLiteral(": ");
            const QString &value = values.value(i);
            if (value.isNull())
                object += QStringLiteral("null");
            else if (m_columns[i].type == ColumnType::Text)
                object += jsonString(value);
            else
                object += value;
        }
        object += QLatin1Char('}');
        write(object);
    }
    bool end() override
    {
        if (m_shape == Shape::List)
            write(m_rows > 0 ? QStringLiteral("\n]\n") : QStringLiteral("]\n"));
        else if (m_rows == 0)
            write(QStringLiteral("null\n"));
        else
            write(QStringLiteral("\n"));
        return flush();
    }

private:
    Shape m_shape;
    qsizetype m_rows = 0;
};

class TableWriter final : public RecordWriter
{
public:
    TableWriter(QIODevice *out, Shape shape) : RecordWriter(out), m_shape(shape) {}
    void begin(const QList<Column> &columns) override { m_columns = columns; }
    void row(const QStringList &values) override
    {
        QStringList shown = values;
        for (qsizetype i = 0; i < shown.size() && i < m_columns.size(); ++i) {
            if (m_columns[i].type == ColumnType::Money && !shown[i].isEmpty())
                shown[i] = Currency::groupDigits(shown[i]);
            shown[i].replace(QLatin1Char('\n'), QLatin1Char(' '));
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
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                write(pad(m_columns[i].title, width, false) + QStringLiteral("  ")
                      + values.value(i) + QLatin1Char('\n'));
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
            write(text + QLatin1Char('\n'));
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

QString RecordWriter::csvField(const QString &value, bool neutralize)
{
    QString text = value;
    if (neutralize && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString RecordWriter::jsonString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void RecordWriter::write(const QString &text)
{
    m_buffer += text.toUtf8();
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool RecordWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        if (m_out->write(m_buffer) != m_buffer.size())
            m_failed = true;
    }
    m_buffer.clear();
    return !m_failed;
}

} // namespace csw
