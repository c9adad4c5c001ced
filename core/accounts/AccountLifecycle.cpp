// SPDX-License-Identifier: MIT
#include "accounts/AccountLifecycle.h"

#include "common/EditConflict.h"
#include "tasks/Playbooks.h"

#include "accounts/AccountRepository.h"
#include "accounts/ChurnReasons.h"
#include "book/Book.h"
#include "stages/StageRepository.h"

namespace csw {

namespace {
Status checkExternalIdFree(AccountRepository &accounts, const QString &externalId, qint64 self)
{
    if (externalId.isEmpty())
        return {};
    auto holder = accounts.findByExternalId(externalId, self);
    if (!holder)
        return holder.error();
    if (*holder)
        return Error{AccountLifecycle::tr("external id %1 already belongs to account %2")
                         .arg(externalId)
                         .arg(**holder),
                     ErrorKind::Conflict};
    return {};
}

Status checkDates(const Account &a)
{
    if (a.startOn && a.renewalOn && *a.renewalOn < *a.startOn)
        return Error{AccountLifecycle::tr("the renewal date %1 is before the start date %2")
                         .arg(Dates::toIso(*a.renewalOn), Dates::toIso(*a.startOn)),
                     ErrorKind::Invalid};
    return {};
}

// Adds an inserted row's id to `ids`, or passes the error on.
Status keep(const Expected<qint64> &inserted, QList<qint64> &ids)
{
    if (!inserted)
        return inserted.error();
    ids << *inserted;
    return {};
}

Status deleteRows(Book &book, const char *table, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        auto query = book.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                                      .arg(QLatin1String(table)));
        if (!query)
            return query.error();
        query->addBindValue(id);
        if (auto ok = book.exec(*query); !ok)
            return ok;
    }
    return {};
}
} // namespace

Expected<AccountChange> AccountLifecycle::add(const Account &draft)
{
    if (draft.name.trimmed().isEmpty())
        return Error{tr("an account needs a name"), ErrorKind::Invalid};
    if (draft.stage == Stage::Churned)
        return Error{tr("a new account cannot start churned; add it, then churn it"), ErrorKind::Invalid};
    if (auto ok = checkDates(draft); !ok)
        return ok.error();
    AccountChange change;
    change.created = true;
    const Status written = m_book.write([&]() -> Status {
        AccountRepository accounts(m_book);
        if (auto ok = checkExternalIdFree(accounts, draft.externalId, 0); !ok)
            return ok;
        auto inserted = accounts.insert(draft);
        if (!inserted)
            return inserted.error();
        change.accountId = *inserted;
        change.after = draft;
        change.after.id = *inserted;
        const Date since = draft.startOn.value_or(Dates::today());
        StageRepository stages(m_book);
        if (auto ok = keep(stages.record(change.accountId, {draft.stage, since, {}}), change.stageEvents);
            !ok)
            return ok;
        // A new account enters its first stage today or later: its playbook starts then. One added
        // in onboarding after its start gets the onboarding playbook from today (the hand-off's
        // date, once written, schedules it again: Handoffs::save).
        if (since >= Dates::today() || draft.stage == Stage::Onboarding) {
            auto tasks = Playbooks(m_book).instantiate(change.after, draft.stage, std::max(since, Dates::today()));
            if (!tasks)
                return tasks.error();
            change.tasks = *tasks;
        }
        if (draft.arr > 0) {
            ArrEvent event{0, change.accountId, since, ArrChange::New, 0, draft.arr, {}};
            return keep(ArrEventRepository(m_book).record(event), change.arrEvents);
        }
        return {};
    });
    if (!written)
        return written.error();
    return change;
}

Error AccountLifecycle::staleError(const Account &now)
{
    return EditConflict::error(tr("account %1").arg(now.id), now.changedBy, now.changedAt);
}

