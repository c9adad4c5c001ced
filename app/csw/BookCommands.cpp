// SPDX-License-Identifier: MIT
// csw init, demo, backup, check: commands on the book as a whole.
#include "Cli.h"
#include "CommandContext.h"

#include "book/Book.h"
#include "book/BackupRotation.h"
#include "book/BookMaintenance.h"
#include "book/BookCopy.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"

#include <QFileInfo>

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
        return CommandContext::fail(book.error());
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
    const auto healthMonths = intOption(parser, QStringLiteral("health-months"));
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!accounts || !months || !healthMonths)
        return 1;
    if (!seedOk)
        return CommandContext::fail(Tr::tr("--seed: '%1' is not a whole number")
                                        .arg(parser.value(QStringLiteral("seed"))));
    options.accounts = *accounts;
    options.months = *months;
    options.healthMonths = *healthMonths;
    if (parser.isSet(QStringLiteral("voc"))) {
        bool ok = false;
        options.vocEntries = parser.value(QStringLiteral("voc")).toLongLong(&ok);
        if (!ok)
            return CommandContext::fail(Tr::tr("--voc: '%1' is not a whole number")
                                            .arg(parser.value(QStringLiteral("voc"))));
    }
    if (parser.isSet(QStringLiteral("language"))) {
        const auto language = DemoData::languageFromKey(parser.value(QStringLiteral("language")));
        if (!language)
            return CommandContext::usage(Tr::tr("--language: '%1' is not ja or en")
                                             .arg(parser.value(QStringLiteral("language"))));
        options.language = *language;
    } else {
        options.language = DemoData::languageFor(Translations::current());
    }
    if (auto ok = DemoGenerator::check(options); !ok)
        return CommandContext::fail(ok.error());

    std::unique_ptr<Book> created;
    Book *book = nullptr;
    // A new file, or an empty team database, becomes a book; a team book that is one already
    // (Conflict) is filled like an existing file.
    const bool team = BookLocation::isUrl(context.bookPath());
    if (team || !QFileInfo::exists(context.bookPath())) {
        auto made = Book::create(context.bookPath(), Currency());
        if (made) {
            created = std::move(*made);
            book = created.get();
        } else if (!team || made.error().kind != ErrorKind::Conflict) {
            return CommandContext::fail(made.error());
        }
    }
    if (!book && !(book = context.book()))
        return 1;
    const auto summary = DemoGenerator::fill(*book, options);
    if (!summary) {
        if (created && !team) {   // a file this command made and could not fill is not left behind
            const QString path = created->path();
            created.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return CommandContext::fail(summary.error());
    }
    context.print(Tr::tr("Generated %1 accounts with %2 stage events, %3 ARR events, %4 "
                         "renewals, %5 health scores, %6 VOC entries, %7 activities, %8 tasks, %9 "
                         "success plan objectives and %10 contacts in %11.")
                      .arg(summary->accounts)
                      .arg(summary->stageEvents)
                      .arg(summary->arrEvents)
                      .arg(summary->renewals)
                      .arg(summary->healthScores)
                      .arg(summary->vocEntries)
                      .arg(summary->activities)
                      .arg(summary->tasks)
                      .arg(summary->objectives)
                      .arg(summary->contacts)
                      .arg(book->path()));
    return 0;
}

int backup(CommandContext &context, const QCommandLineParser &parser)
{
    const QString target = parser.positionalArguments().value(0);
    Book *book = context.book();
    if (!book)
        return 1;
    if (target.isEmpty()) {   // the rotating backups next to the book
        bool ok = false;
        const int keep = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok)
            return CommandContext::usage(Tr::tr("--keep: '%1' is not a number").arg(parser.value(QStringLiteral("keep"))));
        const auto made = BackupRotation::run(*book, keep);
        if (!made)
            return CommandContext::fail(made.error());
        context.print(Tr::tr("Backed up %1 to %2.").arg(book->path(), *made));
        return 0;
    }
    if (auto ok = BookMaintenance::backup(*book, target); !ok)
        return CommandContext::fail(ok.error());
    context.print(Tr::tr("Backed up %1 to %2.").arg(book->path(), target));
    return 0;
}

// csw team push BOOK URL: a local book, history and all, into an empty team book.
int teamPush(CommandContext &context, const QCommandLineParser &parser)
{
    const QString source = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    if (BookLocation::isUrl(source) || !BookLocation::isUrl(target))
        return CommandContext::usage(Tr::tr("team push takes a local book and a team book's URL, "
                                            "in that order"));
    auto from = Book::open(source);
    if (!from)
        return CommandContext::fail(from.error());
    const auto copied = BookCopy::copyTo(**from, target);
    if (!copied)
        return CommandContext::fail(copied.error());
    context.print(Tr::tr("Pushed %1 rows of %2 tables from %3 to %4.")
                      .arg(copied->rows)
                      .arg(copied->tables)
                      .arg(source, target));
    return 0;
}

int check(CommandContext &context, const QCommandLineParser &parser)
{
    Book *book = context.book();
    if (!book)
        return 1;
    if (parser.isSet(QStringLiteral("reindex"))) {
        if (auto ok = BookMaintenance::reindex(*book); !ok)
            return CommandContext::fail(ok.error());
        context.print(Tr::tr("%1: every index rebuilt from its table").arg(book->path()));
    }
    const auto problems = BookMaintenance::problems(*book);
    if (!problems)
        return CommandContext::fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            CommandContext::fail(book->path() + QStringLiteral(": ") + problem);
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
             p.addOption({QStringLiteral("health-months"),
                          Tr::tr("How many monthly health snapshots each account gets."),
                          QStringLiteral("H"), QStringLiteral("6")});
             p.addOption({QStringLiteral("voc"),
                          Tr::tr("How many VOC entries (default: one for every four accounts)."),
                          QStringLiteral("N")});
             p.addOption({QStringLiteral("seed"),
                          Tr::tr("The random seed: the same seed gives the same book."),
                          QStringLiteral("S"), QStringLiteral("1")});
             p.addOption({QStringLiteral("language"),
                          Tr::tr("The language of the generated names and texts: ja or en "
                                 "(default: the language csw speaks)."),
                          QStringLiteral("ja|en")});
         },
         demo},
        {QStringLiteral("backup"), QStringLiteral("[FILE]"),
         Tr::tr("Write a consistent copy of the book to a new file; without FILE, to the "
                "rotating backups next to the book."),
         0, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("keep"), Tr::tr("How many rotating backups to keep."),
                          QStringLiteral("N"), QStringLiteral("7")});
         },
         backup},
        {QStringLiteral("restore"), QStringLiteral("BACKUP"),
         Tr::tr("Copy a backup to a new book next to the current one (never overwrites); "
                "prints its path."),
         1, 1, {},
         [](CommandContext &context, const QCommandLineParser &parser) {
             const auto copy = BackupRotation::restoreCopy(parser.positionalArguments().constFirst(),
                                                           context.bookPath());
             if (!copy)
                 return CommandContext::fail(copy.error());
             context.print(*copy);
             return 0;
         }},
        {QStringLiteral("team push"), QStringLiteral("BOOK URL"),
         Tr::tr("Copy a local book, history and all, into an empty team book (a new "
                "PostgreSQL database, or one just given 'csw init')."),
         2, 2, {}, teamPush},
        {QStringLiteral("check"), {},
         Tr::tr("Check the book's integrity and schema; exit 1 on a problem."), 0, 0,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("reindex"),
                          Tr::tr("First rebuild every index from its table (when the check "
                                 "found only indexes out of step).")});
         },
         check},
    };
}

} // namespace csw::cli
