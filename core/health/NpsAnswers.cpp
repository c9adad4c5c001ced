// SPDX-License-Identifier: MIT
#include "health/NpsAnswers.h"

#include "accounts/Contacts.h"

#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "book/SqlValues.h"
#include "health/HealthRepository.h"
#include "voc/VocService.h"

#include <QSqlQuery>

namespace csw {

namespace {

const QString columns = QStringLiteral("id, account_id, responded_on, score, respondent, comment, voc_id, contact_id");

NpsAnswer fromRow(const QSqlQuery &q)
{
    NpsAnswer a;
    a.id = q.value(0).toLongLong();
    a.accountId = q.value(1).toLongLong();
    a.respondedOn = Dates::parseIso(q.value(2).toString()).value_or(Date());
    a.score = q.value(3).toInt();
    a.respondent = q.value(4).toString();
    a.comment = q.value(5).toString();
    if (!q.value(6).isNull())
        a.vocId = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        a.contactId = q.value(7).toLongLong();
    return a;
}

} // namespace

NpsAnswer::Group NpsAnswer::groupOf(int score)
{
    return score >= 9 ? Group::Promoter : score >= 7 ? Group::Passive : Group::Detractor;
}

Expected<QList<NpsAnswer>> NpsAnswers::ofAccount(qint64 accountId) const
{
    auto q = m_book.query(QStringLiteral("SELECT %1 FROM nps_response WHERE account_id = ? "
                                         "ORDER BY responded_on DESC, id DESC").arg(columns),
                          {accountId});
    if (!q)
        return q.error();
    QList<NpsAnswer> answers;
    while (q->next())
        answers << fromRow(*q);
    return answers;
}

Expected<NpsAnswer> NpsAnswers::get(qint64 id) const
{
    auto q = m_book.query(QStringLiteral("SELECT %1 FROM nps_response WHERE id = ?").arg(columns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no NPS answer %1").arg(id), ErrorKind::NotFound};
    return fromRow(*q);
}

Expected<bool> NpsAnswers::isLatest(const NpsAnswer &answer, qint64 id) const
{
    auto q = m_book.query(QStringLiteral("SELECT 1 FROM nps_response WHERE account_id = ? AND id <> ? "
                                         "AND responded_on > ? LIMIT 1"),
                          {answer.accountId, id, Dates::toIso(answer.respondedOn)});
    if (!q)
        return q.error();
    return !q->next();
}

Expected<NpsAdded> NpsAnswers::add(const NpsAnswer &answer)
{
    if (answer.score < 0 || answer.score > 10)
        return Error{tr("an NPS answer is a whole number from 0 to 10, not %1").arg(answer.score),
                     ErrorKind::Invalid};
    if (answer.respondedOn > Dates::today())
        return Error{tr("%1 is in the future; answers are recorded as they come")
                         .arg(Dates::toIso(answer.respondedOn)),
                     ErrorKind::Invalid};
    NpsAdded added{0, answer.accountId, answer.respondedOn, std::nullopt};
    const Status written = m_book.write([&]() -> Status {
        auto account = AccountRepository(m_book).get(answer.accountId);
        if (!account)
            return account.error();
        QString respondent = answer.respondent;
        if (answer.contactId) {   // one of the account's people; their name is what is written
            auto contact = Contacts(m_book).ofAccounts(*answer.contactId, {answer.accountId});
            if (!contact)
                return contact.error();
            if (respondent.trimmed().isEmpty())
                respondent = contact->name;
        }
        // An id is given when an undone addition is redone: later commands still find it.
        auto q = m_book.prepare(QStringLiteral("INSERT INTO nps_response (id, account_id, responded_on, score, "
                                               "respondent, comment, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        for (const QVariant &v : {SqlValues::id(answer.id > 0 ? std::optional<qint64>(answer.id) : std::nullopt),
                                  QVariant(answer.accountId), QVariant(Dates::toIso(answer.respondedOn)),
                                  QVariant(answer.score), SqlValues::trimmedText(respondent), SqlValues::trimmedText(answer.comment),
                                  SqlValues::id(answer.contactId)})
            q->addBindValue(v);
        auto id = m_book.insert(*q);
        if (!id)
            return id.error();
        added.answerId = *id;
        // The latest answer is the account's NPS measure, where its scorecard has one.
        auto latest = isLatest(answer, *id);
        if (!latest)
            return latest.error();
        auto card = HealthRepository(m_book).activeScorecard(account->touch);
        if (!card)
            return card.error();
        if (!*latest || !card->measure(QStringLiteral("nps")))
            return {};
        auto fed = HealthService(m_book).record(answer.accountId, answer.respondedOn,
                                                {QStringLiteral("nps=%1").arg(answer.score)},
                                                answer.group() == NpsAnswer::Group::Detractor);
        if (!fed)
            return fed.error();
        added.health = *fed;
        return {};
    });
    if (!written)
        return written.error();
    return added;
}

Status NpsAnswers::revert(const NpsAdded &added)
{
    return m_book.write([&]() -> Status {
        auto q = m_book.query(QStringLiteral("DELETE FROM nps_response WHERE id = ?"), {added.answerId});
        if (!q)
            return q.error();
        if (!added.health)
            return {};
        std::optional<qint64> alert;
        if (added.health->alert)
            alert = added.health->alert->id;
        return HealthService(m_book).restore(added.accountId, added.on, added.health->replaced, alert);
    });
}

Expected<qint64> NpsAnswers::toVoc(qint64 answerId, const Date &today, qint64 vocIdToReuse)
{
    qint64 vocId = 0;
    const Status written = m_book.write([&]() -> Status {
        auto answer = get(answerId);
        if (!answer)
            return answer.error();
        if (answer->vocId)
            return Error{tr("NPS answer %1 is already VOC entry %2").arg(answerId).arg(*answer->vocId),
                         ErrorKind::Conflict};
        if (answer->comment.trimmed().isEmpty())
            return Error{tr("NPS answer %1 has no comment to hand on").arg(answerId), ErrorKind::Invalid};
        const bool promoter = answer->group() == NpsAnswer::Group::Promoter;
        VocEntry entry;
        entry.id = vocIdToReuse;
        entry.text = answer->comment.trimmed();
        entry.kind = promoter ? VocKind::Praise : VocKind::Other;
        entry.target = promoter ? VocTarget::Marketing : VocTarget::Product;
        entry.source = VocSource::Survey;
        entry.loggedOn = answer->respondedOn;
        entry.tags = {QStringLiteral("NPS")};
        entry.saidBy = answer->contactId;   // the respondent said it
        entry.links = {VocLink{answer->accountId,
                               answer->group() == NpsAnswer::Group::Detractor ? Importance::Important
                                                                               : Importance::NiceToHave}};
        auto added = VocService(m_book).add(entry, today);
        if (!added)
            return added.error();
        vocId = *added;
        auto link = m_book.query(QStringLiteral("UPDATE nps_response SET voc_id = ? WHERE id = ?"), {vocId, answerId});
        return link ? Status() : Status(link.error());
    });
    if (!written)
        return written.error();
    return vocId;
}

Status NpsAnswers::revertToVoc(qint64 answerId, qint64 vocId)
{
    return m_book.write([&]() -> Status {
        auto unlink = m_book.query(QStringLiteral("UPDATE nps_response SET voc_id = NULL WHERE id = ?"), {answerId});
        if (!unlink)
            return unlink.error();
        return VocService(m_book).remove(vocId);
    });
}

} // namespace csw
