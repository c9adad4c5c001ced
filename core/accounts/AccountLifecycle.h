// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "accounts/ArrEventRepository.h"
#include "common/Expected.h"

#include <QCoreApplication>

#include <optional>

namespace csw {

class Book;

// The user's actions on an account, each one write transaction that also keeps the dated
// history behind it: stage events, ARR events (new, expansion, contraction, churn) and renewals.
class AccountLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(AccountLifecycle)

public:
    explicit AccountLifecycle(Book &book) : m_book(book) {}

    // Adds `draft` (its id is ignored); its stage and first ARR are dated at its start, or today.
    Expected<qint64> add(const Account &draft);
    // Applies field changes; an ARR change is recorded as an event dated `effective`.
    Status edit(qint64 id, const AccountChanges &changes, const Date &effective,
                const QString &note = {});
    Status moveStage(qint64 id, Stage stage, const Date &date, const QString &note = {});
    Status churn(qint64 id, const Date &date, const QString &reason);
    // Records a renewal on `date` and moves the renewal date on by `termMonths`.
    Expected<RenewalEvent> renew(qint64 id, const Date &date, std::optional<Minor> arr,
                                 int termMonths, const QString &note = {});

private:
    Status checkNotBefore(const Account &account, const Date &date) const;
    Status recordArrChange(const Account &account, Minor newArr, const Date &date,
                           const QString &note);

    Book &m_book;
};

} // namespace csw
