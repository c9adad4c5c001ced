// SPDX-License-Identifier: MIT
#include "voc/VocRepository.h"
#include "book/SqlValues.h"

#include "accounts/ChurnReasons.h"

#include "common/EditConflict.h"
#include <QDateTime>

#include "book/Book.h"
#include "common/SearchFold.h"

#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant nullId() { return QVariant(QMetaType::fromType<qint64>()); }

VocEntry entryFrom(const QSqlQuery &q)
{
    VocEntry e;
    e.id = q.value(0).toLongLong();
    e.text = q.value(1).toString();
    e.kind = VocNames::kindFromKey(q.value(2).toString()).value_or(VocKind::Other);
    e.target = VocNames::targetFromKey(q.value(3).toString()).value_or(VocTarget::Product);
    e.status = VocNames::statusFromKey(q.value(4).toString()).value_or(VocStatus::New);
    if (!q.value(5).isNull())
        e.source = VocNames::sourceFromKey(q.value(5).toString());
    e.loggedOn = Dates::parseIso(q.value(6).toString()).value_or(Date());
    if (!q.value(7).isNull())
        e.mergedInto = q.value(7).toLongLong();
    e.version = q.value(8).toInt();
    e.changedBy = q.value(9).toString();
    e.changedAt = q.value(10).toString();
    if (!q.value(11).isNull())
        e.saidBy = q.value(11).toLongLong();
    return e;
}

const QString entryColumns =
    QStringLiteral("v.id, v.text, v.kind, v.target, v.status, v.source, v.logged_on, v.merged_into, "
                   "v.row_version, v.changed_by, v.changed_at, v.contact_id");

} // namespace

Expected<QSqlQuery> VocRepository::run(const QString &sql, const QVariantList &values) const
{
    return m_book.query(sql, values);
}

