// SPDX-License-Identifier: MIT
#include "importing/AccountRowWrite.h"

#include "accounts/AccountLifecycle.h"
#include "book/Book.h"
#include "common/SearchFold.h"

namespace csw {

namespace {
// New rows sent to a team book in one statement (one round trip).
constexpr int BatchRows = 100;

QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

QString isoOrNull(const std::optional<Date> &day)
{
    return day ? Dates::toIso(*day) : QString();
}
} // namespace

Expected<AccountRowWrite> AccountRowWrite::prepare(Book &book, const QString &note, const Date &today)
{
    AccountRowWrite writer(book, note, today);
    auto account = BulkStatement::prepare(book,
        "INSERT INTO account (id, name, external_id, csm, touch, plan, industry, source, arr, "
        "start_on, renewal_on, stage, churned_on, churn_reason, churn_reason_code, stage_on, search_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", BatchRows);
    auto stage = BulkStatement::prepare(book,
        "INSERT INTO stage_event (account_id, stage, entered_on, note, reason_code) VALUES (?, ?, ?, ?, ?)",
        BatchRows);
    auto arr = BulkStatement::prepare(book,
        "INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after, note) "
        "VALUES (?, ?, ?, ?, ?, ?)", BatchRows);
    for (auto *s : {&account, &stage, &arr}) {
        if (!*s)
            return s->error();
    }
    writer.m_account = std::move(*account);
    writer.m_stage = std::move(*stage);
    writer.m_arr = std::move(*arr);
    return writer;
}

Status AccountRowWrite::add(const AccountDraft &d, qint64 id)
{
    const Account &a = d.account;
    const QString since = Dates::toIso(a.startOn.value_or(m_today));
    const QString churnedOn = isoOrNull(a.churnedOn);
    const Stage first = a.stage == Stage::Churned ? Stage::Onboarding : a.stage;
    m_account.bind(id).bind(a.name).bind(orNull(a.externalId)).bind(orNull(a.csm)).bind(Stages::key(a.touch))
        .bind(orNull(a.plan)).bind(orNull(a.industry)).bind(orNull(a.source)).bind(qint64(a.arr))
        .bind(isoOrNull(a.startOn)).bind(isoOrNull(a.renewalOn)).bind(Stages::key(a.stage)).bind(churnedOn)
        .bind(orNull(a.churnReason))
        .bind(a.churnedOn && !a.churnReasonCode.isEmpty() ? a.churnReasonCode : QString())
        .bind(a.churnedOn && churnedOn > since ? churnedOn : since)   // its latest stage event
        .bind(SearchFold::accountKey(a.name, a.externalId, a.csm));
    if (auto ok = m_account.run(); !ok)
        return ok;
    m_stage.bind(id).bind(Stages::key(first)).bind(since).bind(m_note).bind(QString());
    if (auto ok = runEvent(m_stage); !ok)
        return ok;
    if (a.arr > 0) {
        m_arr.bind(id).bind(since).bind("new").bind(qint64(0)).bind(qint64(a.arr)).bind(m_note);
        if (auto ok = runEvent(m_arr); !ok)
            return ok;
    }
    if (!a.churnedOn)
        return {};
    m_stage.bind(id).bind("churned").bind(churnedOn).bind(a.churnReason).bind(orNull(a.churnReasonCode));
    if (auto ok = runEvent(m_stage); !ok)
        return ok;
    m_arr.bind(id).bind(churnedOn).bind("churn").bind(qint64(a.arr)).bind(qint64(0)).bind(a.churnReason);
    return runEvent(m_arr);
}

// An event's batch goes only after the accounts it refers to: a reference left waiting for its
// account makes SQLite look for the rows each later account settles (a scan of the event tables,
// whose indexes a bulk load has dropped, for every account).
Status AccountRowWrite::runEvent(BulkStatement &events)
{
    if (events.sendsOnRun()) {
        if (auto ok = m_account.flush(); !ok)
            return ok;
    }
    return events.run();
}

Status AccountRowWrite::update(const AccountDraft &d)
{
    const Account &a = d.account;
    AccountChanges changes;
    if (d.has(AccountColumn::Name)) changes.name = a.name;
    if (d.has(AccountColumn::ExternalId)) changes.externalId = a.externalId;
    if (d.has(AccountColumn::Csm)) changes.csm = a.csm;
    if (d.has(AccountColumn::Touch)) changes.touch = a.touch;
    if (d.has(AccountColumn::Plan)) changes.plan = a.plan;
    if (d.has(AccountColumn::Industry)) changes.industry = a.industry;
    if (d.has(AccountColumn::Source)) changes.source = a.source;
    if (d.has(AccountColumn::Arr)) changes.arr = a.arr;
    if (d.has(AccountColumn::Start)) changes.startOn = a.startOn;
    if (d.has(AccountColumn::Renewal)) changes.renewalOn = a.renewalOn;
    auto edited = AccountLifecycle(*m_book).edit(d.existing, changes, m_today, m_note);
    if (!edited)
        return edited.error();
    return {};
}

Status AccountRowWrite::flush()
{
    for (BulkStatement *s : {&m_account, &m_stage, &m_arr}) {
        if (auto ok = s->flush(); !ok)
            return ok;
    }
    return {};
}

} // namespace csw
