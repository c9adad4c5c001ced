// SPDX-License-Identifier: MIT
// csw voc add|show|set|merge|tell|note|history.
#include "Cli.h"
#include "CommandContext.h"
#include "VocOptions.h"

#include "accounts/AccountRepository.h"
#include "accounts/Contacts.h"
#include "voc/VocRepository.h"
#include "voc/VocService.h"

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VocCommands)
};

std::optional<qint64> vocId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    CommandContext::fail(Tr::tr("'%1' is not a VOC entry id").arg(text));
    return std::nullopt;
}

QList<qint64> accountsOf(const VocEntry &entry)
{
    QList<qint64> ids;
    for (const VocLink &link : entry.links)
        ids << link.accountId;
    return ids;
}

// The contact `text` names among `accounts`' people (empty text: nobody); an unknown one is refused.
Expected<std::optional<qint64>> contactNamed(Book &book, const QList<qint64> &accounts, const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<qint64>();
    auto found = Contacts(book).find(accounts, text);
    if (!found)
        return found.error();
    if (!*found)
        return Error{Tr::tr("'%1' is none of the contacts of the accounts named (see csw contact list)").arg(text.trimmed()),
                     ErrorKind::NotFound};
    return std::optional<qint64>((*found)->id);
}

int add(CommandContext &context, const QCommandLineParser &parser)
{
    VocEntry entry;
    const auto links = parseVocLinks(parser.positionalArguments().constFirst(),
                                     parser.value(QStringLiteral("importance")));
    if (!links)
        return CommandContext::fail(links.error());
    entry.links = *links;
    entry.text = parser.value(QStringLiteral("text"));
    // --kind is required: an unset option reads as an empty, refused value.
    std::optional<VocKind> kind = VocNames::kindFromKey(parser.value(QStringLiteral("kind")));
    std::optional<VocTarget> target;
    if (!kind) {
        printVocChoiceError(QStringLiteral("--kind"), parser.value(QStringLiteral("kind")), VocNames::kindKeys());
        return 1;
    }
    if (!vocChoice(parser, QStringLiteral("to"), VocNames::targetFromKey, VocNames::targetKeys(), target)
        || !vocChoice(parser, QStringLiteral("source"), VocNames::sourceFromKey, VocNames::sourceKeys(),
                      entry.source))
        return 1;
    entry.kind = *kind;
    entry.target = target.value_or(VocTarget::Product);
    entry.tags = parser.value(QStringLiteral("tag")).split(QLatin1Char(','));
    const auto date = context.dateOption(parser, QStringLiteral("date"));
    if (!date)
        return 1;
    entry.loggedOn = *date;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto saidBy = contactNamed(*book, accountsOf(entry), parser.value(QStringLiteral("said-by")));
    if (!saidBy)
        return CommandContext::fail(saidBy.error());
    entry.saidBy = *saidBy;
    const auto id = VocService(*book).add(entry);
    if (!id)
        return CommandContext::fail(id.error());
    context.print(QString::number(*id));
    return 0;
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    const auto id = vocId(args.takeFirst());
    if (!id)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    auto entry = VocRepository(*book).get(*id);
    if (!entry)
        return CommandContext::fail(entry.error());
    const auto change = applyVocAssignments(*entry, args);
    if (!change)
        return CommandContext::fail(change.error());
    if (change->saidBy) {
        const auto saidBy = contactNamed(*book, accountsOf(*entry), *change->saidBy);
        if (!saidBy)
            return CommandContext::fail(saidBy.error());
        entry->saidBy = *saidBy;
    }
    const Status done = VocService(*book).editAndMove(*entry, change->status, *on);
    return done ? 0 : CommandContext::fail(done.error());
}

int merge(CommandContext &context, const QCommandLineParser &parser)
{
    const auto from = vocId(parser.positionalArguments().constFirst());
    const auto into = vocId(parser.value(QStringLiteral("into")));
    if (!from || !into)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const Status merged = VocService(*book).merge(*from, *into, *on);
    return merged ? 0 : CommandContext::fail(merged.error());
}

