// SPDX-License-Identifier: MIT
// csw init, demo, backup, check: commands on the book as a whole.
#include "Cli.h"
#include "CommandContext.h"

#include "book/Book.h"
#include "demo/DemoGenerator.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookCommands)
};

int init(CommandContext &context, const QCommandLineParser &parser)
{
    auto currency = Currency::fromCode(parser.value(QStringLiteral("currency")));
    if (!currency)
        return CommandContext::fail(QStringLiteral("--currency: ") + currency.error().message);
    auto book = Book::create(context.bookPath(), *currency);
    if (!book)
        return CommandContext::fail(book.error().message);
    context.print(Tr::tr("Created the book %1 (%2).").arg(context.bookPath(), currency->code()));
    return 0;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        CommandContext::fail(Tr::tr("--%1: '%2' is not a whole number")
                                 .arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int demo(CommandContext &context, const QCommandLineParser &parser)
{
    DemoOptions options;
    const auto accounts = intOption(parser, QStringLiteral("accounts"));
    const auto months = intOption(parser, QStringLiteral("months"));
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!accounts || !months)
        return 1;
    if (!seedOk)
        return CommandContext::fail(Tr::tr("--seed: '%1' is not a whole number")
                                        .arg(parser.value(QStringLiteral("seed"))));
    options.accounts = *accounts;
    options.months = *months;
    if (auto ok = DemoGenerator::check(options); !ok)
        return CommandContext::fail(ok.error().message);

    std::unique_ptr<Book> created;
    Book *book = nullptr;
    if (!QFileInfo::exists(context.bookPath())) {
        auto made = Book::create(context.bookPath(), Currency());
        if (!made)
            return CommandContext::fail(made.error().message);
        created = std::move(*made);
        book = created.get();
    } else if (!(book = context.book())) {
        return 1;
    }
    const auto summary = DemoGenerator::fill(*book, options);
    if (!summary) {
        if (created) {   // a book this command made and could not fill is not left behind
            const QString path = created->path();
            created.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return CommandContext::fail(summary.error().message);
    }
    context.print(Tr::tr("Generated %1 accounts with %2 stage events, %3 ARR events and %4 "
                         "renewals in %5.")
                      .arg(summary->accounts)
                      .arg(summary->stageEvents)
                      .arg(summary->arrEvents)
                      .arg(summary->renewals)
                      .arg(book->path()));
    return 0;
}

int backup(CommandContext &context, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(target))
        return CommandContext::fail(
            Tr::tr("%1 exists already; a backup never overwrites a file").arg(target));
    Book *book = context.book();
    if (!book)
        return 1;
    QSqlQuery query(book->database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        return CommandContext::fail(Tr::tr("the backup to %1 failed: %2")
                                        .arg(target, book->errorFrom(query).message));
    }
    context.print(Tr::tr("Backed up %1 to %2.").arg(book->path(), target));
    return 0;
}

// Problems `csw check` finds beyond SQLite's own checks: the book's rules about itself.
const QList<std::pair<const char *, const char *>> &consistencyChecks()
{
    static const QList<std::pair<const char *, const char *>> checks = {
        {QT_TRANSLATE_NOOP("BookCommands", "accounts whose stage differs from their last stage event"),
         "SELECT count(*) FROM account a WHERE a.stage <> (SELECT e.stage FROM stage_event e "
         "WHERE e.account_id = a.id ORDER BY e.entered_on DESC, e.id DESC LIMIT 1)"},
        {QT_TRANSLATE_NOOP("BookCommands", "accounts without any stage event"),
         "SELECT count(*) FROM account a WHERE NOT EXISTS "
         "(SELECT 1 FROM stage_event e WHERE e.account_id = a.id)"},
        {QT_TRANSLATE_NOOP("BookCommands", "active accounts whose ARR differs from their last ARR event"),
         "SELECT count(*) FROM account a WHERE a.stage <> 'churned' AND a.arr <> coalesce("
         "(SELECT e.arr_after FROM arr_event e WHERE e.account_id = a.id "
         "ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1), 0)"},
        {QT_TRANSLATE_NOOP("BookCommands", "dates that are not YYYY-MM-DD"),
         "SELECT (SELECT count(*) FROM account WHERE start_on NOT GLOB "
         "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' OR renewal_on NOT GLOB "
         "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') + (SELECT count(*) FROM stage_event "
         "WHERE entered_on NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"},
    };
    return checks;
}

int check(CommandContext &context, const QCommandLineParser &)
{
    Book *book = context.book();
    if (!book)
        return 1;
    QStringList problems;
    QSqlQuery query(book->database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << book->errorFrom(query).message;
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << Tr::tr("integrity: %1").arg(line);
        }
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            problems << Tr::tr("a row of %1 points to a missing %2 (row id %3)")
                            .arg(query.value(0).toString(), query.value(2).toString(),
                                 query.value(1).toString());
    }
    if (problems.isEmpty()) {
        for (const auto &[what, sql] : consistencyChecks()) {
            if (!query.exec(QString::fromLatin1(sql)) || !query.next()) {
                problems << book->errorFrom(query).message;
            } else if (const qint64 n = query.value(0).toLongLong(); n > 0) {
                problems << QStringLiteral("%1: %2")
                                .arg(QCoreApplication::translate("BookCommands", what))
                                .arg(n);
            }
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            fprintf(stderr, "csw: %s: %s\n", book->path().toLocal8Bit().constData(),
                    problem.toLocal8Bit().constData());
        return 1;
    }
    context.print(Tr::tr("%1: ok (schema %2)").arg(book->path()).arg(book->schemaVersion()));
    return 0;
}

} // namespace

QList<Command> bookCommands()
{
    return {
        {QStringLiteral("init"), {}, Tr::tr("Create an empty book."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("currency"),
                          Tr::tr("The book's currency (ISO 4217 code)."),
                          QStringLiteral("CODE"), QStringLiteral("JPY")});
         },
         init},
        {QStringLiteral("demo"), {},
         Tr::tr("Fill an empty book (created if missing) with realistic generated data."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("accounts"), Tr::tr("How many accounts."),
                          QStringLiteral("N"), QStringLiteral("300")});
             p.addOption({QStringLiteral("months"), Tr::tr("How many months of history."),
                          QStringLiteral("M"), QStringLiteral("24")});
             p.addOption({QStringLiteral("seed"),
                          Tr::tr("The random seed: the same seed gives the same book."),
                          QStringLiteral("S"), QStringLiteral("1")});
         },
         demo},
        {QStringLiteral("backup"), QStringLiteral("FILE"),
         Tr::tr("Write a consistent copy of the book to a new file."), 1, 1, {}, backup},
        {QStringLiteral("check"), {},
         Tr::tr("Check the book's integrity and schema; exit 1 on a problem."), 0, 0, {}, check},
    };
}

} // namespace csw::cli
