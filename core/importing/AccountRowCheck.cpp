// SPDX-License-Identifier: MIT
#include "importing/AccountRowCheck.h"

#include "book/Book.h"
#include "importing/AccountImport.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

AccountRowCheck::AccountRowCheck(const CsvTable &table, const ImportMapping &mapping, const ImportOptions &options,
                                 const Currency &currency, const QList<ChurnReason> &reasons,
                                 QList<ImportProblem> &problems)
    : m_table(table), m_mapping(mapping), m_options(options), m_currency(currency), m_reasons(reasons),
      m_problems(problems)
{
    const QList<ImportField> &fields = AccountImport::fields();
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        m_columns[c] = mapping.column(fields[qsizetype(c)].key);
}

QString AccountRowCheck::text(AccountColumn column)
{
    const int c = m_columns[std::size_t(column)];
    const QString value = c >= 0 ? m_table.rows[m_index].value(c).trimmed() : QString();
    if (!value.isEmpty())
        m_draft.filled |= 1u << int(column);
    return value;
}

void AccountRowCheck::problem(AccountColumn column, const QString &reason)
{
    const int c = m_columns[std::size_t(column)];
    m_problems << ImportProblem{m_table.rowNumber(m_index), c >= 0 ? m_table.header.value(c) : QString(),
                                c >= 0 ? m_table.rows[m_index].value(c) : QString(), reason};
}

std::optional<Date> AccountRowCheck::date(AccountColumn column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    auto parsed = ImportValues::date(value, m_options.dateOrder);
    if (!parsed) {
        problem(column, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

AccountDraft AccountRowCheck::check(qsizetype index, AccountDuplicates &duplicates)
{
    m_index = index;
    m_draft = AccountDraft();
    Account &a = m_draft.account;
    a.name = text(AccountColumn::Name);
    if (a.name.isEmpty())
        problem(AccountColumn::Name, tr("a name is required"));
    a.externalId = text(AccountColumn::ExternalId);
    a.csm = text(AccountColumn::Csm);
    a.plan = text(AccountColumn::Plan);
    a.industry = text(AccountColumn::Industry);
    a.source = text(AccountColumn::Source);
    a.churnReason = text(AccountColumn::ChurnReason);
    readChoices();
    readMoney();
    readDates();
    if (m_draft.churned)
        a.stage = Stage::Churned;
    else if (a.stage == Stage::Churned)
        a.stage = Stage::Onboarding;
    duplicates.mark(m_draft, m_table.rowNumber(index), m_options,
                    [this](AccountColumn column, const QString &reason) { problem(column, reason); });
    return m_draft;
}

void AccountRowCheck::readChoices()
{
    Account &a = m_draft.account;
    // A category by its code or label; else a note that is a category's label names it.
    if (const QString c = text(AccountColumn::ChurnReasonCode); !c.isEmpty()) {
        a.churnReasonCode = ChurnReasons::match(m_reasons, c);
        if (a.churnReasonCode.isEmpty())
            problem(AccountColumn::ChurnReasonCode, tr("'%1' is not a churn reason").arg(c));
    } else {
        a.churnReasonCode = ChurnReasons::match(m_reasons, a.churnReason);
    }
    if (const QString t = text(AccountColumn::Touch); !t.isEmpty()) {
        if (auto touch = Stages::touchFromKey(t))
            a.touch = *touch;
        else
            problem(AccountColumn::Touch, tr("'%1' is not a touch model (high, low, tech)").arg(t));
    }
    if (const QString s = text(AccountColumn::Stage); !s.isEmpty()) {
        if (auto stage = Stages::fromKey(s)) {
            a.stage = *stage;
            m_draft.churned = *stage == Stage::Churned;
        } else {
            problem(AccountColumn::Stage, tr("'%1' is not a stage").arg(s));
        }
    }
    if (const QString f = text(AccountColumn::Churned); !f.isEmpty()) {
        if (auto flag = ImportValues::flag(f))
            m_draft.churned = m_draft.churned || *flag;
        else
            problem(AccountColumn::Churned, flag.error().message);
    }
}

void AccountRowCheck::readMoney()
{
    for (const AccountColumn money : {AccountColumn::Arr, AccountColumn::Mrr}) {
        const QString value = text(money);
        if (value.isEmpty())
            continue;
        if (auto amount = ImportValues::amount(value, m_currency)) {
            m_draft.account.arr = money == AccountColumn::Mrr ? *amount * 12 : *amount;
            m_draft.filled |= 1u << int(AccountColumn::Arr);
        } else {
            problem(money, amount.error().message);
        }
    }
}

void AccountRowCheck::readDates()
{
    Account &a = m_draft.account;
    a.startOn = date(AccountColumn::Start);
    a.renewalOn = date(AccountColumn::Renewal);
    a.churnedOn = date(AccountColumn::ChurnedOn);
    if (a.startOn && *a.startOn > m_options.today)
        problem(AccountColumn::Start, tr("the start date is in the future"));
    if (a.churnedOn) {
        m_draft.churned = true;
        if (*a.churnedOn > m_options.today)
            problem(AccountColumn::ChurnedOn, tr("the churn date is in the future"));
        else if (a.startOn && *a.churnedOn < *a.startOn)
            problem(AccountColumn::ChurnedOn, tr("the churn date is before the start date"));
    } else if (m_draft.churned) {
        problem(m_mapping.has(QStringLiteral("churned_on")) ? AccountColumn::ChurnedOn : AccountColumn::Churned,
                tr("a churned account needs a churn date (map churned_on)"));
    }
}

Expected<AccountDuplicates> AccountDuplicates::read(const Book &book)
{
    AccountDuplicates found;
    auto q = book.stream(QStringLiteral("SELECT id, name, external_id FROM account"));
    if (!q)
        return q.error();
    while (q->next()) {
        found.m_byName[q->value(1).toString()] << q->value(0).toLongLong();
        if (!q->value(2).isNull())
            found.m_byExternalId.insert(q->value(2).toString(), q->value(0).toLongLong());
    }
    return found;
}

void AccountDuplicates::mark(AccountDraft &d, qint64 row, const ImportOptions &options,
                             const std::function<void(AccountColumn, const QString &)> &problem)
{
    const Account &a = d.account;
    if (a.name.isEmpty())
        return;
    const bool byId = !a.externalId.isEmpty();
    const AccountColumn keyColumn = byId ? AccountColumn::ExternalId : AccountColumn::Name;
    const QString key = byId ? QStringLiteral("id:") + a.externalId : QStringLiteral("name:") + a.name;
    if (const qint64 first = m_seen.value(key, 0))
        problem(keyColumn, tr("the same account as row %1").arg(first));
    else
        m_seen.insert(key, row);
    const QList<qint64> named = m_byName.value(a.name);
    d.existing = byId ? m_byExternalId.value(a.externalId, 0) : (named.size() == 1 ? named[0] : 0);
    if (!byId && named.size() > 1 && options.duplicates == DuplicatePolicy::Update)
        problem(AccountColumn::Name, tr("the book has %1 accounts of this name; map external_id "
                                        "to tell them apart").arg(named.size()));
    if (d.existing && options.duplicates == DuplicatePolicy::Stop)
        problem(keyColumn, tr("the book already has this account (id %1); choose to update or skip "
                              "duplicates").arg(d.existing));
}

} // namespace csw