int tell(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = vocId(args[0]);
    const auto account = CommandContext::parseId(args[1]);
    if (!id || !account)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    VocLoop loop{*account, parser.value(QStringLiteral("contact")).trimmed(), *on,
                 parser.value(QStringLiteral("via")).trimmed(), parser.value(QStringLiteral("note")).trimmed()};
    // One of the account's contacts, by id or name, is linked; another name is written as given.
    const auto contact = Contacts(*book).find({*account}, loop.contact);
    if (!contact)
        return CommandContext::fail(contact.error());
    if (*contact) {
        loop.contactId = (*contact)->id;
        loop.contact = (*contact)->name;
    }
    const Status told = VocService(*book).recordLoop(*id, loop);
    return told ? 0 : CommandContext::fail(told.error());
}

int note(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto id = vocId(args[0]);
    if (!id)
        return 1;
    const auto on = context.dateOption(parser, QStringLiteral("date"));
    if (!on)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const Status noted = VocService(*book).addNote(*id, args.mid(1).join(u' '), *on);
    return noted ? 0 : CommandContext::fail(noted.error());
}

int show(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = vocId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    auto writer = context.writer(parser, RecordWriter::Shape::Single);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    VocRepository repository(*book);
    auto entry = repository.get(*id);
    if (!entry)
        return CommandContext::fail(entry.error());
    auto impact = repository.impact(*id);
    if (!impact)
        return CommandContext::fail(impact.error());
    QStringList accounts;
    AccountRepository accountRepository(*book);
    for (const VocLink &link : std::as_const(entry->links)) {
        const auto account = accountRepository.get(link.accountId);
        accounts << QStringLiteral("%1 %2 (%3)")
                        .arg(link.accountId)
                        .arg(account ? account->name : QString(), VocNames::key(link.importance));
    }
    const Currency &currency = book->currency();
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("logged_on"), Tr::tr("Logged")},
                   {QStringLiteral("kind"), Tr::tr("Kind")},
                   {QStringLiteral("target"), Tr::tr("Hand-off to")},
                   {QStringLiteral("status"), Tr::tr("Status")},
                   {QStringLiteral("source"), Tr::tr("Source")},
                   {QStringLiteral("tags"), Tr::tr("Tags")},
                   {QStringLiteral("text"), Tr::tr("Text")},
                   {QStringLiteral("accounts"), Tr::tr("Accounts")},
                   {QStringLiteral("account_count"), Tr::tr("Account count"), ColumnType::Number},
                   {QStringLiteral("arr"), Tr::tr("ARR"), ColumnType::Money},
                   {QStringLiteral("weighted_arr"), Tr::tr("Weighted ARR"), ColumnType::Money},
                   {QStringLiteral("at_risk_arr"), Tr::tr("ARR at risk"), ColumnType::Money},
                   {QStringLiteral("merged_into"), Tr::tr("Merged into"), ColumnType::Number},
                   {QStringLiteral("said_by"), Tr::tr("Said by")}});
    QString saidBy;
    if (entry->saidBy) {
        if (const auto contact = Contacts(*book).get(*entry->saidBy))
            saidBy = Contacts::shownName(contact->name, contact->removedOn.has_value());
    }
    writer->row({QString::number(entry->id), Dates::toIso(entry->loggedOn),
                 VocNames::key(entry->kind), VocNames::key(entry->target),
                 VocNames::key(entry->status),
                 entry->source ? VocNames::key(*entry->source) : QString(),
                 entry->tags.join(QLatin1Char(';')), entry->text,
                 accounts.join(QStringLiteral("; ")), QString::number(impact->accounts),
                 currency.toPlain(impact->arr), currency.toPlain(impact->weightedArr),
                 currency.toPlain(impact->atRiskArr),
                 entry->mergedInto ? QString::number(*entry->mergedInto) : QString(), saidBy});
    return context.finish(*writer);
}

int history(CommandContext &context, const QCommandLineParser &parser)
{
    const auto id = vocId(parser.positionalArguments().constFirst());
    if (!id)
        return 1;
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    VocRepository repository(*book);
    if (auto entry = repository.get(*id); !entry)
        return CommandContext::fail(entry.error());
    auto changes = repository.changes(*id);
    if (!changes)
        return CommandContext::fail(changes.error());
    auto loops = repository.loops(*id);
    if (!loops)
        return CommandContext::fail(loops.error());
    writer->begin({{QStringLiteral("date"), Tr::tr("Date")},
                   {QStringLiteral("field"), Tr::tr("Change")},
                   {QStringLiteral("old_value"), Tr::tr("From")},
                   {QStringLiteral("new_value"), Tr::tr("To")},
                   {QStringLiteral("by"), Tr::tr("By")}});
    for (const VocChange &c : std::as_const(*changes)) {
        writer->row({Dates::toIso(c.changedOn), c.field, c.oldValue.isEmpty() ? QString() : c.oldValue,
                     c.newValue, c.changedBy});
    }
    for (const VocLoop &l : std::as_const(*loops)) {
        writer->row({Dates::toIso(l.toldOn), QStringLiteral("told"), QString::number(l.accountId),
                     QStringList{l.contact, l.channel, l.note}.join(QStringLiteral(" / ")), QString()});
    }
    return context.finish(*writer);
}