Expected<AccountChange> AccountLifecycle::change(qint64 id, const Work &work, std::optional<int> basedOn)
{
    AccountChange change;
    change.accountId = id;
    const Status written = m_book.write([&]() -> Status {
        AccountRepository accounts(m_book);
        auto found = accounts.getForEdit(id);
        if (!found)
            return found.error();
        change.before = *found;
        if (basedOn && *basedOn != found->version)   // changed since the person read it
            return staleError(*found);
        Account account = *found;
        if (auto ok = work(account, change); !ok)
            return ok;
        if (auto ok = accounts.update(account, found->version); !ok)
            return ok;
        account.version = found->version + 1;
        change.after = account;
        return {};
    });
    if (!written)
        return written.error();
    return change;
}

Status AccountLifecycle::checkNotBefore(const Account &account, const Date &date) const
{
    if (account.startOn && date < *account.startOn)
        return Error{tr("%1 is before account %2 started (%3)")
                         .arg(Dates::toIso(date))
                         .arg(account.id)
                         .arg(Dates::toIso(*account.startOn)),
                     ErrorKind::Invalid};
    return {};
}

Status AccountLifecycle::checkNotFuture(const Date &date)
{
    if (date > Dates::today())
        return Error{tr("%1 is in the future; record it on the day it happens")
                         .arg(Dates::toIso(date)),
                     ErrorKind::Invalid};
    return {};
}

Status AccountLifecycle::checkStartBeforeHistory(const Account &account, const Date &start) const
{
    auto stages = StageRepository(m_book).events(account.id);
    if (!stages)
        return stages.error();
    auto arr = ArrEventRepository(m_book).forAccount(account.id);
    if (!arr)
        return arr.error();
    std::optional<Date> first;
    if (!stages->isEmpty())
        first = stages->first().enteredOn;
    if (!arr->isEmpty() && (!first || arr->first().occurredOn < *first))
        first = arr->first().occurredOn;
    if (first && start > *first)
        return Error{tr("account %1 has history from %2; its start cannot be later")
                         .arg(account.id)
                         .arg(Dates::toIso(*first)),
                     ErrorKind::Invalid};
    return {};
}

Status AccountLifecycle::checkAfterCurrentStage(const Account &account, const Date &date) const
{
    auto events = StageRepository(m_book).events(account.id);
    if (!events)
        return events.error();
    if (!events->isEmpty() && date < events->last().enteredOn)
        return Error{tr("%1 is before account %2 entered its current stage (%3)")
                         .arg(Dates::toIso(date))
                         .arg(account.id)
                         .arg(Dates::toIso(events->last().enteredOn)),
                     ErrorKind::Invalid};
    return {};
}

Status AccountLifecycle::recordArrChange(const Account &account, Minor newArr, const Date &date,
                                         const QString &note, AccountChange &change)
{
    if (newArr == account.arr)
        return {};
    if (account.isChurned())
        return Error{tr("account %1 has churned; its ARR cannot change").arg(account.id), ErrorKind::Invalid};
    if (auto ok = checkNotBefore(account, date); !ok)
        return ok;
    if (auto ok = checkNotFuture(date); !ok)
        return ok;
    const ArrChange kind = account.arr == 0 ? ArrChange::New
                           : newArr > account.arr ? ArrChange::Expansion
                                                  : ArrChange::Contraction;
    return keep(ArrEventRepository(m_book).record({0, account.id, date, kind, account.arr, newArr, note}),
                change.arrEvents);
}

Expected<AccountChange> AccountLifecycle::edit(qint64 id, const AccountChanges &changes,
                                               const Date &effective, const QString &note)
{
    return change(
        id,
        [&](Account &account, AccountChange &change) -> Status {
        if (changes.arr) {
            if (auto ok = recordArrChange(account, *changes.arr, effective, note, change); !ok)
                return ok;
            account.arr = *changes.arr;
        }
        if (changes.name) {
            if (changes.name->trimmed().isEmpty())
                return Error{tr("an account needs a name"), ErrorKind::Invalid};
            account.name = changes.name->trimmed();
        }
        if (changes.externalId) {
            AccountRepository accounts(m_book);
            if (auto ok = checkExternalIdFree(accounts, *changes.externalId, id); !ok)
                return ok;
            account.externalId = *changes.externalId;
        }
        if (changes.csm) account.csm = *changes.csm;
        if (changes.touch) account.touch = *changes.touch;
        if (changes.plan) account.plan = *changes.plan;
        if (changes.industry) account.industry = *changes.industry;
        if (changes.source) account.source = *changes.source;
        if (changes.startOn) {
            if (*changes.startOn) {
                if (auto ok = checkStartBeforeHistory(account, **changes.startOn); !ok)
                    return ok;
            }
            account.startOn = *changes.startOn;
        }
        if (changes.renewalOn) account.renewalOn = *changes.renewalOn;
        return checkDates(account);
        },
        changes.basedOn);
}

