// SPDX-License-Identifier: MIT
#include "accounts/Handoff.h"

#include "book/Book.h"
#include "book/SqlValues.h"
#include "common/EditConflict.h"
#include "stages/Stage.h"
#include "tasks/Playbooks.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace csw {

namespace {

// The text fields in their columns' order.
QString Handoff::*const textFields[] = {&Handoff::salesOwner, &Handoff::purpose, &Handoff::problems,
                                       &Handoff::expectations, &Handoff::promises, &Handoff::successCriteria,
                                       &Handoff::competitors, &Handoff::notes};
const char *const textKeys[] = {"sales_owner", "purpose", "problems", "expectations",
                                "promises", "success_criteria", "competitors", "notes"};

} // namespace

const QStringList &Handoffs::fieldKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const char *key : textKeys)
            k << QLatin1String(key);
        return k + QStringList{QStringLiteral("decision_maker"), QStringLiteral("champion"),
                               QStringLiteral("handed_over_on")};
    }();
    return keys;
}

QString Handoffs::fieldLabel(const QString &key)
{
    if (key == u"sales_owner") return tr("Sales owner");
    if (key == u"purpose") return tr("Purpose of use");
    if (key == u"problems") return tr("The customer's problems");
    if (key == u"expectations") return tr("Expectations");
    if (key == u"promises") return tr("What was promised");
    if (key == u"success_criteria") return tr("Success criteria");
    if (key == u"competitors") return tr("Competitors considered");
    if (key == u"notes") return tr("Notes");
    if (key == u"decision_maker") return tr("Decision maker");
    if (key == u"champion") return tr("Champion");
    if (key == u"handed_over_on") return tr("Handed over on");
    return key;
}

QString Handoff::*Handoffs::textMember(const QString &key)
{
    for (qsizetype i = 0; i < qsizetype(std::size(textKeys)); ++i)
        if (key == QLatin1String(textKeys[i]))
            return textFields[i];
    return nullptr;
}

QString Handoffs::text(const Handoff &h, const QString &key)
{
    if (QString Handoff::*member = textMember(key))
        return h.*member;
    if (key == u"decision_maker")
        return h.decisionMakerId ? QString::number(*h.decisionMakerId) : QString();
    if (key == u"champion")
        return h.championId ? QString::number(*h.championId) : QString();
    if (key == u"handed_over_on")
        return h.handedOverOn ? Dates::toIso(*h.handedOverOn) : QString();
    return {};
}

QStringList Handoffs::missing(const Handoff &h)
{
    QStringList out;
    for (const QString &key : {QStringLiteral("sales_owner"), QStringLiteral("purpose"), QStringLiteral("problems"),
                               QStringLiteral("expectations"), QStringLiteral("success_criteria"),
                               QStringLiteral("decision_maker"), QStringLiteral("champion")})
        if (text(h, key).trimmed().isEmpty())
            out << key;
    return out;
}

Status Handoffs::applyFields(Handoff &h, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq).trimmed(), value = assignment.mid(eq + 1).trimmed();
        const qsizetype text = eq > 0 ? fieldKeys().indexOf(key) : -1;
        if (text < 0)
            return Error{tr("'%1' is not FIELD=VALUE with a hand-off field (%2)")
                             .arg(assignment, fieldKeys().join(QStringLiteral(", "))),
                         ErrorKind::Invalid};
        if (text < qsizetype(std::size(textKeys))) {
            h.*textFields[text] = value;
        } else if (key == u"handed_over_on") {
            h.handedOverOn = Dates::parseIso(value);
            if (!value.isEmpty() && !h.handedOverOn)
                return Error{tr("handed_over_on: '%1' is not a date (YYYY-MM-DD)").arg(value), ErrorKind::Invalid};
        } else {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!value.isEmpty() && (!ok || id <= 0))
                return Error{tr("%1: '%2' is not a contact id").arg(key, value), ErrorKind::Invalid};
            (key == u"champion" ? h.championId : h.decisionMakerId) =
                value.isEmpty() ? std::nullopt : std::optional<qint64>(id);
        }
    }
    return {};
}

