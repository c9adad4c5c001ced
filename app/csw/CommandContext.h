// SPDX-License-Identifier: MIT
#pragma once

#include "book/Book.h"
#include "common/Dates.h"
#include "io/RecordWriter.h"
#include "metrics/Period.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <optional>

namespace csw::cli {

// What a running command needs: the book (opened on first use), standard output, and the
// helpers that turn option text into values or into a `csw: ` message and an exit status.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    explicit CommandContext(QString bookPath);

    const QString &bookPath() const { return m_bookPath; }
    // The opened book, or nullptr after printing why it could not be opened.
    Book *book();
    QFile &out() { return m_out; }
    void print(const QString &line);

    // Prints "csw: message" on stderr and returns 1 (the command failed).
    static int fail(const QString &message);
    // Prints a core error and returns the exit status its kind maps to (exitStatus): the one
    // place where the command line turns an error's kind into its status.
    static int fail(const Error &error);
    // The documented exit status for an error of `kind` (docs: CLI.md ▸ General): every kind
    // of failure is 1; 2 is only for wrong usage, which the parser reports before a book opens.
    static int exitStatus(ErrorKind kind);
    // Prints "csw: message" and a hint on stderr and returns 2 (wrong usage).
    static int usage(const QString &message);

    static std::optional<qint64> parseId(const QString &text);
    // The date in option `name`, or today when it is not given; prints the error.
    std::optional<Date> dateOption(const QCommandLineParser &parser, const QString &name);
    // The --period option as the reports read it (2026-10, FY2026, FY2026-Q3, 2026-Q3 or a range of
    // days) for a book whose fiscal year starts in `fiscalStartMonth`; the current fiscal year
    // when it is not given. A period still running is cut to `today`. Prints the error.
    static std::optional<Period> periodOption(const QCommandLineParser &parser, int fiscalStartMonth,
                                              const Date &today);
    // A date as csw reads one: YYYY-MM-DD, or the Japanese era calendar (令和8年4月1日, R8.4.1).
    static std::optional<Date> parseDate(const QString &text);
    // The --format option's value, or nullopt after printing the error.
    static std::optional<RecordWriter::Format> format(const QCommandLineParser &parser);
    // The --format option's writer, or nullptr after printing the error.
    std::unique_ptr<RecordWriter> writer(const QCommandLineParser &parser,
                                         RecordWriter::Shape shape = RecordWriter::Shape::List);
    static QCommandLineOption formatOption();
    // Writes `rows` through `writer`; returns the exit status.
    int finish(RecordWriter &writer);

private:
    QString m_bookPath;
    std::unique_ptr<Book> m_book;
    QFile m_out;
};

} // namespace csw::cli
