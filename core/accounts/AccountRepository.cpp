// SPDX-License-Identifier: MIT
#include "accounts/AccountRepository.h"
#include "book/SqlValues.h"

#include "common/EditConflict.h"
#include <QDateTime>

#include "book/Book.h"
#include "book/Dialect.h"
#include "common/SearchFold.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

namespace {

std::optional<Date> dateFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : Dates::parseIso(value.toString());
}

void bindAccount(QSqlQuery &query, const Account &a)
{
    query.addBindValue(a.name);
    query.addBindValue(SqlValues::text(a.externalId));
    query.addBindValue(SqlValues::text(a.csm));
    query.addBindValue(Stages::key(a.touch));
    query.addBindValue(SqlValues::text(a.plan));
    query.addBindValue(SqlValues::text(a.industry));
    query.addBindValue(SqlValues::text(a.source));
    query.addBindValue(qint64(a.arr));
    query.addBindValue(SqlValues::date(a.startOn));
    query.addBindValue(SqlValues::date(a.renewalOn));
    query.addBindValue(Stages::key(a.stage));
    query.addBindValue(SqlValues::date(a.churnedOn));
    query.addBindValue(SqlValues::text(a.churnReason));
    query.addBindValue(SqlValues::text(a.churnReasonCode));
    query.addBindValue(SearchFold::accountKey(a.name, a.externalId, a.csm));
}

} // namespace

const QString &AccountRepository::selectColumns()
{
    static const QString columns = QStringLiteral(
        "id, name, external_id, csm, touch, plan, industry, source, arr, start_on, renewal_on, "
        "stage, churned_on, churn_reason, health_score, health_band, row_version, changed_by, "
        "changed_at, churn_reason_code");
    return columns;
}

Account AccountRepository::fromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.externalId = q.value(2).toString();
    a.csm = q.value(3).toString();
    a.touch = Stages::touchFromKey(q.value(4).toString()).value_or(Touch::High);
    a.plan = q.value(5).toString();
    a.industry = q.value(6).toString();
    a.source = q.value(7).toString();
    a.arr = q.value(8).toLongLong();
    a.startOn = dateFrom(q.value(9));
    a.renewalOn = dateFrom(q.value(10));
    a.stage = Stages::fromKey(q.value(11).toString()).value_or(Stage::Onboarding);
    a.churnedOn = dateFrom(q.value(12));
    a.churnReason = q.value(13).toString();
    if (!q.value(14).isNull())
        a.healthScore = q.value(14).toDouble();
    a.healthBand = Scorecard::bandFromKey(q.value(15).toString());
    a.version = q.value(16).toInt();
    a.changedBy = q.value(17).toString();
    a.changedAt = q.value(18).toString();
    a.churnReasonCode = q.value(19).toString();
    return a;
}

