// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "accounts/ArrEventRepository.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace csw {

class Book;

// What one action did to an account, so that it can be undone exactly: the account before and
// after, and the history rows the action added.
struct AccountChange
{
    qint64 accountId = 0;
    bool created = false;       // the action added the account
    Account before;             // as it was; meaningless when created
    Account after;
    QList<qint64> stageEvents;
    QList<qint64> arrEvents;
    QList<qint64> renewals;
    QList<qint64> tasks;        // made by the entered stage's playbook
};

// A churn as the CSM records it: when, the reason's category (a ChurnReasons code, or empty),
// a free-text note, and the VOC entries behind it (any account's).
struct ChurnRecord
{
    Date date;
    QString reasonCode;
    QString note;
    QList<qint64> vocIds;
};

// The user's actions on an account, each one write transaction that also keeps the dated
// history behind it: stage events, ARR events (new, expansion, contraction, churn) and renewals.
class AccountLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(AccountLifecycle)

public:
    explicit AccountLifecycle(Book &book) : m_book(book) {}

    // Adds `draft`; its stage and first ARR are dated at its start, or today. A draft with an
    // id (an undone addition being redone) gets that id back.
    Expected<AccountChange> add(const Account &draft);
    // Applies field changes; an ARR change is recorded as an event dated `effective`.
    Expected<AccountChange> edit(qint64 id, const AccountChanges &changes, const Date &effective,
                                 const QString &note = {});
    Expected<AccountChange> moveStage(qint64 id, Stage stage, const Date &date,
                                      const QString &note = {});
    Expected<AccountChange> churn(qint64 id, const Date &date, const QString &reason);
    // A churn with its reason's category (checked against the offered list) and linked VOC.
    Expected<AccountChange> churn(qint64 id, const ChurnRecord &record);
    // Records a renewal on `date` and moves the renewal date on by `termMonths`.
    Expected<AccountChange> renew(qint64 id, const Date &date, std::optional<Minor> arr,
                                  int termMonths, const QString &note = {});
    // Brings a churned account back on `date` (not before its churn, not in the future) at
    // `arr`: records a stage event 'adoption' and an ARR event 'reactivation' (0 -> arr), and
    // clears the churn date and reason.
    Expected<AccountChange> reactivate(qint64 id, const Date &date, Minor arr,
                                       const QString &note = {});
    // Undoes `change`: removes the rows it added and puts the account back as it was.
    Status revert(const AccountChange &change);

private:
    using Work = std::function<Status(Account &account, AccountChange &change)>;
    // Loads the account, lets `work` change it and record its events, then saves it.
    // Reads the account, runs `work` on it and writes it, in one transaction; refused as Stale
    // when `basedOn` (the version the person saw) is not the stored one.
    Expected<AccountChange> change(qint64 id, const Work &work, std::optional<int> basedOn = std::nullopt);
    static Error staleError(const Account &now);
    Status checkNotBefore(const Account &account, const Date &date) const;
    // History records what happened: nothing is dated after today.
    static Status checkNotFuture(const Date &date);
    // A later start must not leave history dated before the account started.
    Status checkStartBeforeHistory(const Account &account, const Date &start) const;
    Status checkAfterCurrentStage(const Account &account, const Date &date) const;
    Status linkVoc(qint64 stageEventId, qint64 accountId, const QList<qint64> &vocIds);
    Status recordArrChange(const Account &account, Minor newArr, const Date &date,
                           const QString &note, AccountChange &change);

    Book &m_book;
};

} // namespace csw
