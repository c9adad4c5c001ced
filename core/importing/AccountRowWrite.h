// SPDX-License-Identifier: MIT
// The account import's writing, inside the caller's transaction: a new account with its first
// stage and ARR events (and its churn), through statements prepared once (batched on a team
// book); a duplicate updated through the lifecycle, which keeps its history.
#pragma once

#include "book/BulkStatement.h"
#include "common/Expected.h"
#include "importing/AccountRowCheck.h"

#include <QCoreApplication>

namespace csw {

class Book;

class AccountRowWrite final
{
    Q_DECLARE_TR_FUNCTIONS(AccountImport)

public:
    // `note` is written on the events, `today` dates an update's changes.
    static Expected<AccountRowWrite> prepare(Book &book, const QString &note, const Date &today);

    Status add(const AccountDraft &draft, qint64 id);
    Status update(const AccountDraft &draft);
    // Sends the rows a team book's batches still hold.
    Status flush();

private:
    Status runEvent(BulkStatement &events);

    AccountRowWrite(Book &book, const QString &note, const Date &today) : m_book(&book), m_note(note), m_today(today) {}

    Book *m_book;
    QString m_note;
    Date m_today;
    BulkStatement m_account;
    BulkStatement m_stage;
    BulkStatement m_arr;
};

} // namespace csw
