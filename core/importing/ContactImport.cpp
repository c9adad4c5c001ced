// SPDX-License-Identifier: MIT
#include "importing/ContactImport.h"

#include "accounts/Contacts.h"
#include "book/Book.h"
#include "health/PeopleMeasures.h"
#include "importing/RowImport.h"

namespace csw {

namespace {

bool isJapanese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

QString ContactImport::fullName(const QString &last, const QString &first)
{
    if (last.isEmpty() || first.isEmpty())
        return last.isEmpty() ? first : last;
    return isJapanese(last + first) ? last + QLatin1Char(' ') + first : first + QLatin1Char(' ') + last;
}

const QList<ImportField> &ContactImport::fields()
{
    // The account by its id or name, never by a bare "Name" (that is the person's).
    static const QList<ImportField> list = {
        {QStringLiteral("account"), tr("Account (external id, name or #id)"), true,
         RowImport::aliases({"account_id", "accountid", "external_id", "account", "account name", "company", "company name",
                  "associated company", "取引先id", "顧客id", "会社名", "取引先名", "顧客名", "アカウント"})},
        {QStringLiteral("name"), tr("Name"), false, RowImport::aliases({"full name", "contact name", "氏名", "名前", "担当者名"})},
        {QStringLiteral("last_name"), tr("Last name"), false, RowImport::aliases({"lastname", "last name", "surname", "姓"})},
        {QStringLiteral("first_name"), tr("First name"), false, RowImport::aliases({"firstname", "first name", "given name", "名"})},
        {QStringLiteral("kana"), tr("Reading (kana)"), false,
         RowImport::aliases({"reading", "furigana", "フリガナ", "ふりがな", "よみがな", "氏名（カナ）", "カナ"})},
        {QStringLiteral("title"), tr("Title"), false, RowImport::aliases({"job title", "役職", "肩書"})},
        {QStringLiteral("department"), tr("Department"), false, RowImport::aliases({"部署", "部署名", "所属"})},
        {QStringLiteral("email"), tr("Email"), false, RowImport::aliases({"email address", "e-mail", "mail", "メールアドレス", "メール"})},
        {QStringLiteral("phone"), tr("Phone"), false,
         RowImport::aliases({"phone number", "mobilephone", "mobile phone", "mobile", "電話番号", "電話", "携帯電話"})},
        {QStringLiteral("roles"), tr("Roles"), false, RowImport::aliases({"role", "役割"})},
        {QStringLiteral("notes"), tr("Notes"), false, RowImport::aliases({"description", "メモ", "備考"})},
    };
    return list;
}

Expected<ImportResult> ContactImport::run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                          const ImportOptions &options)
{
    if (auto ok = mapping.checkRequired(fields()); !ok)
        return ok.error();
    if (!mapping.has(QStringLiteral("name")) && !mapping.has(QStringLiteral("last_name")))
        return Error{tr("map the contact's name (name, or last_name and first_name)"), ErrorKind::Invalid};
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    Contacts contacts(book);
    const RowImport::SkippingRow row = [&](qsizetype i, QList<ImportProblem> &problems, bool &skipped) -> Status {
        const auto cell = [&](const char *field) { return RowImport::cell(table, mapping, i, QLatin1String(field)); };
        const auto problem = [&](const char *field, const QString &reason) {
            problems << RowImport::problem(table, mapping, i, QLatin1String(field), reason);
        };
        const qsizetype before = problems.size();
        Contact c;
        if (const auto account = accounts->resolve(cell("account")))
            c.accountId = *account;
        else
            problem("account", account.error().message);
        c.name = cell("name");
        if (c.name.isEmpty())
            c.name = fullName(cell("last_name"), cell("first_name"));
        if (c.name.isEmpty())
            problem(mapping.has(QStringLiteral("name")) ? "name" : "last_name", tr("a contact needs a name"));
        c.kana = cell("kana");
        c.title = cell("title");
        c.department = cell("department");
        c.email = cell("email");
        if (const QString why = Contacts::emailProblem(c.email); !why.isEmpty())
            problem("email", why);
        c.phone = cell("phone");
        if (const QString why = Contacts::phoneProblem(c.phone); !why.isEmpty())
            problem("phone", why);
        if (auto roles = ContactRoles::parse(cell("roles")))
            c.roles = *roles;
        else
            problem("roles", roles.error().message);
        c.notes = cell("notes");
        if (problems.size() > before)
            return {};
        // Someone the account already has (by email, else by name) is not added twice: a file
        // imported again, or exported from two places, skips them.
        auto known = contacts.sameAs(c);
        if (!known)
            return known.error();
        if (*known) {
            skipped = true;
            return {};
        }
        // A row the book refuses for what it says is that row's problem; anything else (a busy
        // book, a refusal by the server, a lost connection) ends the import with its error.
        auto added = contacts.add(c);
        if (added) {   // and the champion measure it may move, where the scorecard has it
            auto fed = PeopleMeasures(book).feed(c.accountId, options.today);
            return fed ? Status() : Status(fed.error());
        }
        const ErrorKind kind = added.error().kind;
        if (kind != ErrorKind::Invalid && kind != ErrorKind::Conflict && kind != ErrorKind::NotFound)
            return added.error();
        problem("account", added.error().message);
        return {};
    };
    return RowImport::run(book, table, options, row);
}

} // namespace csw
