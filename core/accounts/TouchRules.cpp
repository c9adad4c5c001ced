// SPDX-License-Identifier: MIT
#include "accounts/TouchRules.h"

#include "accounts/Segments.h"
#include "book/Book.h"
#include "book/SqlValues.h"

#include <QSqlQuery>

#include <limits>

namespace csw {

namespace {

// How far a rule reaches, narrowest first: a segment's plan, a segment, a plan, everyone.
int reach(const TouchRule &rule)
{
    return (rule.segment.isEmpty() ? 2 : 0) + (rule.plan.isEmpty() ? 1 : 0);
}

bool sameReach(const TouchRule &a, const TouchRule &b)
{
    return a.segment == b.segment && a.plan == b.plan;
}

Minor lowOf(const TouchRule &rule)
{
    return rule.arrFrom.value_or(std::numeric_limits<Minor>::min());
}

Minor highOf(const TouchRule &rule)
{
    return rule.arrBelow.value_or(std::numeric_limits<Minor>::max());
}

bool covers(const TouchRule &rule, Minor arr)
{
    return lowOf(rule) <= arr && arr < highOf(rule);
}

QVariant money(const std::optional<Minor> &amount)
{
    return amount ? QVariant(qint64(*amount)) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

qint64 TouchPreview::moving() const
{
    return std::count_if(changes.cbegin(), changes.cend(), [](const TouchChange &c) { return !c.kept; });
}

Minor TouchPreview::movingArr() const
{
    Minor sum = 0;
    for (const TouchChange &c : changes)
        sum += c.kept ? 0 : c.arr;
    return sum;
}

Expected<QList<TouchRule>> TouchRules::list() const
{
    auto q = m_book.query(QStringLiteral("SELECT id, touch, arr_from, arr_below, plan, segment FROM touch_rule ORDER BY id"));
    if (!q)
        return q.error();
    QList<TouchRule> rules;
    while (q->next()) {
        TouchRule r;
        r.id = q->value(0).toLongLong();
        r.touch = Stages::touchFromKey(q->value(1).toString()).value_or(Touch::Low);
        if (!q->value(2).isNull())
            r.arrFrom = q->value(2).toLongLong();
        if (!q->value(3).isNull())
            r.arrBelow = q->value(3).toLongLong();
        r.plan = q->value(4).toString();
        r.segment = q->value(5).toString();
        rules << r;
    }
    return rules;
}

Status TouchRules::check(const QList<TouchRule> &rules) const
{
    const Currency &currency = m_book.currency();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const TouchRule &rule = rules[i];
        if (lowOf(rule) >= highOf(rule))
            return Error{tr("rule %1 covers no ARR: %2").arg(i + 1).arg(describe(rule, currency)), ErrorKind::Invalid};
        if (!rule.segment.isEmpty()) {
            if (auto found = Segments(m_book).get(rule.segment); !found)
                return Error{tr("rule %1: %2").arg(i + 1).arg(found.error().message), found.error().kind};
        }
        for (qsizetype j = 0; j < i; ++j) {
            const TouchRule &other = rules[j];
            // Named as `csw touch rules` lists them (their ids), or by their place when not saved yet.
            if (sameReach(rule, other) && std::max(lowOf(rule), lowOf(other)) < std::min(highOf(rule), highOf(other)))
                return Error{tr("rules %1 and %2 overlap: %3 (%4) and %5 (%6) cover the same accounts")
                                 .arg(other.id > 0 ? other.id : j + 1)
                                 .arg(rule.id > 0 ? rule.id : i + 1)
                                 .arg(describe(other, currency), Stages::label(other.touch),
                                      describe(rule, currency), Stages::label(rule.touch)),
                             ErrorKind::Conflict};
        }
    }
    return {};
}

Expected<qint64> TouchRules::add(const TouchRule &rule)
{
    auto rules = list();
    if (!rules)
        return rules.error();
    TouchRule added = rule;
    added.plan = added.plan.trimmed();
    added.segment = added.segment.trimmed();
    if (auto ok = check(*rules + QList<TouchRule>{added}); !ok)
        return ok.error();
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        auto q = m_book.prepare(QStringLiteral("INSERT INTO touch_rule (touch, arr_from, arr_below, plan, segment) "
                                               "VALUES (?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        for (const QVariant &v : {QVariant(Stages::key(added.touch)), money(added.arrFrom), money(added.arrBelow),
                                  SqlValues::trimmedText(added.plan), SqlValues::trimmedText(added.segment)})
            q->addBindValue(v);
        auto inserted = m_book.insert(*q);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Status TouchRules::remove(qint64 id)
{
    return m_book.write([&]() -> Status {
        auto q = m_book.query(QStringLiteral("DELETE FROM touch_rule WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{tr("there is no touch model rule %1").arg(id), ErrorKind::NotFound};
        return {};
    });
}

Status TouchRules::replace(const QList<TouchRule> &rules)
{
    if (auto ok = check(rules); !ok)
        return ok;
    return m_book.write([&]() -> Status {
        if (auto q = m_book.query(QStringLiteral("DELETE FROM touch_rule")); !q)
            return q.error();
        for (const TouchRule &rule : rules) {   // a saved rule keeps its id, a new one gets the next
            auto q = m_book.query(QStringLiteral("INSERT INTO touch_rule (id, touch, arr_from, arr_below, plan, segment) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                                  {SqlValues::id(rule.id > 0 ? std::optional(rule.id) : std::nullopt),
                                   Stages::key(rule.touch), money(rule.arrFrom), money(rule.arrBelow),
                                   SqlValues::trimmedText(rule.plan), SqlValues::trimmedText(rule.segment)});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Expected<QHash<QString, QSet<qint64>>> TouchRules::segmentMembers(const QList<TouchRule> &rules) const
{
    QHash<QString, QSet<qint64>> members;
    for (const TouchRule &rule : rules) {
        if (rule.segment.isEmpty() || members.contains(rule.segment))
            continue;
        auto segment = Segments(m_book).get(rule.segment);
        if (!segment)
            return segment.error();
        auto conditions = SegmentRules::parse(m_book, segment->conditions);
        if (!conditions)
            return conditions.error();
        AccountFilter filter;
        filter.segment = *conditions;
        QSet<qint64> &ids = members[rule.segment];
        const Status read = AccountRepository(m_book).forEach(filter, [&](const Account &a) { ids.insert(a.id); });
        if (!read)
            return read.error();
    }
    return members;
}

Expected<TouchPreview> TouchRules::preview(const QList<TouchRule> &rules) const
{
    auto members = segmentMembers(rules);
    if (!members)
        return members.error();
    auto kept = this->kept();
    if (!kept)
        return kept.error();
    QList<TouchRule> ordered = rules;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TouchRule &a, const TouchRule &b) { return reach(a) < reach(b); });
    TouchPreview preview;
    const Status read = AccountRepository(m_book).forEach(AccountFilter(), [&](const Account &a) {
        if (a.isChurned())
            return;
        const auto rule = std::find_if(ordered.cbegin(), ordered.cend(), [&](const TouchRule &r) {
            return covers(r, a.arr) && (r.plan.isEmpty() || r.plan == a.plan)
                   && (r.segment.isEmpty() || members->value(r.segment).contains(a.id));
        });
        if (rule == ordered.cend())
            ++preview.unmatched;
        else if (rule->touch != a.touch)
            preview.changes << TouchChange{a.id, a.name, a.csm, a.arr, a.touch, rule->touch, rule->id, kept->contains(a.id)};
    });
    if (!read)
        return read.error();
    return preview;
}

Expected<TouchApplied> TouchRules::apply(const TouchPreview &preview, const QSet<qint64> &apply, const Date &on)
{
    TouchApplied applied;
    QHash<Touch, QList<qint64>> moves;
    for (const TouchChange &change : preview.changes) {
        if (apply.contains(change.accountId)) {
            moves[change.to] << change.accountId;
            if (change.kept)
                applied.releasedNow << change.accountId;
        } else if (!change.kept) {
            applied.keptNow << change.accountId;
        }
    }
    if (moves.isEmpty() && applied.keptNow.isEmpty())
        return Error{tr("no account's touch model would change: nothing was changed"), ErrorKind::Invalid};
    const Status written = m_book.write([&]() -> Status {
        for (Touch touch : {Touch::High, Touch::Low, Touch::Tech}) {
            if (moves.value(touch).isEmpty())
                continue;
            auto done = BulkActions(m_book).setTouch(moves.value(touch), touch, on);
            if (!done)
                return done.error();
            applied.bulk.changes += done->changes;
            applied.bulk.accounts += done->accounts;
        }
        if (auto ok = setKept(applied.releasedNow, false); !ok)
            return ok;
        return setKept(applied.keptNow, true);
    });
    if (!written)
        return written.error();
    return applied;
}

Status TouchRules::undo(const TouchApplied &applied)
{
    return m_book.write([&]() -> Status {
        if (!applied.bulk.changes.isEmpty()) {
            if (auto ok = BulkActions(m_book).undo(applied.bulk); !ok)
                return ok;
        }
        if (auto ok = setKept(applied.keptNow, false); !ok)
            return ok;
        return setKept(applied.releasedNow, true);
    });
}

Expected<QSet<qint64>> TouchRules::kept() const
{
    auto q = m_book.query(QStringLiteral("SELECT account_id FROM touch_kept"));
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

Status TouchRules::keep(const QList<qint64> &accounts, bool kept)
{
    return m_book.write([&]() -> Status {
        for (qint64 id : accounts) {
            if (auto found = AccountRepository(m_book).get(id); !found)
                return found.error();
        }
        return setKept(accounts, kept);
    });
}

Status TouchRules::setKept(const QList<qint64> &accounts, bool kept)
{
    for (qint64 id : accounts) {
        auto q = m_book.query(kept ? QStringLiteral("INSERT INTO touch_kept (account_id) VALUES (?) ON CONFLICT DO NOTHING")
                                   : QStringLiteral("DELETE FROM touch_kept WHERE account_id = ?"),
                              {id});
        if (!q)
            return q.error();
    }
    return {};
}

QString TouchRules::describe(const TouchRule &rule, const Currency &currency)
{
    QString arr;
    if (rule.arrFrom && rule.arrBelow)
        arr = tr("%1 ≤ ARR < %2").arg(currency.toGrouped(*rule.arrFrom), currency.toGrouped(*rule.arrBelow));
    else if (rule.arrFrom)
        arr = tr("ARR ≥ %1").arg(currency.toGrouped(*rule.arrFrom));
    else if (rule.arrBelow)
        arr = tr("ARR < %1").arg(currency.toGrouped(*rule.arrBelow));
    else
        arr = tr("any ARR");
    if (!rule.segment.isEmpty())
        arr += QLatin1String(", ") + tr("segment %1").arg(rule.segment);
    if (!rule.plan.isEmpty())
        arr += QLatin1String(", ") + tr("plan %1").arg(rule.plan);
    return arr;
}

} // namespace csw
