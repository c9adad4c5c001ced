// SPDX-License-Identifier: MIT
#include "accounts/Contacts.h"

#include "book/Book.h"
#include "book/SqlValues.h"
#include "common/EditConflict.h"
#include "common/SearchFold.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace csw {

namespace ContactRoles {

namespace {
struct RoleName
{
    ContactRole role;
    const char *key;
    const char *japanese;
};
const RoleName names[] = {{ContactRole::DecisionMaker, "decision-maker", "決裁者"},
                          {ContactRole::Champion, "champion", "推進者"},
                          {ContactRole::User, "user", "利用者"},
                          {ContactRole::Billing, "billing", "請求担当"}};
} // namespace

QString key(ContactRole role)
{
    for (const RoleName &n : names)
        if (n.role == role)
            return QLatin1String(n.key);
    return {};
}

QString label(ContactRole role)
{
    switch (role) {
    case ContactRole::DecisionMaker: return Contacts::tr("Decision maker");
    case ContactRole::Champion: return Contacts::tr("Champion");
    case ContactRole::User: return Contacts::tr("User");
    case ContactRole::Billing: return Contacts::tr("Billing");
    }
    return {};
}

const QList<ContactRole> &all()
{
    static const QList<ContactRole> roles = {ContactRole::DecisionMaker, ContactRole::Champion, ContactRole::User,
                                             ContactRole::Billing};
    return roles;
}

std::optional<ContactRole> fromText(const QString &text)
{
    const QString folded = SearchFold::of(text.trimmed());
    for (const RoleName &n : names)
        if (folded == QLatin1String(n.key) || folded == SearchFold::of(QString::fromUtf8(n.japanese))
            || folded == SearchFold::of(label(n.role)))
            return n.role;
    return std::nullopt;
}

Expected<QList<ContactRole>> parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，;/]"));
    QList<ContactRole> roles;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.trimmed().isEmpty())
            continue;
        const auto role = fromText(word);
        if (!role)
            return Error{Contacts::tr("'%1' is not a contact role (decision-maker, champion, user, billing)")
                             .arg(word.trimmed()),
                         ErrorKind::Invalid};
        if (!roles.contains(*role))
            roles << *role;
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

QString keys(const QList<ContactRole> &roles)
{
    QStringList out;
    for (ContactRole role : roles)
        out << key(role);
    return out.join(QLatin1Char(','));
}

} // namespace ContactRoles

namespace {

const QString columns = QStringLiteral("id, account_id, name, kana, title, department, email, phone, roles, "
                                       "is_primary, notes, left_on, row_version, removed_on");

Contact fromRow(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.kana = q.value(3).toString();
    c.title = q.value(4).toString();
    c.department = q.value(5).toString();
    c.email = q.value(6).toString();
    c.phone = q.value(7).toString();
    if (auto roles = ContactRoles::parse(q.value(8).toString()))
        c.roles = *roles;
    c.primary = q.value(9).toInt() != 0;
    c.notes = q.value(10).toString();
    c.leftOn = Dates::parseIso(q.value(11).toString());
    c.version = q.value(12).toInt();
    c.removedOn = Dates::parseIso(q.value(13).toString());
    return c;
}

QVariantList values(const Contact &c)
{
    const QString phone = Contacts::normalizedPhone(c.phone);
    const QString roles = c.roles.isEmpty() ? QStringLiteral("") : ContactRoles::keys(c.roles);   // never NULL
    return {c.accountId, c.name.trimmed(), SqlValues::trimmedText(c.kana), SqlValues::trimmedText(c.title), SqlValues::trimmedText(c.department), SqlValues::trimmedText(c.email),
            SqlValues::trimmedText(phone), roles, c.primary ? 1 : 0, SqlValues::trimmedText(c.notes),
            SqlValues::date(c.leftOn)};
}

} // namespace

QString Contacts::emailProblem(const QString &email)
{
    static const QRegularExpression form(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (email.trimmed().isEmpty() || form.match(email.trimmed()).hasMatch())
        return {};
    return tr("'%1' is not an email address (name@example.co.jp)").arg(email.trimmed());
}

QString Contacts::normalizedPhone(const QString &phone)
{
    QString p = phone.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QChar dash : {QChar(0x30FC), QChar(0x2010), QChar(0x2011), QChar(0x2012), QChar(0x2013), QChar(0x2014),
                             QChar(0x2212), QChar(0xFF70)})
        p.replace(dash, QLatin1Char('-'));
    return p;
}

