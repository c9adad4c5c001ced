// SPDX-License-Identifier: MIT
// csw contact add|list|set|remove: an account's people and their roles (issue 18).
#include "Cli.h"
#include "CommandContext.h"
#include "PeopleFeed.h"

#include "accounts/Contacts.h"

#include <QCoreApplication>

namespace csw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)
};

std::optional<qint64> contactId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        CommandContext::usage(Tr::tr("'%1' is not a contact id (as 'csw contact list' shows)").arg(text));
        return std::nullopt;
    }
    return id;
}

int add(CommandContext &context, const QCommandLineParser &parser)
{
    const auto account = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!account)
        return 1;
    if (!parser.isSet(QStringLiteral("name")))
        return CommandContext::usage(Tr::tr("contact add: --name is required"));
    Contact c;
    c.accountId = *account;
    c.name = parser.value(QStringLiteral("name"));
    c.kana = parser.value(QStringLiteral("kana"));
    c.title = parser.value(QStringLiteral("title"));
    c.department = parser.value(QStringLiteral("department"));
    c.email = parser.value(QStringLiteral("email"));
    c.phone = parser.value(QStringLiteral("phone"));
    c.notes = parser.value(QStringLiteral("notes"));
    c.primary = parser.isSet(QStringLiteral("primary"));
    const auto roles = ContactRoles::parse(parser.values(QStringLiteral("role")).join(QLatin1Char(',')));
    if (!roles)
        return CommandContext::fail(QStringLiteral("--role: ") + roles.error().message);
    c.roles = *roles;
    Book *book = context.book();
    if (!book)
        return 1;
    qint64 id = 0;
    return withPeopleMeasures(context, *book, c.accountId, [&]() -> Status {
        const auto added = Contacts(*book).add(c);
        if (!added)
            return added.error();
        id = *added;
        return {};
    }, [&]() { context.print(QString::number(id)); });
}

int list(CommandContext &context, const QCommandLineParser &parser)
{
    const auto account = CommandContext::parseId(parser.positionalArguments().value(0));
    if (!account)
        return 1;
    auto writer = context.writer(parser);
    if (!writer)
        return 1;
    Book *book = context.book();
    if (!book)
        return 1;
    const auto contacts = Contacts(*book).ofAccount(*account);
    if (!contacts)
        return CommandContext::fail(contacts.error());
    writer->begin({{QStringLiteral("id"), Tr::tr("ID"), ColumnType::Number},
                   {QStringLiteral("name"), Tr::tr("Name")},
                   {QStringLiteral("kana"), Tr::tr("Reading")},
                   {QStringLiteral("title"), Tr::tr("Title")},
                   {QStringLiteral("department"), Tr::tr("Department")},
                   {QStringLiteral("email"), Tr::tr("Email")},
                   {QStringLiteral("phone"), Tr::tr("Phone")},
                   {QStringLiteral("roles"), Tr::tr("Roles")},
                   {QStringLiteral("primary"), Tr::tr("Primary")},
                   {QStringLiteral("left_on"), Tr::tr("Left on")},
                   {QStringLiteral("notes"), Tr::tr("Notes")}});
    for (const Contact &c : *contacts)
        writer->row({QString::number(c.id), c.name, c.kana, c.title, c.department, c.email, c.phone,
                     ContactRoles::keys(c.roles), c.primary ? QStringLiteral("yes") : QStringLiteral("no"),
                     c.leftOn ? Dates::toIso(*c.leftOn) : QString(), c.notes});
    return context.finish(*writer);
}

// The book and the contact the first argument names; nullopt after saying why (`rc`: 2 for a
// malformed id, 1 otherwise).
std::optional<std::pair<Book *, Contact>> named(CommandContext &context, const QString &text, int &rc)
{
    rc = 2;
    const auto id = contactId(text);
    if (!id)
        return std::nullopt;
    rc = 1;
    Book *book = context.book();
    if (!book)
        return std::nullopt;
    auto contact = Contacts(*book).get(*id);
    if (!contact) {
        CommandContext::fail(contact.error());
        return std::nullopt;
    }
    return std::make_pair(book, *contact);
}