Expected<AccountChange> AccountLifecycle::moveStage(qint64 id, Stage stage, const Date &date,
                                                    const QString &note)
{
    if (stage == Stage::Churned)
        return Error{tr("an account is churned with 'account churn', which records the reason"),
                     ErrorKind::Invalid};
    return change(id, [&](Account &account, AccountChange &change) -> Status {
        if (account.isChurned())
            return Error{tr("account %1 has churned; its stage cannot change").arg(id), ErrorKind::Invalid};
        if (account.stage == stage)
            return Error{tr("account %1 is already in %2").arg(id).arg(Stages::label(stage)),
                         ErrorKind::Invalid};
        if (auto ok = checkNotFuture(date); !ok)
            return ok;
        if (auto ok = checkAfterCurrentStage(account, date); !ok)
            return ok;
        account.stage = stage;
        if (auto ok = keep(StageRepository(m_book).record(id, {stage, date, note}), change.stageEvents); !ok)
            return ok;
        auto tasks = Playbooks(m_book).instantiate(account, stage, date);
        if (!tasks)
            return tasks.error();
        change.tasks = *tasks;
        return {};
    });
}

Expected<AccountChange> AccountLifecycle::churn(qint64 id, const Date &date, const QString &reason)
{
    return churn(id, ChurnRecord{date, {}, reason, {}});
}

Expected<AccountChange> AccountLifecycle::churn(qint64 id, const ChurnRecord &record)
{
    const Date &date = record.date;
    return change(id, [&](Account &account, AccountChange &change) -> Status {
        if (account.isChurned())
            return Error{tr("account %1 churned already on %2")
                             .arg(id)
                             .arg(Dates::toIso(account.churnedOn.value_or(Date()))),
                         ErrorKind::Invalid};
        if (auto ok = checkNotBefore(account, date); !ok)
            return ok;
        if (auto ok = checkNotFuture(date); !ok)
            return ok;
        if (auto ok = checkAfterCurrentStage(account, date); !ok)
            return ok;
        QString code;   // the reason's code, however the caller named it
        if (!record.reasonCode.isEmpty()) {
            auto known = ChurnReasons(m_book).resolve(record.reasonCode);
            if (!known)
                return known.error();
            code = *known;
        }
        StageEvent event{Stage::Churned, date, record.note};
        event.reasonCode = code;
        if (auto ok = keep(StageRepository(m_book).record(id, event), change.stageEvents); !ok)
            return ok;
        if (auto ok = linkVoc(change.stageEvents.constLast(), id, record.vocIds); !ok)
            return ok;
        if (account.arr > 0) {
            ArrEvent lost{0, id, date, ArrChange::Churn, account.arr, 0, record.note};
            if (auto ok = keep(ArrEventRepository(m_book).record(lost), change.arrEvents); !ok)
                return ok;
        }
        // account.arr keeps the contract value that was lost; the ARR events say it ended.
        account.stage = Stage::Churned;
        account.churnedOn = date;
        account.churnReason = record.note;
        account.churnReasonCode = code;
        return {};
    });
}

Status AccountLifecycle::linkVoc(qint64 stageEventId, qint64 accountId, const QList<qint64> &vocIds)
{
    QList<qint64> distinct;
    for (qint64 voc : vocIds)
        if (!distinct.contains(voc))
            distinct << voc;
    for (qint64 voc : std::as_const(distinct)) {
        auto exists = m_book.query(QStringLiteral("SELECT 1 FROM voc WHERE id = ?"), {voc});
        if (!exists)
            return exists.error();
        if (!exists->next())
            return Error{tr("there is no VOC entry %1 to link to the churn").arg(voc), ErrorKind::NotFound};
        auto link = m_book.query(QStringLiteral("INSERT INTO churn_voc (stage_event_id, voc_id, account_id) "
                                                "VALUES (?, ?, ?)"),
                                 {stageEventId, voc, accountId});
        if (!link)
            return link.error();
    }
    return {};
}