QString Contacts::phoneProblem(const QString &phone)
{
    // 03-1234-5678, 090-1234-5678, 0120-123-456, +81 90 1234 5678, (03) 1234-5678.
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()\-]+$)"));
    const QString p = normalizedPhone(phone);
    if (p.isEmpty())
        return {};
    QString digits = p;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const bool international = p.startsWith(QLatin1Char('+'));
    const bool domestic = !international && digits.startsWith(QLatin1Char('0')) && digits.size() >= 10
                          && digits.size() <= 11;
    if (allowed.match(p).hasMatch() && (domestic || (international && digits.size() >= 8 && digits.size() <= 15)))
        return {};
    return tr("'%1' is not a phone number (03-1234-5678, 090-1234-5678 or +81 3 1234 5678)").arg(p);
}

Status Contacts::check(const Contact &c) const
{
    if (c.name.trimmed().isEmpty())
        return Error{tr("a contact needs a name"), ErrorKind::Invalid};
    if (const QString why = emailProblem(c.email); !why.isEmpty())
        return Error{why, ErrorKind::Invalid};
    if (const QString why = phoneProblem(c.phone); !why.isEmpty())
        return Error{why, ErrorKind::Invalid};
    auto account = m_book.query(QStringLiteral("SELECT 1 FROM account WHERE id = ?"), {c.accountId});
    if (!account)
        return account.error();
    if (!account->next())
        return Error{tr("there is no account %1").arg(c.accountId), ErrorKind::NotFound};
    return {};
}

Expected<QList<Contact>> Contacts::ofAccount(qint64 accountId) const
{
    auto q = m_book.query(QStringLiteral("SELECT %1 FROM contact WHERE account_id = ? AND removed_on IS NULL ORDER BY "
                                         "CASE WHEN left_on IS NULL THEN 0 ELSE 1 END, is_primary DESC, "
                                         "COALESCE(kana, name), id").arg(columns),
                          {accountId});
    if (!q)
        return q.error();
    QList<Contact> contacts;
    while (q->next())
        contacts << fromRow(*q);
    return contacts;
}

