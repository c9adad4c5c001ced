// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

class Book;

// What a person is to the account: 決裁者 decides, 推進者 champions the product inside, 利用者
// uses it, 請求担当 is billed.
enum class ContactRole { DecisionMaker, Champion, User, Billing };

// One person at a customer, as written (Japanese names keep their order; a reading in kana
// sorts them), with their roles; one who left the company is kept with the day they left.
struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString kana;
    QString title;        // 役職
    QString department;   // 部署
    QString email;
    QString phone;
    QList<ContactRole> roles;
    bool primary = false;
    QString notes;
    std::optional<Date> leftOn;
    int version = 1;
    // Removed from the account's list while the history names them: a former contact, kept.
    std::optional<Date> removedOn;

    bool hasRole(ContactRole role) const { return roles.contains(role); }
};

// Contact roles' keys (decision-maker, champion, user, billing) and labels.
namespace ContactRoles {
QString key(ContactRole role);
QString label(ContactRole role);
const QList<ContactRole> &all();
// A key, an English or Japanese label (決裁者 …), any case; nullopt for none of them.
std::optional<ContactRole> fromText(const QString &text);
// "champion,billing" / "推進者、請求担当" → roles; an unknown word is an error naming it.
Expected<QList<ContactRole>> parse(const QString &text);
QString keys(const QList<ContactRole> &roles);   // "decision-maker,champion"
} // namespace ContactRoles

// The contact table: an account's people. Each change is one write transaction.
class Contacts final
{
    Q_DECLARE_TR_FUNCTIONS(Contacts)

public:
    explicit Contacts(Book &book) : m_book(book) {}

    // The primary contact first, then those still there by reading (or name), then those who left;
    // former contacts (removed, kept for history) are not listed.
    Expected<QList<Contact>> ofAccount(qint64 accountId) const;
    Expected<Contact> get(qint64 id) const;
    // Adds `contact` to its account (an id is kept: an undone addition redone). Refused: no
    // name, a malformed email or phone, an unknown account, a second primary contact.
    Expected<qint64> add(const Contact &contact);
    // Writes `contact` over the stored one, based on the version it was read at (refused as
    // Stale when someone else changed it since); making it primary takes that from the
    // account's other primary contact. Refused as add() is. The second form writes it with
    // `newVersion` over `expectedVersion` (an undo puts the version back too).
    Status update(const Contact &contact);
    Status update(const Contact &contact, int expectedVersion, int newVersion);
    // Removes the contact from the account (and from its hand-off). One that an activity, a VOC
    // entry, a closed loop or an NPS answer names is kept as a former contact, so that history
    // stays whole; otherwise the row goes.
    enum class Removal { Deleted, KeptAsFormer };
    Expected<Removal> remove(qint64 id);
    // Undoes remove(): a former contact is listed again, a deleted one added back under its id.
    Status restore(const Contact &contact);
    Expected<bool> isNamedInHistory(qint64 id) const;
    // Contact `id` when it is one of the people of the accounts listed (a former one too: history
    // may name them); refused naming both otherwise.
    Expected<Contact> ofAccounts(qint64 id, const QList<qint64> &accountIds) const;
    // The contact of those accounts that `text` names: its id, or its name as written (width and
    // case folded; a former contact too). nullopt for a name that is none of them; an id that is
    // none of theirs is refused.
    Expected<std::optional<Contact>> find(const QList<qint64> &accountIds, const QString &text) const;
    // The account's contact who is `contact` already: the same email (any case), else the same
    // name (as find() compares them); nullopt for none.
    Expected<std::optional<qint64>> sameAs(const Contact &contact) const;
    // A name as people type it, for comparing: width and case folded, spaces dropped
    // (「鈴木　花子」, "鈴木花子" and "鈴木 花子" are one).
    static QString nameKey(const QString &name);
    // A name as history shows it: "佐藤 花子 (former contact)" for one removed.
    static QString shownName(const QString &name, bool former);
    // Applies FIELD=VALUE words (name, kana, title, department, email, phone, roles, primary,
    // notes, left) to `contact`; an unknown field or a bad value is an error naming it.
    static Status applyFields(Contact &contact, const QStringList &assignments);

    // A phone as typed on a Japanese keyboard (０３－１２３４－５６７８, 03ー1234ー5678) in plain digits
    // and hyphens.
    static QString normalizedPhone(const QString &phone);
    // The reason `email` or `phone` is not one (empty: it is, or it is empty).
    static QString emailProblem(const QString &email);
    static QString phoneProblem(const QString &phone);

private:
    Status check(const Contact &contact) const;

    Book &m_book;
};

} // namespace csw