Expected<Handoff> Handoffs::of(qint64 accountId) const
{
    auto q = m_book.query(QStringLiteral("SELECT sales_owner, purpose, problems, expectations, promises, "
                                         "success_criteria, competitors, notes, decision_maker_id, champion_id, "
                                         "handed_over_on, changed_by, changed_at, row_version FROM handoff "
                                         "WHERE account_id = ?"),
                          {accountId});
    if (!q)
        return q.error();
    Handoff h;
    h.accountId = accountId;
    if (!q->next())
        return h;
    for (int i = 0; i < int(std::size(textFields)); ++i)
        h.*textFields[i] = q->value(i).toString();
    if (!q->value(8).isNull())
        h.decisionMakerId = q->value(8).toLongLong();
    if (!q->value(9).isNull())
        h.championId = q->value(9).toLongLong();
    h.handedOverOn = Dates::parseIso(q->value(10).toString());
    h.changedBy = q->value(11).toString();
    h.changedAt = q->value(12).toString();
    h.version = q->value(13).toInt();
    return h;
}

Status Handoffs::checkContact(qint64 accountId, const std::optional<qint64> &contact, const QString &field) const
{
    if (!contact)
        return {};
    // Listed ones only: a removed contact kept for history is no longer who decides or champions.
    auto q = m_book.query(QStringLiteral("SELECT account_id FROM contact WHERE id = ? AND removed_on IS NULL"), {*contact});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toLongLong() != accountId)
        return Error{tr("%1: contact %2 is not one of account %3's contacts").arg(field).arg(*contact).arg(accountId),
                     ErrorKind::Invalid};
    return {};
}

Status Handoffs::save(const Handoff &h)
{
    return save(h, h.version, h.version + 1);
}

Status Handoffs::save(const Handoff &h, int expectedVersion, int newVersion)
{
    return m_book.write([&]() -> Status {
        auto account = m_book.query(QStringLiteral("SELECT 1 FROM account WHERE id = ?"), {h.accountId});
        if (!account)
            return account.error();
        if (!account->next())
            return Error{tr("there is no account %1").arg(h.accountId), ErrorKind::NotFound};
        if (auto ok = checkContact(h.accountId, h.decisionMakerId, fieldLabel(QStringLiteral("decision_maker"))); !ok)
            return ok;
        if (auto ok = checkContact(h.accountId, h.championId, fieldLabel(QStringLiteral("champion"))); !ok)
            return ok;
        QVariantList values;
        for (QString Handoff::*field : textFields)
            values << SqlValues::trimmedText(h.*field);
        values << SqlValues::id(h.decisionMakerId) << SqlValues::id(h.championId)
               << SqlValues::date(h.handedOverOn)
               << SqlValues::trimmedText(m_book.member().login) << QDateTime::currentDateTime().toString(Qt::ISODate) << newVersion
               << h.accountId;
        auto stored = of(h.accountId);
        if (!stored)
            return stored.error();
        // Based on the hand-off as the person saw it (none: version 0): never over someone else's.
        if (stored->version != expectedVersion)
            return EditConflict::error(tr("the hand-off of account %1").arg(h.accountId), stored->changedBy,
                                       stored->changedAt);
        const QString sql = expectedVersion == 0
            ? QStringLiteral("INSERT INTO handoff (sales_owner, purpose, problems, expectations, promises, "
                             "success_criteria, competitors, notes, decision_maker_id, champion_id, handed_over_on, "
                             "changed_by, changed_at, row_version, account_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE handoff SET sales_owner = ?, purpose = ?, problems = ?, expectations = ?, "
                             "promises = ?, success_criteria = ?, competitors = ?, notes = ?, decision_maker_id = ?, "
                             "champion_id = ?, handed_over_on = ?, changed_by = ?, changed_at = ?, row_version = ? "
                             "WHERE account_id = ?");
        auto written = m_book.query(sql, values);
        if (!written)
            return written.error();
        return h.handedOverOn == stored->handedOverOn ? Status()
                                                      : scheduleOnboarding(h.accountId, stored->handedOverOn, h.handedOverOn);
    });
}

