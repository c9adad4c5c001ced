// SPDX-License-Identifier: MIT
#include "programs/Attendance.h"

#include "book/Book.h"
#include "common/SearchFold.h"
#include "importing/RowImport.h"

#include <QSqlQuery>

namespace csw {

namespace {

// Mail services anyone uses: their domain says nothing of the company.
const QStringList freeMail = {
    QStringLiteral("gmail.com"),   QStringLiteral("yahoo.co.jp"), QStringLiteral("yahoo.com"),
    QStringLiteral("outlook.com"), QStringLiteral("outlook.jp"),  QStringLiteral("hotmail.com"),
    QStringLiteral("icloud.com"),  QStringLiteral("me.com"),      QStringLiteral("docomo.ne.jp"),
    QStringLiteral("ezweb.ne.jp"), QStringLiteral("au.com"),      QStringLiteral("softbank.ne.jp"),
};

QString domainOf(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

// What the book knows to match with: contacts by email, accounts by the domain their contacts
// use (when one account alone uses it), and accounts by folded name.
struct Known
{
    QHash<QString, QList<std::pair<qint64, qint64>>> byEmail;   // email → contact, account (one each)
    QHash<QString, QSet<qint64>> byDomain;
    QHash<QString, QList<qint64>> byFoldedName;
    QHash<qint64, QString> names;
};

Expected<Known> load(const Book &book)
{
    Known known;
    auto contacts = book.query(QStringLiteral("SELECT id, account_id, email FROM contact WHERE email IS NOT NULL AND "
                                              "removed_on IS NULL"));
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        const QString email = contacts->value(2).toString().trimmed().toLower();
        known.byEmail[email] << std::pair{contacts->value(0).toLongLong(), contacts->value(1).toLongLong()};
        if (const QString domain = domainOf(email); !domain.isEmpty() && !freeMail.contains(domain))
            known.byDomain[domain].insert(contacts->value(1).toLongLong());
    }
    auto accounts = book.query(QStringLiteral("SELECT id, name FROM account"));
    if (!accounts)
        return accounts.error();
    while (accounts->next()) {
        known.names.insert(accounts->value(0).toLongLong(), accounts->value(1).toString());
        known.byFoldedName[SearchFold::of(accounts->value(1).toString().trimmed())] << accounts->value(0).toLongLong();
    }
    return known;
}

} // namespace

const QList<ImportField> &Attendance::fields()
{
    static const QList<ImportField> list = {
        {QStringLiteral("name"), tr("Name"), true,
         RowImport::aliases({"name", "full name", "attendee name", "user name (original name)", "display name",
                             "名前", "氏名", "お名前", "参加者名", "ユーザー名"})},
        {QStringLiteral("email"), tr("Email"), false,
         RowImport::aliases({"email", "e-mail", "email address", "user email", "attendee email", "メールアドレス",
                             "メール", "eメール"})},
        {QStringLiteral("company"), tr("Company"), false,
         RowImport::aliases({"company", "organization", "organisation", "company name", "account", "会社名", "所属",
                             "企業名", "勤務先"})},
    };
    return list;
}

Expected<AttendanceMatch> Attendance::match(const Book &book, const CsvTable &table)
{
    const ImportMapping mapping = ImportMapping::suggest(fields(), table.header);
    if (!mapping.has(QStringLiteral("name")))
        return Error{tr("%1: no column holds the attendees' names (Name, 名前, 氏名…)").arg(table.name),
                     ErrorKind::Invalid};
    if (!mapping.has(QStringLiteral("email")) && !mapping.has(QStringLiteral("company")))
        return Error{tr("%1: no email or company column to match the attendees with").arg(table.name),
                     ErrorKind::Invalid};
    auto known = load(book);
    if (!known)
        return known.error();
    auto accounts = AccountResolver::load(book);
    if (!accounts)
        return accounts.error();
    AttendanceMatch out;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const auto cell = [&](const char *field) { return RowImport::cell(table, mapping, i, QLatin1String(field)).trimmed(); };
        Attendee a{table.rowNumber(i), cell("name"), cell("email"), cell("company")};
        if (a.name.isEmpty() && a.email.isEmpty())
            continue;   // a blank line or a tool's summary row
        const QString email = a.email.toLower();
        const QString domain = domainOf(email);
        const QList<std::pair<qint64, qint64>> contacts = known->byEmail.value(email);
        const QSet<qint64> owners = known->byDomain.value(domain);
        if (contacts.size() == 1) {
            a.contactId = contacts.constFirst().first;
            a.accountId = contacts.constFirst().second;
            a.how = QStringLiteral("email");
        } else if (contacts.isEmpty() && owners.size() == 1) {
            a.accountId = *owners.cbegin();
            a.how = QStringLiteral("domain");
        } else if (!a.company.isEmpty()) {
            const auto resolved = accounts->resolve(a.company);
            const QList<qint64> folded = known->byFoldedName.value(SearchFold::of(a.company));
            if (resolved)
                a.accountId = *resolved;
            else if (folded.size() == 1)
                a.accountId = folded.constFirst();
            if (a.accountId > 0)
                a.how = QStringLiteral("company");
            else
                a.how = folded.size() > 1 ? resolved.error().message : tr("no account is named '%1'").arg(a.company);
        } else if (contacts.size() > 1) {
            a.how = tr("%1 contacts have this email, and no company is given").arg(contacts.size());
        } else {
            a.how = owners.size() > 1 ? tr("%1 accounts' contacts use %2, and no company is given").arg(owners.size()).arg(domain)
                                      : tr("no contact has this email, and no company is given");
        }
        a.accountName = known->names.value(a.accountId);
        (a.accountId > 0 ? out.matched : out.unmatched) << a;
    }
    return out;
}

} // namespace csw
