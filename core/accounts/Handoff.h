// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace csw {

class Book;

// The hand-off from sales (引き継ぎ): what the customer bought the product for, their problems,
// what they expect and were promised, how success is measured, who decides and who champions
// it, the competitors they weighed; so the CSM does not "have the same conversation again".
struct Handoff
{
    qint64 accountId = 0;
    QString salesOwner;        // 担当営業
    QString purpose;           // 利用目的
    QString problems;          // 課題
    QString expectations;      // 期待値
    QString promises;          // 約束事項
    QString successCriteria;   // 成功基準 (with their target dates, one per line)
    QString competitors;
    QString notes;
    std::optional<qint64> decisionMakerId;   // contacts of the account
    std::optional<qint64> championId;
    std::optional<Date> handedOverOn;
    QString changedBy;   // who filled it, and when (ISO, local)
    QString changedAt;
    int version = 0;     // 0: not filled yet

    bool operator==(const Handoff &) const = default;
};

// One success criterion of a hand-off: its words and the target date written with it.
struct SuccessCriterion
{
    QString title;
    std::optional<Date> dueOn;
    bool operator==(const SuccessCriterion &) const = default;
};

// The handoff table, one record per account.
class Handoffs final
{
    Q_DECLARE_TR_FUNCTIONS(Handoffs)

public:
    explicit Handoffs(Book &book) : m_book(book) {}

    // The account's hand-off; an empty one (version 0) when none was filled.
    Expected<Handoff> of(qint64 accountId) const;
    // Writes the hand-off (the decision maker and champion must be the account's contacts),
    // based on the version it was read at (0: none yet): refused as Stale when someone else
    // filled or changed it since. The second form writes `newVersion` over `expectedVersion`
    // (an undo puts the version back too).
    Status save(const Handoff &handoff);
    Status save(const Handoff &handoff, int expectedVersion, int newVersion);
    // Takes the account's hand-off away (undoing a first save) while it is at `expectedVersion`.
    Status remove(qint64 accountId, int expectedVersion = 1);

    // The field keys of `csw handoff set` and their labels.
    static const QStringList &fieldKeys();
    static QString fieldLabel(const QString &key);
    // What a complete hand-off has and this one lacks, as field keys (the checklist).
    static QStringList missing(const Handoff &handoff);
    // FIELD=VALUE words onto `handoff`: the text fields, decision_maker and champion (a contact
    // id, empty to clear), handed_over_on (a date). A bad one is an error naming it.
    static Status applyFields(Handoff &handoff, const QStringList &assignments);
    static QString text(const Handoff &handoff, const QString &key);
    // The member holding text field `key` (sales_owner … notes); nullptr for the others.
    static QString Handoff::*textMember(const QString &key);

    // The success criteria, one per line; a date at the end of a line (2027-03-31, 2027/3/31,
    // in brackets or not) is its target date.
    static QList<SuccessCriterion> criteria(const Handoff &handoff);
    // Makes each success criterion of the account's hand-off a success-plan objective (0 → 100 %,
    // due on its date), marked as made from the hand-off; one already made is not made again.
    // Returns the new objectives' ids (none: nothing new).
    // `reuse`: the ids an undone run made, given back in order when it is redone.
    Expected<QList<qint64>> makeObjectives(qint64 accountId, const QList<qint64> &reuse = {});
    // Takes objectives made by makeObjectives() away again (its undo).
    Status removeObjectives(const QList<qint64> &ids);

private:
    Status checkContact(qint64 accountId, const std::optional<qint64> &contact, const QString &field) const;
    // An onboarding account's open playbook tasks follow the day it was handed over (none: the day made).
    Status scheduleOnboarding(qint64 accountId, const std::optional<Date> &was, const std::optional<Date> &handedOverOn);

    Book &m_book;
};

} // namespace csw