Expected<qint64> VocRepository::insert(const VocEntry &e) const
{
    auto query = m_book.prepare(QStringLiteral(
        "INSERT INTO voc (id, text, kind, target, status, source, logged_on, merged_into, search_text, "
        "contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(e.id > 0 ? QVariant(e.id) : nullId());
    query->addBindValue(e.text);
    query->addBindValue(VocNames::key(e.kind));
    query->addBindValue(VocNames::key(e.target));
    query->addBindValue(VocNames::key(e.status));
    query->addBindValue(e.source ? QVariant(VocNames::key(*e.source)) : nullText());
    query->addBindValue(Dates::toIso(e.loggedOn));
    query->addBindValue(e.mergedInto ? QVariant(*e.mergedInto) : nullId());
    query->addBindValue(SearchFold::of(e.text));
    query->addBindValue(e.saidBy ? QVariant(*e.saidBy) : nullId());
    auto id = m_book.insert(*query);
    if (!id)
        return id;
    if (auto ok = setLinks(*id, e.links); !ok)
        return ok.error();
    if (auto ok = setTags(*id, e.tags); !ok)
        return ok.error();
    return id;
}

Expected<VocEntry> VocRepository::get(qint64 id) const
{
    auto query = run(QStringLiteral("SELECT ") + entryColumns
                         + QStringLiteral(" FROM voc v WHERE v.id = ?"),
                     {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no VOC entry %1 in this book").arg(id), ErrorKind::NotFound};
    VocEntry entry = entryFrom(*query);
    auto links = run(QStringLiteral("SELECT account_id, importance FROM voc_account "
                                    "WHERE voc_id = ? ORDER BY account_id"),
                     {id});
    if (!links)
        return links.error();
    while (links->next())
        entry.links << VocLink{links->value(0).toLongLong(), Importance(links->value(1).toInt())};
    auto tags = run(QStringLiteral("SELECT tag FROM voc_tag WHERE voc_id = ? ORDER BY tag"), {id});
    if (!tags)
        return tags.error();
    while (tags->next())
        entry.tags << tags->value(0).toString();
    return entry;
}

Status VocRepository::update(const VocEntry &e, Check check) const
{
    // A restore puts the snapshot back as it was, version and who/when too.
    const bool restore = check == Check::Restore;
    const QString login = m_book.member().login;
    auto query = run(QStringLiteral("UPDATE voc SET text = ?, kind = ?, target = ?, status = ?, "
                                    "source = ?, logged_on = ?, merged_into = ?, search_text = ?, "
                                    "row_version = ?, changed_by = ?, changed_at = ?, contact_id = ? "
                                    "WHERE id = ? AND (row_version = ? OR ? = 1)"),
                     {e.text, VocNames::key(e.kind), VocNames::key(e.target),
                      VocNames::key(e.status),
                      e.source ? QVariant(VocNames::key(*e.source)) : nullText(),
                      Dates::toIso(e.loggedOn), e.mergedInto ? QVariant(*e.mergedInto) : nullId(),
                      SearchFold::of(e.text), restore ? e.version : e.version + 1,
                      restore ? (e.changedBy.isEmpty() ? nullText() : QVariant(e.changedBy))
                              : (login.isEmpty() ? nullText() : QVariant(login)),
                      restore ? (e.changedAt.isEmpty() ? nullText() : QVariant(e.changedAt))
                              : QVariant(QDateTime::currentDateTime().toString(Qt::ISODate)),
                      e.saidBy ? QVariant(*e.saidBy) : nullId(), e.id, e.version, restore ? 1 : 0});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 1)
        return {};
    auto now = get(e.id);
    if (!now)
        return now.error();
    return EditConflict::error(tr("VOC entry %1").arg(e.id), now->changedBy, now->changedAt);
}

Status VocRepository::setLinks(qint64 id, const QList<VocLink> &links) const
{
    if (auto ok = run(QStringLiteral("DELETE FROM voc_account WHERE voc_id = ?"), {id}); !ok)
        return ok.error();
    for (const VocLink &link : links) {
        auto ok = run(QStringLiteral("INSERT INTO voc_account (voc_id, account_id, importance) "
                                     "VALUES (?, ?, ?)"),
                      {id, link.accountId, int(link.importance)});
        if (!ok)
            return ok.error();
    }
    return {};
}

Status VocRepository::setTags(qint64 id, const QStringList &tags) const
{
    if (auto ok = run(QStringLiteral("DELETE FROM voc_tag WHERE voc_id = ?"), {id}); !ok)
        return ok.error();
    for (const QString &tag : normalizeTags(tags)) {
        auto ok = run(QStringLiteral("INSERT INTO voc_tag (voc_id, tag, search_tag) VALUES (?, ?, ?)"),
                      {id, tag, SearchFold::of(tag)});
        if (!ok)
            return ok.error();
    }
    return {};
}

Status VocRepository::remove(qint64 id) const
{
    if (auto ok = run(QStringLiteral("DELETE FROM voc WHERE id = ?"), {id}); !ok)
        return ok.error();
    return {};
}

Status VocRepository::addChange(qint64 id, const VocChange &c) const
{
    auto ok = run(QStringLiteral("INSERT INTO voc_change (voc_id, changed_on, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, ?, ?)"),
                  {id, Dates::toIso(c.changedOn), c.field, SqlValues::text(c.oldValue),
                   SqlValues::text(c.newValue)});
    if (!ok)
        return ok.error();
    return {};
}

Expected<QList<VocChange>> VocRepository::changes(qint64 id) const
{
    auto query = run(QStringLiteral("SELECT changed_on, field, old_value, new_value, changed_by FROM "
                                    "voc_change WHERE voc_id = ? ORDER BY id"),
                     {id});
    if (!query)
        return query.error();
    QList<VocChange> result;
    while (query->next()) {
        result << VocChange{Dates::parseIso(query->value(0).toString()).value_or(Date()),
                            query->value(1).toString(), query->value(2).toString(),
                            query->value(3).toString(), query->value(4).toString()};
    }
    return result;
}

Status VocRepository::addLoop(qint64 id, const VocLoop &loop) const
{
    auto ok = run(QStringLiteral("INSERT INTO voc_loop (voc_id, account_id, contact, told_on, "
                                 "channel, note, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, loop.accountId, SqlValues::text(loop.contact), Dates::toIso(loop.toldOn),
                   SqlValues::text(loop.channel), SqlValues::text(loop.note),
                   loop.contactId ? QVariant(*loop.contactId) : nullId()});
    if (!ok)
        return ok.error();
    return {};
}

Expected<QList<VocLoop>> VocRepository::loops(qint64 id) const
{
    auto query = run(QStringLiteral("SELECT account_id, contact, told_on, channel, note, contact_id "
                                    "FROM voc_loop WHERE voc_id = ? ORDER BY told_on, id"),
                     {id});
    if (!query)
        return query.error();
    QList<VocLoop> result;
    while (query->next()) {
        VocLoop loop;
        loop.accountId = query->value(0).toLongLong();
        loop.contact = query->value(1).toString();
        loop.toldOn = Dates::parseIso(query->value(2).toString()).value_or(Date());
        loop.channel = query->value(3).toString();
        loop.note = query->value(4).toString();
        if (!query->value(5).isNull())
            loop.contactId = query->value(5).toLongLong();
        result << loop;
    }
    return result;
}

Expected<VocImpact> VocRepository::impact(qint64 id) const
{
    auto query = run(QStringLiteral(
                         "SELECT count(*), coalesce(sum(a.arr), 0), coalesce(sum(a.arr * va.importance), 0), "
                         "coalesce(sum(CASE WHEN a.health_band = 'red' OR a.stage = "
                         "'churn-prevention' THEN a.arr ELSE 0 END), 0), "
                         "coalesce(sum(CASE WHEN a.health_band = 'red' OR a.stage = "
                         "'churn-prevention' THEN 1 ELSE 0 END), 0) "
                         "FROM voc_account va JOIN account a ON a.id = va.account_id "
                         "WHERE va.voc_id = ?"),
                     {id});
    if (!query)
        return query.error();
    VocImpact impact;
    if (query->next()) {
        impact.accounts = query->value(0).toLongLong();
        impact.arr = Minor(query->value(1).toDouble());
        impact.weightedArr = Minor(query->value(2).toDouble());
        impact.atRiskArr = Minor(query->value(3).toDouble());
        impact.accountsAtRisk = qint64(query->value(4).toDouble());
    }
    query->finish();
    // The churns that named the entry (or one merged into it) as behind them, and the ARR they
    // lost; a churn named by both counts once.
    auto churned = run(QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) FROM stage_event s WHERE s.id IN "
                                      "(SELECT cv.stage_event_id FROM churn_voc cv WHERE cv.voc_id = ? OR cv.voc_id IN "
                                      "(SELECT m.id FROM voc m WHERE m.merged_into = ?))")
                           .arg(ChurnReasons::lostArrSql(QStringLiteral("s"))),
                       {id, id});
    if (!churned)
        return churned.error();
    if (churned->next()) {
        impact.churns = churned->value(0).toLongLong();
        impact.churnedArr = Minor(churned->value(1).toDouble());
    }
    return impact;
}

Expected<QList<VocEntry>> VocRepository::entriesOfAccount(qint64 accountId) const
{
    auto query = run(QStringLiteral("SELECT ") + entryColumns
                         + QStringLiteral(", va.importance FROM voc_account va "
                                          "JOIN voc v ON v.id = va.voc_id "
                                          "WHERE va.account_id = ? AND v.merged_into IS NULL "
                                          "ORDER BY v.logged_on DESC, v.id DESC"),
                     {accountId});
    if (!query)
        return query.error();
    QList<VocEntry> result;
    while (query->next()) {
        VocEntry e = entryFrom(*query);
        e.links << VocLink{accountId, Importance(query->value(8).toInt())};
        result << e;
    }
    return result;
}

Expected<QStringList> VocRepository::tags() const
{
    auto query = run(QStringLiteral("SELECT DISTINCT tag FROM voc_tag ORDER BY tag"), {});
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

Expected<qint64> VocRepository::count() const
{
    auto query = run(QStringLiteral("SELECT count(*) FROM voc WHERE merged_into IS NULL"), {});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace csw