QCommandLineOption dateOption(const QString &what)
{
    return {QStringLiteral("date"), what, QStringLiteral("DATE")};
}

} // namespace

QList<Command> vocCommands()
{
    const QString kinds = VocNames::kindKeys().join(QLatin1Char('|'));
    return {
        {QStringLiteral("voc add"), QStringLiteral("ID[:IMPORTANCE][,ID...]"),
         Tr::tr("Log what customers said; prints the new VOC entry's id. IMPORTANCE is 1-3 or "
                "nice-to-have, important, dealbreaker."),
         1, 1,
         [kinds](QCommandLineParser &p) {
             p.addOption({QStringLiteral("kind"), Tr::tr("What kind of voice it is."), kinds});
             p.addOption({QStringLiteral("text"), Tr::tr("What the customer said."), QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("to"), Tr::tr("Hand off to product, marketing, both or sales (default product)."),
                          QStringLiteral("T")});
             p.addOption({QStringLiteral("tag"), Tr::tr("Free tags, comma-separated."), QStringLiteral("A,B")});
             p.addOption({QStringLiteral("source"),
                          Tr::tr("Where it was heard: %1.").arg(VocNames::sourceKeys().join(QStringLiteral(", "))),
                          QStringLiteral("S")});
             p.addOption({QStringLiteral("importance"),
                          Tr::tr("Importance for accounts given without one (default nice-to-have)."),
                          QStringLiteral("I")});
             p.addOption({QStringLiteral("said-by"),
                          Tr::tr("Who said it: one of the accounts' contacts, by id or name."), QStringLiteral("CONTACT")});
             p.addOption(dateOption(Tr::tr("When it was heard (default today).")));
         },
         add},
        {QStringLiteral("voc show"), QStringLiteral("VOC_ID"),
         Tr::tr("One VOC entry with its accounts and impact."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, show},
        {QStringLiteral("voc set"), QStringLiteral("VOC_ID FIELD=VALUE..."),
         Tr::tr("Change an entry: status=S to=T tags=A,B kind=K source=S text=T "
                "accounts=ID[:IMPORTANCE],... said_by=CONTACT"),
         2, -1,
         [](QCommandLineParser &p) { p.addOption(dateOption(Tr::tr("When it changed (default today)."))); },
         set},
        {QStringLiteral("voc merge"), QStringLiteral("VOC_ID"),
         Tr::tr("Merge a duplicate entry into another; accounts and tags are united."), 1, 1,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("into"), Tr::tr("The entry that stays."), QStringLiteral("VOC_ID")});
             p.addOption(dateOption(Tr::tr("When it was merged (default today).")));
         },
         merge},
        {QStringLiteral("voc tell"), QStringLiteral("VOC_ID ACCOUNT_ID"),
         Tr::tr("Record that a customer contact was told what became of the entry (closed loop)."),
         2, 2,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("contact"), Tr::tr("Who was told: one of the account's contacts (id or name) "
                                                            "or any name."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("via"), Tr::tr("How: email, call, meeting..."), QStringLiteral("HOW")});
             p.addOption({QStringLiteral("note"), Tr::tr("A note."), QStringLiteral("TEXT")});
             p.addOption(dateOption(Tr::tr("When (default today).")));
         },
         tell},
        {QStringLiteral("voc note"), QStringLiteral("VOC_ID TEXT"),
         Tr::tr("Write a note on an entry (kept in its history with who wrote it)."), 2, -1,
         [](QCommandLineParser &p) { p.addOption(dateOption(Tr::tr("When (default today)."))); }, note},
        {QStringLiteral("voc history"), QStringLiteral("VOC_ID"),
         Tr::tr("Every dated change of an entry and who was told."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, history},
    };
}

} // namespace csw::cli
