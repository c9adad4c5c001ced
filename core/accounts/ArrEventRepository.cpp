// SPDX-License-Identifier: MIT
#include "accounts/ArrEventRepository.h"
#include "book/SqlValues.h"

#include "book/Book.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {
ArrChange kindFromKey(const QString &key)
{
    for (ArrChange kind : {ArrChange::New, ArrChange::Expansion, ArrChange::Contraction,
                           ArrChange::Churn, ArrChange::Reactivation}) {
        if (ArrEventRepository::key(kind) == key)
            return kind;
    }
    return ArrChange::New;
}

} // namespace

QString ArrEventRepository::key(ArrChange kind)
{
    switch (kind) {
    case ArrChange::New: return QStringLiteral("new");
    case ArrChange::Expansion: return QStringLiteral("expansion");
    case ArrChange::Contraction: return QStringLiteral("contraction");
    case ArrChange::Churn: return QStringLiteral("churn");
    case ArrChange::Reactivation: return QStringLiteral("reactivation");
    }
    return {};
}

Expected<qint64> ArrEventRepository::record(const ArrEvent &event)
{
    auto query = m_book.prepare(QStringLiteral(
        "INSERT INTO arr_event (account_id, occurred_on, kind, arr_before, arr_after, note) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(event.accountId);
    query->addBindValue(Dates::toIso(event.occurredOn));
    query->addBindValue(key(event.kind));
    query->addBindValue(qint64(event.arrBefore));
    query->addBindValue(qint64(event.arrAfter));
    query->addBindValue(SqlValues::text(event.note));
    return m_book.insert(*query);
}

Expected<QList<ArrEvent>> ArrEventRepository::forAccount(qint64 accountId) const
{
    auto query = m_book.prepare(QStringLiteral(
        "SELECT id, occurred_on, kind, arr_before, arr_after, note FROM arr_event "
        "WHERE account_id = ? ORDER BY occurred_on, id"));
    if (!query)
        return query.error();
    query->addBindValue(accountId);
    if (auto ok = m_book.exec(*query); !ok)
        return ok.error();
    QList<ArrEvent> events;
    while (query->next()) {
        ArrEvent e;
        e.id = query->value(0).toLongLong();
        e.accountId = accountId;
        e.occurredOn = Dates::parseIso(query->value(1).toString()).value_or(Date());
        e.kind = kindFromKey(query->value(2).toString());
        e.arrBefore = query->value(3).toLongLong();
        e.arrAfter = query->value(4).toLongLong();
        e.note = query->value(5).toString();
        events << e;
    }
    return events;
}

Expected<qint64> ArrEventRepository::recordRenewal(const RenewalEvent &event)
{
    auto query = m_book.prepare(QStringLiteral(
        "INSERT INTO renewal_event (account_id, renewed_on, previous_renewal_on, "
        "next_renewal_on, term_months, arr_before, arr_after, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(event.accountId);
    query->addBindValue(Dates::toIso(event.renewedOn));
    query->addBindValue(event.previousRenewalOn ? QVariant(Dates::toIso(*event.previousRenewalOn))
                                                : QVariant(QMetaType::fromType<QString>()));
    query->addBindValue(Dates::toIso(event.nextRenewalOn));
    query->addBindValue(event.termMonths);
    query->addBindValue(qint64(event.arrBefore));
    query->addBindValue(qint64(event.arrAfter));
    query->addBindValue(SqlValues::text(event.note));
    return m_book.insert(*query);
}

Expected<QList<RenewalEvent>> ArrEventRepository::renewalsFor(qint64 accountId) const
{
    auto query = m_book.prepare(QStringLiteral(
        "SELECT id, renewed_on, previous_renewal_on, next_renewal_on, term_months, arr_before, "
        "arr_after, note FROM renewal_event WHERE account_id = ? ORDER BY renewed_on, id"));
    if (!query)
        return query.error();
    query->addBindValue(accountId);
    if (auto ok = m_book.exec(*query); !ok)
        return ok.error();
    QList<RenewalEvent> events;
    while (query->next()) {
        RenewalEvent e;
        e.id = query->value(0).toLongLong();
        e.accountId = accountId;
        e.renewedOn = Dates::parseIso(query->value(1).toString()).value_or(Date());
        e.previousRenewalOn = Dates::parseIso(query->value(2).toString());
        e.nextRenewalOn = Dates::parseIso(query->value(3).toString()).value_or(Date());
        e.termMonths = query->value(4).toInt();
        e.arrBefore = query->value(5).toLongLong();
        e.arrAfter = query->value(6).toLongLong();
        e.note = query->value(7).toString();
        events << e;
    }
    return events;
}

} // namespace csw