Expected<AccountChange> AccountLifecycle::renew(qint64 id, const Date &date,
                                                std::optional<Minor> arr, int termMonths,
                                                const QString &note)
{
    if (termMonths < 1 || termMonths > 120)
        return Error{tr("the term must be between 1 and 120 months, not %1").arg(termMonths),
                     ErrorKind::Invalid};
    return change(id, [&](Account &account, AccountChange &change) -> Status {
        if (account.isChurned())
            return Error{tr("account %1 has churned and cannot be renewed").arg(id), ErrorKind::Invalid};
        if (auto ok = checkNotBefore(account, date); !ok)
            return ok;
        if (auto ok = checkNotFuture(date); !ok)
            return ok;
        const Minor newArr = arr.value_or(account.arr);
        if (auto ok = recordArrChange(account, newArr, date, note.isEmpty() ? tr("renewal") : note,
                                      change);
            !ok)
            return ok;
        const RenewalEvent event{0, id, date, account.renewalOn,
                                 Dates::addMonths(account.renewalOn.value_or(date), termMonths),
                                 termMonths, account.arr, newArr, note};
        if (auto ok = keep(ArrEventRepository(m_book).recordRenewal(event), change.renewals); !ok)
            return ok;
        account.arr = newArr;
        account.renewalOn = event.nextRenewalOn;
        return {};
    });
}

Expected<AccountChange> AccountLifecycle::reactivate(qint64 id, const Date &date, Minor arr,
                                                     const QString &note)
{
    if (arr < 0)
        return Error{tr("the ARR cannot be negative"), ErrorKind::Invalid};
    return change(id, [&](Account &account, AccountChange &change) -> Status {
        if (!account.isChurned())
            return Error{tr("account %1 has not churned; only a churned account can be "
                            "reactivated")
                             .arg(id),
                         ErrorKind::Invalid};
        if (account.churnedOn && date < *account.churnedOn)
            return Error{tr("%1 is before account %2 churned (%3)")
                             .arg(Dates::toIso(date))
                             .arg(id)
                             .arg(Dates::toIso(*account.churnedOn)),
                         ErrorKind::Invalid};
        if (auto ok = checkNotBefore(account, date); !ok)
            return ok;
        if (auto ok = checkNotFuture(date); !ok)
            return ok;
        if (auto ok = keep(StageRepository(m_book).record(id, {Stage::Adoption, date, note}),
                           change.stageEvents);
            !ok)
            return ok;
        // Recorded even at an ARR of 0: the event is what marks the return in the history.
        const ArrEvent back{0, id, date, ArrChange::Reactivation, 0, arr, note};
        if (auto ok = keep(ArrEventRepository(m_book).record(back), change.arrEvents); !ok)
            return ok;
        account.stage = Stage::Adoption;
        account.churnedOn.reset();
        account.churnReason.clear();
        account.churnReasonCode.clear();
        account.arr = arr;
        return {};
    });
}

Status AccountLifecycle::revert(const AccountChange &change)
{
    return m_book.write([&]() -> Status {
        if (change.created)
            return AccountRepository(m_book).remove(change.accountId);
        if (auto ok = deleteRows(m_book, "stage_event", change.stageEvents); !ok)
            return ok;
        if (auto ok = deleteRows(m_book, "arr_event", change.arrEvents); !ok)
            return ok;
        if (auto ok = deleteRows(m_book, "renewal_event", change.renewals); !ok)
            return ok;
        if (auto ok = deleteRows(m_book, "task", change.tasks); !ok)
            return ok;
        // Undone only while the account is as the change left it: someone else's edit since
        // would be overwritten.
        auto undone = AccountRepository(m_book).update(change.before, change.after.version,
                                                       AccountRepository::Write::Restore);
        if (!undone && undone.error().kind == ErrorKind::Stale)
            return Error{tr("not undone: %1").arg(undone.error().message), ErrorKind::Stale};
        return undone;
    });
}

} // namespace csw