Status Handoffs::scheduleOnboarding(qint64 accountId, const std::optional<Date> &was,
                                   const std::optional<Date> &handedOverOn)
{
    auto stage = m_book.query(QStringLiteral("SELECT stage FROM account WHERE id = ?"), {accountId});
    if (!stage)
        return stage.error();
    if (!stage->next() || stage->value(0).toString() != Stages::key(Stage::Onboarding))
        return {};
    stage->finish();
    return Playbooks(m_book).reschedule(accountId, Stage::Onboarding, was, handedOverOn);
}

QList<SuccessCriterion> Handoffs::criteria(const Handoff &h)
{
    static const QRegularExpression dated(
        QStringLiteral(R"(^(.*?)[\s]*[（(]?\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*[）)]?\s*$)"));
    QList<SuccessCriterion> out;
    for (const QString &raw : h.successCriteria.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        SuccessCriterion c{line, std::nullopt};
        if (const auto m = dated.match(line); m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
            const QString iso = QStringLiteral("%1-%2-%3")
                                    .arg(m.captured(2), m.captured(3).rightJustified(2, QLatin1Char('0')),
                                         m.captured(4).rightJustified(2, QLatin1Char('0')));
            if (const auto day = Dates::parseIso(iso)) {
                c.title = m.captured(1).trimmed();
                c.dueOn = *day;
            }
        }
        out << c;
    }
    return out;
}

Expected<QList<qint64>> Handoffs::makeObjectives(qint64 accountId, const QList<qint64> &reuse)
{
    QList<qint64> made;
    const Status written = m_book.write([&]() -> Status {
        auto h = of(accountId);
        if (!h)
            return h.error();
        auto existing = m_book.query(QStringLiteral("SELECT title FROM plan_objective WHERE account_id = ? "
                                                    "AND from_handoff = 1"),
                                     {accountId});
        if (!existing)
            return existing.error();
        QStringList titles;
        while (existing->next())
            titles << existing->value(0).toString();
        existing->finish();
        for (const SuccessCriterion &c : criteria(*h)) {
            if (titles.contains(c.title))
                continue;
            auto q = m_book.prepare(QStringLiteral("INSERT INTO plan_objective (id, account_id, title, start_value, "
                                                   "current_value, target_value, due_on, from_handoff, changed_by, "
                                                   "changed_at) VALUES (?, ?, ?, 0, 0, 100, ?, 1, ?, ?)"));
            if (!q)
                return q.error();
            q->addBindValue(SqlValues::id(made.size() < reuse.size() ? std::optional<qint64>(reuse[made.size()])
                                                                     : std::nullopt));
            q->addBindValue(accountId);
            q->addBindValue(c.title);
            q->addBindValue(SqlValues::date(c.dueOn));
            q->addBindValue(SqlValues::trimmedText(m_book.member().login));
            q->addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
            auto id = m_book.insert(*q);
            if (!id)
                return id.error();
            made << *id;
            titles << c.title;
        }
        return {};
    });
    if (!written)
        return written.error();
    return made;
}

Status Handoffs::removeObjectives(const QList<qint64> &ids)
{
    return m_book.write([&]() -> Status {
        for (qint64 id : ids) {
            auto q = m_book.query(QStringLiteral("DELETE FROM plan_objective WHERE id = ? AND from_handoff = 1"), {id});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Status Handoffs::remove(qint64 accountId, int expectedVersion)
{
    return m_book.write([&]() -> Status {
        auto stored = of(accountId);
        if (!stored)
            return stored.error();
        if (stored->version != expectedVersion)
            return EditConflict::error(tr("the hand-off of account %1").arg(accountId), stored->changedBy,
                                       stored->changedAt);
        auto q = m_book.query(QStringLiteral("DELETE FROM handoff WHERE account_id = ?"), {accountId});
        if (!q)
            return q.error();
        return stored->handedOverOn ? scheduleOnboarding(accountId, stored->handedOverOn, std::nullopt) : Status();
    });
}

} // namespace csw
