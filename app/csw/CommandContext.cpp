// SPDX-License-Identifier: MIT
#include "CommandContext.h"

#include "calendar/JapaneseEra.h"


#include <cstdio>

namespace csw::cli {

CommandContext::CommandContext(QString bookPath) : m_bookPath(std::move(bookPath))
{
    m_out.open(stdout, QIODevice::WriteOnly);
}

Book *CommandContext::book()
{
    if (!m_book) {
        auto opened = Book::open(m_bookPath);
        if (!opened) {
            // How to make one is the command line's to say; the window has its New Book. Only
            // where nothing is yet: over another program's file or tables, init would refuse.
            if (opened.error().kind == ErrorKind::NoBook)
                fail(tr("%1 (create one with 'csw init')").arg(opened.error().message));
            else
                fail(opened.error());
            return nullptr;
        }
        m_book = std::move(*opened);
    }
    return m_book.get();
}

void CommandContext::print(const QString &line)
{
    m_out.write((line + QLatin1Char('\n')).toUtf8());
    m_out.flush();
}

int CommandContext::fail(const QString &message)
{
    fprintf(stderr, "csw: %s\n", message.toLocal8Bit().constData());
    return 1;
}

int CommandContext::fail(const Error &error)
{
    fprintf(stderr, "csw: %s\n", error.message.toLocal8Bit().constData());
    return exitStatus(error.kind);
}

int CommandContext::exitStatus(ErrorKind kind)
{
    // CLI.md promises scripts one status for every failure, whatever its kind; a new status
    // for a kind (a busy book, say) is decided here and documented there.
    Q_UNUSED(kind);
    return 1;
}

int CommandContext::usage(const QString &message)
{
    fprintf(stderr, "csw: %s\n%s\n", message.toLocal8Bit().constData(),
            tr("Try 'csw --help'.").toLocal8Bit().constData());
    return 2;
}

std::optional<qint64> CommandContext::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(tr("'%1' is not an account id (a whole number, as 'csw account list' shows)")
                 .arg(text));
        return std::nullopt;
    }
    return id;
}

std::optional<Date> CommandContext::parseDate(const QString &text)
{
    if (auto date = Dates::parseIso(text))
        return date;
    if (auto era = JapaneseEra::parse(text); era && *era)
        return **era;
    return std::nullopt;
}

std::optional<Period> CommandContext::periodOption(const QCommandLineParser &parser, int fiscalStartMonth,
                                                   const Date &today)
{
    Period period = Period::fiscalYearOf(today, fiscalStartMonth);
    if (parser.isSet(QStringLiteral("period"))) {
        auto parsed = Period::parse(parser.value(QStringLiteral("period")), fiscalStartMonth);
        if (!parsed) {
            fail(QStringLiteral("--period: ") + parsed.error().message);
            return std::nullopt;
        }
        period = *parsed;
    }
    return period.toDate(today);   // a period still running: measured so far
}

std::optional<Date> CommandContext::dateOption(const QCommandLineParser &parser,
                                               const QString &name)
{
    if (!parser.isSet(name))
        return Dates::today();
    const QString text = parser.value(name);
    if (auto date = Dates::parseIso(text))
        return date;
    if (auto era = JapaneseEra::parse(text)) {   // 令和8年4月1日, R8.4.1
        if (*era)
            return **era;
        fail(QStringLiteral("--%1: %2").arg(name, era->error().message));
        return std::nullopt;
    }
    fail(tr("--%1: '%2' is not a date (YYYY-MM-DD or 令和8年4月1日)").arg(name, text));
    return std::nullopt;
}

QCommandLineOption CommandContext::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output as table, csv or json."),
                              QStringLiteral("table|csv|json"), QStringLiteral("table"));
}

std::optional<RecordWriter::Format> CommandContext::format(const QCommandLineParser &parser)
{
    const QString key = parser.value(QStringLiteral("format"));
    const auto format = RecordWriter::formatFromKey(key);
    if (!format)
        fail(tr("--format: '%1' is not table, csv or json").arg(key));
    return format;
}

std::unique_ptr<RecordWriter> CommandContext::writer(const QCommandLineParser &parser,
                                                     RecordWriter::Shape shape)
{
    const auto chosen = format(parser);
    return chosen ? RecordWriter::create(*chosen, &m_out, shape) : nullptr;
}

int CommandContext::finish(RecordWriter &writer)
{
    if (!writer.end())
        return fail(tr("cannot write the output: %1").arg(m_out.errorString()));
    m_out.flush();
    return 0;
}

} // namespace csw::cli
