// SPDX-License-Identifier: MIT
#include "accounts/BulkActions.h"

#include "book/Book.h"
#include "tasks/WorkRepository.h"

namespace csw {

Expected<QList<qint64>> BulkActions::accounts(const AccountFilter &filter) const
{
    QList<qint64> ids;
    const Status read = AccountRepository(m_book).forEach(filter, [&](const Account &a) { ids << a.id; });
    if (!read)
        return read.error();
    return ids;
}

Status BulkActions::refuseNone(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return Error{tr("no accounts are listed: nothing was changed"), ErrorKind::Invalid};
    return {};
}

Expected<BulkResult> BulkActions::perAccount(const QList<qint64> &ids,
                                             const std::function<Expected<AccountChange>(qint64 id)> &change)
{
    if (auto ok = refuseNone(ids); !ok)
        return ok.error();
    BulkResult result;
    const Status written = m_book.write([&]() -> Status {
        for (qint64 id : ids) {
            auto done = change(id);
            if (!done)
                return Error{tr("account %1: %2").arg(id).arg(done.error().message), done.error().kind};
            result.changes << *done;
        }
        return {};
    });
    if (!written)
        return written.error();
    result.accounts = ids.size();
    return result;
}

Expected<BulkResult> BulkActions::assignCsm(const QList<qint64> &ids, const QString &csm, const Date &on)
{
    AccountChanges changes;
    changes.csm = csm.trimmed();
    return perAccount(ids, [&](qint64 id) { return AccountLifecycle(m_book).edit(id, changes, on); });
}

Expected<BulkResult> BulkActions::setTouch(const QList<qint64> &ids, Touch touch, const Date &on)
{
    AccountChanges changes;
    changes.touch = touch;
    return perAccount(ids, [&](qint64 id) { return AccountLifecycle(m_book).edit(id, changes, on); });
}

Expected<BulkResult> BulkActions::moveStage(const QList<qint64> &ids, Stage stage, const Date &on, const QString &note)
{
    return perAccount(ids, [&](qint64 id) { return AccountLifecycle(m_book).moveStage(id, stage, on, note); });
}

Expected<BulkResult> BulkActions::addTask(const QList<qint64> &ids, const Task &task, const QList<qint64> &reuse)
{
    if (auto ok = refuseNone(ids); !ok)
        return ok.error();
    BulkResult result;
    const Status written = m_book.write([&]() -> Status {
        AccountRepository accounts(m_book);
        WorkRepository work(m_book);
        for (qint64 id : ids) {
            auto account = accounts.get(id);
            if (!account)
                return account.error();
            Task t = task;
            t.id = result.tasks.size() < reuse.size() ? reuse[result.tasks.size()] : 0;
            t.accountId = id;
            if (t.owner.trimmed().isEmpty())   // each account's own CSM
                t.owner = account->csm;
            auto added = work.addTask(t);
            if (!added)
                return Error{tr("account %1: %2").arg(id).arg(added.error().message), added.error().kind};
            result.tasks << *added;
        }
        return {};
    });
    if (!written)
        return written.error();
    result.accounts = ids.size();
    return result;
}

Expected<BulkResult> BulkActions::logActivity(const QList<qint64> &ids, const Activity &activity,
                                              const QList<qint64> &reuse)
{
    if (auto ok = refuseNone(ids); !ok)
        return ok.error();
    BulkResult result;
    const Status written = m_book.write([&]() -> Status {
        WorkRepository work(m_book);
        for (qint64 id : ids) {
            Activity a = activity;
            a.id = result.activities.size() < reuse.size() ? reuse[result.activities.size()] : 0;
            a.accountId = id;
            a.attendees.clear();   // another account's people
            auto added = work.addActivity(a);
            if (!added)
                return Error{tr("account %1: %2").arg(id).arg(added.error().message), added.error().kind};
            result.activities << *added;
        }
        return {};
    });
    if (!written)
        return written.error();
    result.accounts = ids.size();
    return result;
}

Status BulkActions::undo(const BulkResult &result)
{
    return m_book.write([&]() -> Status {
        WorkRepository work(m_book);
        for (qint64 id : result.tasks) {
            if (auto ok = work.removeTask(id); !ok)
                return ok;
        }
        for (qint64 id : result.activities) {
            if (auto ok = work.removeActivity(id); !ok)
                return ok;
        }
        for (auto change = result.changes.crbegin(); change != result.changes.crend(); ++change) {
            if (auto ok = AccountLifecycle(m_book).revert(*change); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace csw
