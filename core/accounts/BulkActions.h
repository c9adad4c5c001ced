// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountLifecycle.h"
#include "accounts/AccountRepository.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

class Book;

// What one bulk action did, to undo it exactly (and redo it with the same ids).
struct BulkResult
{
    QList<AccountChange> changes;   // each account's own change (CSM, touch model, stage)
    QList<qint64> tasks;            // the tasks added, one per account
    QList<qint64> activities;       // the activities logged, one per account
    qint64 accounts = 0;
};

// One action on many accounts (a segment's, a filtered list's, a selection's), one transaction,
// undone as one (issue 19): assign a CSM, set the touch model, move to a stage, add a task to
// every account, log one activity to all. Refused with nothing written for no accounts.
class BulkActions final
{
    Q_DECLARE_TR_FUNCTIONS(BulkActions)

public:
    explicit BulkActions(Book &book) : m_book(book) {}

    // The ids of the accounts `filter` lists, in id order.
    Expected<QList<qint64>> accounts(const AccountFilter &filter) const;

    Expected<BulkResult> assignCsm(const QList<qint64> &ids, const QString &csm, const Date &on);
    Expected<BulkResult> setTouch(const QList<qint64> &ids, Touch touch, const Date &on);
    Expected<BulkResult> moveStage(const QList<qint64> &ids, Stage stage, const Date &on, const QString &note = {});
    // `task` (title, owner — empty: each account's CSM —, due date) on every account; `reuse`: the
    // ids an undone run made, given back in order when it is redone.
    Expected<BulkResult> addTask(const QList<qint64> &ids, const Task &task, const QList<qint64> &reuse = {});
    Expected<BulkResult> logActivity(const QList<qint64> &ids, const Activity &activity,
                                     const QList<qint64> &reuse = {});
    // Puts every account back as it was and takes the rows the action added away.
    Status undo(const BulkResult &result);

private:
    Status refuseNone(const QList<qint64> &ids) const;
    Expected<BulkResult> perAccount(const QList<qint64> &ids,
                                    const std::function<Expected<AccountChange>(qint64 id)> &change);

    Book &m_book;
};

} // namespace csw