int set(CommandContext &context, const QCommandLineParser &parser)
{
    int rc = 0;
    auto found = named(context, parser.positionalArguments().value(0), rc);
    if (!found)
        return rc;
    auto &[book, contact] = *found;
    if (auto ok = Contacts::applyFields(contact, parser.positionalArguments().mid(1)); !ok)
        return CommandContext::fail(ok.error());
    return withPeopleMeasures(context, *book, contact.accountId, [&]() { return Contacts(*book).update(contact); });
}

int remove(CommandContext &context, const QCommandLineParser &parser)
{
    int rc = 0;
    const auto found = named(context, parser.positionalArguments().value(0), rc);
    if (!found)
        return rc;
    const auto &[book, contact] = *found;
    Contacts::Removal removal = Contacts::Removal::Deleted;
    return withPeopleMeasures(
        context, *book, contact.accountId,
        [&]() -> Status {
            const auto done = Contacts(*book).remove(contact.id);
            if (!done)
                return done.error();
            removal = *done;
            return {};
        },
        [&]() {   // said, since `contact list` no longer shows them
            if (removal == Contacts::Removal::KeptAsFormer)
                context.print(Tr::tr("Contact %1 is kept as a former contact: the history names them.").arg(contact.id));
        });
}

int restore(CommandContext &context, const QCommandLineParser &parser)
{
    int rc = 0;
    const auto found = named(context, parser.positionalArguments().value(0), rc);
    if (!found)
        return rc;
    const auto &[book, contact] = *found;
    if (!contact.removedOn)
        return CommandContext::fail(
            Tr::tr("contact %1 (%2) is listed: nothing to restore").arg(contact.id).arg(contact.name));
    return withPeopleMeasures(context, *book, contact.accountId, [&]() { return Contacts(*book).restore(contact); });
}

} // namespace

QList<Command> contactCommands()
{
    return {
        {QStringLiteral("contact add"), QStringLiteral("ID"), Tr::tr("Add a person at an account; prints the contact's id."),
         1, 1,
         [](QCommandLineParser &p) {
             for (const auto &[name, help, value] :
                  {std::tuple{"name", Tr::tr("Their name as written (required)."), "NAME"},
                   std::tuple{"kana", Tr::tr("Its reading in kana, for sorting."), "KANA"},
                   std::tuple{"title", Tr::tr("Their title (役職)."), "TITLE"},
                   std::tuple{"department", Tr::tr("Their department (部署)."), "DEPARTMENT"},
                   std::tuple{"email", Tr::tr("Their email address."), "EMAIL"},
                   std::tuple{"phone", Tr::tr("Their phone (03-1234-5678, 090-1234-5678, +81 …)."), "PHONE"},
                   std::tuple{"notes", Tr::tr("Anything else worth knowing."), "TEXT"}})
                 p.addOption({QLatin1String(name), help, QLatin1String(value)});
             p.addOption({QStringLiteral("role"),
                          Tr::tr("decision-maker, champion, user or billing (決裁者, 推進者, 利用者, 請求担当); "
                                 "repeat or separate by commas."),
                          QStringLiteral("ROLE")});
             p.addOption({QStringLiteral("primary"), Tr::tr("The account's primary contact.")});
         },
         add},
        {QStringLiteral("contact list"), QStringLiteral("ID"),
         Tr::tr("An account's contacts: the primary first, those who left last."), 1, 1,
         [](QCommandLineParser &p) { p.addOption(CommandContext::formatOption()); }, list},
        {QStringLiteral("contact set"), QStringLiteral("CONTACT_ID FIELD=VALUE..."),
         Tr::tr("Change a contact: name, kana, title, department, email, phone, roles, primary (yes moves it "
                "here), notes, left (the day they left the company; empty: still there)."),
         2, -1, [](QCommandLineParser &) {}, set},
        {QStringLiteral("contact remove"), QStringLiteral("CONTACT_ID"),
         Tr::tr("Remove a contact (one the history names is kept as a former contact)."), 1, 1,
         [](QCommandLineParser &) {}, remove},
        {QStringLiteral("contact restore"), QStringLiteral("CONTACT_ID"),
         Tr::tr("List a former contact again (one removed while the history names them)."), 1, 1,
         [](QCommandLineParser &) {}, restore},
    };
}

} // namespace csw::cli