Expected<Contact> Contacts::get(qint64 id) const
{
    auto q = m_book.query(QStringLiteral("SELECT %1 FROM contact WHERE id = ?").arg(columns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no contact %1").arg(id), ErrorKind::NotFound};
    return fromRow(*q);
}

Expected<qint64> Contacts::add(const Contact &contact)
{
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        if (auto ok = check(contact); !ok)
            return ok;
        if (contact.primary) {
            auto other = m_book.query(QStringLiteral("SELECT name FROM contact WHERE account_id = ? AND is_primary = 1"),
                                      {contact.accountId});
            if (!other)
                return other.error();
            if (other->next())
                return Error{tr("account %1 already has a primary contact (%2); make this one primary with "
                                "contact set instead")
                                 .arg(contact.accountId)
                                 .arg(other->value(0).toString()),
                             ErrorKind::Conflict};
        }
        auto q = m_book.prepare(QStringLiteral("INSERT INTO contact (id, account_id, name, kana, title, department, "
                                               "email, phone, roles, is_primary, notes, left_on, changed_by, "
                                               "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        q->addBindValue(SqlValues::id(contact.id > 0 ? std::optional<qint64>(contact.id) : std::nullopt));
        for (const QVariant &v : values(contact))
            q->addBindValue(v);
        q->addBindValue(SqlValues::trimmedText(m_book.member().login));
        q->addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
        auto inserted = m_book.insert(*q);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status Contacts::update(const Contact &contact)
{
    return update(contact, contact.version, contact.version + 1);
}

Status Contacts::update(const Contact &contact, int expectedVersion, int newVersion)
{
    return m_book.write([&]() -> Status {
        auto stored = get(contact.id);
        if (!stored)
            return stored.error();
        if (stored->removedOn)   // kept only for the history that names them
            return Error{tr("contact %1 (%2) was removed; only the history still names them")
                             .arg(contact.id)
                             .arg(stored->name),
                         ErrorKind::NotFound};
        Contact c = contact;
        c.accountId = stored->accountId;
        if (auto ok = check(c); !ok)
            return ok;
        if (c.primary && !stored->primary) {   // the account's primary contact moves here
            auto moved = m_book.query(QStringLiteral("UPDATE contact SET is_primary = 0 WHERE account_id = ? "
                                                     "AND is_primary = 1"),
                                      {c.accountId});
            if (!moved)
                return moved.error();
        }
        QVariantList v = values(c);
        v.removeFirst();   // the account stays
        v << newVersion << SqlValues::trimmedText(m_book.member().login) << QDateTime::currentDateTime().toString(Qt::ISODate) << c.id
          << expectedVersion;
        // Based on the contact as the person saw it: never over someone else's edit.
        auto q = m_book.query(QStringLiteral("UPDATE contact SET name = ?, kana = ?, title = ?, department = ?, "
                                             "email = ?, phone = ?, roles = ?, is_primary = ?, notes = ?, left_on = ?, "
                                             "row_version = ?, changed_by = ?, changed_at = ? WHERE id = ? "
                                             "AND row_version = ?"),
                              v);
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return {};
        auto now = m_book.query(QStringLiteral("SELECT changed_by, changed_at FROM contact WHERE id = ?"), {c.id});
        if (!now)
            return now.error();
        if (!now->next())
            return Error{tr("there is no contact %1").arg(c.id), ErrorKind::NotFound};
        return EditConflict::error(tr("contact %1").arg(c.id), now->value(0).toString(), now->value(1).toString());
    });
}

Expected<bool> Contacts::isNamedInHistory(qint64 id) const
{
    auto q = m_book.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM activity_contact WHERE contact_id = ?) "
                                         "OR EXISTS (SELECT 1 FROM voc WHERE contact_id = ?) "
                                         "OR EXISTS (SELECT 1 FROM voc_loop WHERE contact_id = ?) "
                                         "OR EXISTS (SELECT 1 FROM nps_response WHERE contact_id = ?)"),
                          {id, id, id, id});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

Expected<Contacts::Removal> Contacts::remove(qint64 id)
{
    Removal removal = Removal::Deleted;
    const Status done = m_book.write([&]() -> Status {
        auto named = isNamedInHistory(id);
        if (!named)
            return named.error();
        // The hand-off no longer names them either way.
        for (const char *role : {"decision_maker_id", "champion_id"}) {
            auto cleared = m_book.query(QStringLiteral("UPDATE handoff SET %1 = NULL WHERE %1 = ?").arg(QLatin1String(role)),
                                        {id});
            if (!cleared)
                return cleared.error();
        }
        auto q = *named ? m_book.query(QStringLiteral("UPDATE contact SET removed_on = ?, is_primary = 0, "
                                                      "row_version = row_version + 1, changed_by = ?, changed_at = ? "
                                                      "WHERE id = ? AND removed_on IS NULL"),
                                       {Dates::toIso(Dates::today()), SqlValues::trimmedText(m_book.member().login),
                                        QDateTime::currentDateTime().toString(Qt::ISODate), id})
                        : m_book.query(QStringLiteral("DELETE FROM contact WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{tr("there is no contact %1").arg(id), ErrorKind::NotFound};
        removal = *named ? Removal::KeptAsFormer : Removal::Deleted;
        return {};
    });
    if (!done)
        return done.error();
    return removal;
}

Status Contacts::restore(const Contact &contact)
{
    return m_book.write([&]() -> Status {
        // Primary again unless someone else became the account's primary contact meanwhile.
        auto other = m_book.query(QStringLiteral("SELECT 1 FROM contact WHERE account_id = ? AND is_primary = 1 AND id <> ?"),
                                  {contact.accountId, contact.id});
        if (!other)
            return other.error();
        const bool primary = contact.primary && !other->next();
        other->finish();
        auto kept = m_book.query(QStringLiteral("UPDATE contact SET removed_on = NULL, is_primary = ?, row_version = ? "
                                                "WHERE id = ? AND removed_on IS NOT NULL"),
                                 {primary ? 1 : 0, contact.version, contact.id});
        if (!kept)
            return kept.error();
        if (kept->numRowsAffected() == 1)
            return {};
        Contact back = contact;
        back.primary = primary;
        auto added = add(back);
        return added ? Status() : Status(added.error());
    });
}

Expected<Contact> Contacts::ofAccounts(qint64 id, const QList<qint64> &accountIds) const
{
    auto contact = get(id);
    if (!contact)
        return contact.error();
    if (!accountIds.contains(contact->accountId)) {
        QStringList ids;
        for (qint64 account : accountIds)
            ids << QString::number(account);
        return Error{tr("contact %1 (%2) is not one of the people of account %3")
                         .arg(id)
                         .arg(contact->name, ids.join(QStringLiteral(", "))),
                     ErrorKind::Invalid};
    }
    return contact;
}

Expected<std::optional<Contact>> Contacts::find(const QList<qint64> &accountIds, const QString &text) const
{
    const QString wanted = text.trimmed();
    bool number = false;
    const qint64 id = wanted.toLongLong(&number);
    if (number) {
        auto contact = ofAccounts(id, accountIds);
        if (!contact)
            return contact.error();
        return std::optional<Contact>(*contact);
    }
    const QString key = nameKey(wanted);
    for (qint64 account : accountIds) {
        auto q = m_book.query(QStringLiteral("SELECT %1 FROM contact WHERE account_id = ? ORDER BY removed_on IS NOT NULL, id")
                                  .arg(columns),
                              {account});
        if (!q)
            return q.error();
        while (q->next()) {
            Contact c = fromRow(*q);
            if (!key.isEmpty() && nameKey(c.name) == key)
                return std::optional<Contact>(c);
        }
    }
    return std::optional<Contact>();
}

Expected<std::optional<qint64>> Contacts::sameAs(const Contact &contact) const
{
    // Among those listed (a former contact imported again is someone new to the list): the same
    // email; else the same name where one of the two has no email to tell them apart.
    const QString email = contact.email.trimmed();
    auto q = m_book.query(QStringLiteral("SELECT id, name, email FROM contact WHERE account_id = ? AND removed_on IS NULL "
                                         "ORDER BY id"),
                          {contact.accountId});
    if (!q)
        return q.error();
    const QString name = nameKey(contact.name);
    std::optional<qint64> byName;
    while (q->next()) {
        const QString theirs = q->value(2).toString().trimmed();
        if (!email.isEmpty() && theirs.compare(email, Qt::CaseInsensitive) == 0)
            return std::optional<qint64>(q->value(0).toLongLong());
        if (!byName && !name.isEmpty() && (email.isEmpty() || theirs.isEmpty())
            && nameKey(q->value(1).toString()) == name)
            byName = q->value(0).toLongLong();
    }
    return byName;
}

QString Contacts::nameKey(const QString &name)
{
    return SearchFold::of(name).remove(QLatin1Char(' '));
}

QString Contacts::shownName(const QString &name, bool former)
{
    return former ? tr("%1 (former contact)").arg(name) : name;
}

Status Contacts::applyFields(Contact &contact, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString field = assignment.left(eq).trimmed(), value = assignment.mid(eq + 1).trimmed();
        QString *texts[] = {&contact.name, &contact.kana, &contact.title, &contact.department,
                            &contact.email, &contact.phone, &contact.notes};
        const QStringList textFields = {QStringLiteral("name"), QStringLiteral("kana"), QStringLiteral("title"),
                                        QStringLiteral("department"), QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("notes")};
        if (eq > 0 && textFields.contains(field)) {
            *texts[textFields.indexOf(field)] = value;
        } else if (eq > 0 && field == u"roles") {
            auto roles = ContactRoles::parse(value);
            if (!roles)
                return roles.error();
            contact.roles = *roles;
        } else if (eq > 0 && field == u"primary") {
            if (value != u"yes" && value != u"no")
                return Error{tr("primary is yes or no, not '%1'").arg(value), ErrorKind::Invalid};
            contact.primary = value == u"yes";
        } else if (eq > 0 && field == u"left") {
            if (value.isEmpty()) {
                contact.leftOn.reset();
            } else if (auto day = Dates::parseIso(value)) {
                contact.leftOn = *day;
            } else {
                return Error{tr("left: '%1' is not a date (YYYY-MM-DD)").arg(value), ErrorKind::Invalid};
            }
        } else {
            return Error{tr("'%1' is not FIELD=VALUE with a contact field (name, kana, title, department, email, "
                            "phone, roles, primary, notes, left)")
                             .arg(assignment),
                         ErrorKind::Invalid};
        }
    }
    return {};
}

} // namespace csw