Expected<qint64> AccountRepository::insert(const Account &account)
{
    // An id is given when an undone addition is redone, so later commands still find it.
    auto query = m_book.prepare(QStringLiteral(
        "INSERT INTO account (id, name, external_id, csm, touch, plan, industry, source, arr, "
        "start_on, renewal_on, stage, churned_on, churn_reason, churn_reason_code, search_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(account.id > 0 ? QVariant(account.id) : QVariant(QMetaType::fromType<qint64>()));
    bindAccount(*query, account);
    return m_book.insert(*query);
}

Status AccountRepository::remove(qint64 id)
{
    auto query = m_book.prepare(QStringLiteral("DELETE FROM account WHERE id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(id);
    return m_book.exec(*query);
}

Status AccountRepository::update(const Account &account, int expectedVersion, Write write)
{
    auto query = m_book.prepare(QStringLiteral(
        "UPDATE account SET name = ?, external_id = ?, csm = ?, touch = ?, plan = ?, "
        "industry = ?, source = ?, arr = ?, start_on = ?, renewal_on = ?, stage = ?, "
        "churned_on = ?, churn_reason = ?, churn_reason_code = ?, search_key = ?, row_version = ?, "
        "changed_by = ?, changed_at = ? WHERE id = ? AND row_version = ?"));
    if (!query)
        return query.error();
    bindAccount(*query, account);
    if (write == Write::Restore) {   // the row as it was, version and all
        query->addBindValue(account.version);
        query->addBindValue(SqlValues::text(account.changedBy));
        query->addBindValue(SqlValues::text(account.changedAt));
    } else {
        query->addBindValue(expectedVersion + 1);
        query->addBindValue(SqlValues::text(m_book.member().login));
        query->addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    }
    query->addBindValue(account.id);
    query->addBindValue(expectedVersion);
    if (auto ok = m_book.exec(*query); !ok)
        return ok;
    if (query->numRowsAffected() == 1)
        return {};
    // Not written: the account is gone, or someone else's edit moved its version on.
    auto now = get(account.id);
    if (!now)
        return now.error();
    return EditConflict::error(tr("account %1").arg(account.id), now->changedBy, now->changedAt,
                               differences(account, *now).join(QStringLiteral("; ")));
}

QStringList AccountRepository::differences(const Account &mine, const Account &theirs)
{
    QStringList out;
    auto note = [&out](const char *field, const QString &a, const QString &b) {
        if (a != b)
            out << QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), a, b);
    };
    auto date = [](const std::optional<Date> &d) { return d ? Dates::toIso(*d) : QString(); };
    note("name", mine.name, theirs.name);
    note("external_id", mine.externalId, theirs.externalId);
    note("csm", mine.csm, theirs.csm);
    note("touch", Stages::key(mine.touch), Stages::key(theirs.touch));
    note("plan", mine.plan, theirs.plan);
    note("industry", mine.industry, theirs.industry);
    note("source", mine.source, theirs.source);
    note("arr", QString::number(mine.arr), QString::number(theirs.arr));
    note("start", date(mine.startOn), date(theirs.startOn));
    note("renewal", date(mine.renewalOn), date(theirs.renewalOn));
    note("stage", Stages::key(mine.stage), Stages::key(theirs.stage));
    return out;
}

Expected<Account> AccountRepository::getForEdit(qint64 id) const
{
    return get(id, m_book.engine() == BookEngine::Postgres);
}

Expected<Account> AccountRepository::get(qint64 id, bool lockRow) const
{
    // Locked, a team book's row waits for another writer's commit instead of being read as it
    // was and refused as stale at the write (an SQLite write transaction holds the whole book).
    auto query = m_book.prepare(QStringLiteral("SELECT ") + selectColumns()
                                + QStringLiteral(" FROM account WHERE id = ?")
                                + (lockRow ? QStringLiteral(" FOR UPDATE") : QString()));
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (auto ok = m_book.exec(*query); !ok)
        return ok.error();
    if (!query->next())
        return Error{tr("there is no account %1 in this book").arg(id), ErrorKind::NotFound};
    return fromRow(*query);
}

QString AccountRepository::whereSql(const AccountFilter &filter, QVariantList &values)
{
    QStringList where;
    if (!filter.csm.isEmpty()) {
        where << QStringLiteral("csm = ?");
        values << filter.csm;
    }
    if (filter.stage) {
        where << QStringLiteral("stage = ?");
        values << Stages::key(*filter.stage);
    }
    if (filter.touch) {
        where << QStringLiteral("touch = ?");
        values << Stages::key(*filter.touch);
    }
    if (filter.health) {
        where << QStringLiteral("health_band = ?");
        values << Scorecard::bandKey(*filter.health);
    }
    if (!filter.plan.isEmpty()) {
        where << QStringLiteral("plan = ?");
        values << filter.plan;
    }
    if (!filter.source.isEmpty()) {
        where << QStringLiteral("source = ?");
        values << filter.source;
    }
    const std::pair<const std::optional<Date> &, QString> bounds[] = {
        {filter.renewalFrom, QStringLiteral("renewal_on >= ?")},
        {filter.renewalTo, QStringLiteral("renewal_on <= ?")},
        {filter.churnedFrom, QStringLiteral("churned_on >= ?")},
        {filter.churnedTo, QStringLiteral("churned_on <= ?")},
    };
    for (const auto &[bound, condition] : bounds) {
        if (bound) {
            where << condition;
            values << Dates::toIso(*bound);
        }
    }
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = SearchFold::of(filter.search.trimmed());
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        // The name, external id and CSM, folded as the search is (SearchFold).
        where << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        values << pattern;
    }
    if (!filter.segment.isEmpty()) {
        const bool churnedAsked = filter.stage == Stage::Churned || filter.churnedFrom || filter.churnedTo;
        where << SegmentRules::sql(filter.segment, Dates::today(), values, !churnedAsked);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString AccountRepository::selectSql(const AccountFilter &filter, QVariantList &values)
{
    return QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM account")
           + whereSql(filter, values) + QStringLiteral(" ORDER BY id");
}

Expected<qint64> AccountRepository::count(const AccountFilter &filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM account") + whereSql(filter, values);
    auto query = m_book.query(sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

QString AccountRepository::orderSql(AccountSort sort, bool descending) const
{
    static const QHash<AccountSort, QString> columns = {
        {AccountSort::Id, QStringLiteral("id")},         {AccountSort::Name, QStringLiteral("name")},
        {AccountSort::Csm, QStringLiteral("csm")},       {AccountSort::Touch, QStringLiteral("touch")},
        {AccountSort::Plan, QStringLiteral("plan")},     {AccountSort::Stage, QStringLiteral("stage")},
        {AccountSort::Arr, QStringLiteral("arr")},
        {AccountSort::Health, QStringLiteral("health_score")},       {AccountSort::Renewal, QStringLiteral("renewal_on")},
    };
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key = columns.value(sort);
    if (sort == AccountSort::Name)   // the index account_name's order
        key = m_book.dialect().foldCase(key);
    return QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", id") + direction;
}

Expected<std::optional<qint64>> AccountRepository::position(const AccountFilter &filter, AccountSort sort,
                                                            bool descending, qint64 id) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT position FROM (SELECT id, row_number() OVER (")
                        + orderSql(sort, descending).trimmed() + QStringLiteral(") - 1 AS position FROM account")
                        + whereSql(filter, values) + QStringLiteral(") ranked WHERE id = ?");
    values << id;
    auto query = m_book.query(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Expected<QList<Account>> AccountRepository::page(const AccountFilter &filter, AccountSort sort,
                                                 bool descending, qint64 offset, int limit, qint64 total) const
{
    // Rows [offset, end) are rows [total - end, total - offset) of the reversed order (the
    // order ends with the id, so it is total and its reverse exact).
    const bool fromEnd = total > 0 && offset > total / 2;
    const qint64 end = fromEnd ? std::min(total, offset + limit) : offset + limit;
    // The rows skipped are walked in the sort column's index alone (it ends with the id), and
    // only the page's rows are read from the table: a jump to the middle of a team book read
    // every skipped row from the table before (50,000 of them at 100k accounts, 150 ms).
    QVariantList values;
    const QString order = orderSql(sort, descending != fromEnd);
    const QString sql = QStringLiteral("SELECT ") + selectColumns()
                        + QStringLiteral(" FROM account WHERE id IN (SELECT id FROM account") + whereSql(filter, values)
                        + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order;
    values << (fromEnd ? std::max<qint64>(0, end - offset) : limit) << (fromEnd ? total - end : offset);
    auto query = m_book.query(sql, values);
    if (!query)
        return query.error();
    QList<Account> accounts;
    accounts.reserve(limit);
    while (query->next())
        accounts << fromRow(*query);
    if (fromEnd)
        std::reverse(accounts.begin(), accounts.end());
    return accounts;
}

Expected<QStringList> AccountRepository::csms() const
{
    // Hops along the csm index from one name to the next: a handful of lookups, not a scan
    // of every account (SELECT DISTINCT reads the whole index).
    auto query = m_book.query(QStringLiteral("WITH RECURSIVE names(csm) AS ("
                                             " SELECT min(csm) FROM account"
                                             " UNION ALL"
                                             " SELECT (SELECT min(a.csm) FROM account a WHERE a.csm > names.csm) FROM names"
                                             " WHERE names.csm IS NOT NULL)"
                                             " SELECT csm FROM names WHERE csm IS NOT NULL"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Status AccountRepository::forEach(const AccountFilter &filter,
                                  const std::function<void(const Account &)> &visit) const
{
    QVariantList values;
    const QString sql = selectSql(filter, values);
    auto query = m_book.stream(sql, values);
    if (!query)
        return query.error();
    while (query->next())
        visit(fromRow(*query));
    if (query->lastError().isValid())
        return m_book.errorFrom(*query);
    return {};
}

Status AccountRepository::forEachSorted(const AccountFilter &filter, AccountSort sort, bool descending,
                                        const std::function<bool(const Account &)> &visit) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM account")
                        + whereSql(filter, values) + orderSql(sort, descending);
    auto query = m_book.stream(sql, values);
    if (!query)
        return query.error();
    while (query->next())
        if (!visit(fromRow(*query)))
            return {};
    if (query->lastError().isValid())
        return m_book.errorFrom(*query);
    return {};
}

Expected<RowStream> AccountRepository::rows(const AccountFilter &filter) const
{
    QVariantList values;
    const QString sql = selectSql(filter, values);
    return RowStream::open(m_book, sql.toUtf8(), values);
}

Expected<qint64> AccountRepository::count() const
{
    auto query = m_book.query(QStringLiteral("SELECT count(*) FROM account"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Expected<std::optional<qint64>> AccountRepository::findByExternalId(const QString &externalId,
                                                                     qint64 exceptId) const
{
    auto query = m_book.prepare(
        QStringLiteral("SELECT id FROM account WHERE external_id = ? AND id <> ?"));
    if (!query)
        return query.error();
    query->addBindValue(externalId);
    query->addBindValue(exceptId);
    if (auto ok = m_book.exec(*query); !ok)
        return ok.error();
    if (query->next())
        return std::optional<qint64>(query->value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace csw
