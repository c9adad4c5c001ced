// SPDX-License-Identifier: MIT
#include "voc/VocService.h"

#include "accounts/Contacts.h"

#include "common/EditConflict.h"
#include "accounts/AccountRepository.h"
#include "book/Book.h"
#include "voc/VocRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace csw {

namespace {

constexpr VocStatus chain[] = {VocStatus::New, VocStatus::Triaged, VocStatus::HandedOff,
                               VocStatus::Accepted, VocStatus::Planned, VocStatus::Done};

int chainIndex(VocStatus status)
{
    for (int i = 0; i < int(std::size(chain)); ++i) {
        if (chain[i] == status)
            return i;
    }
    return -1;
}

QString linksText(const QList<VocLink> &links)
{
    QStringList parts;
    for (const VocLink &link : links)
        parts << QStringLiteral("%1:%2").arg(link.accountId).arg(int(link.importance));
    return parts.join(QLatin1Char(' '));
}

QList<VocLink> sortedLinks(QList<VocLink> links)
{
    std::sort(links.begin(), links.end(),
              [](const VocLink &a, const VocLink &b) { return a.accountId < b.accountId; });
    return links;
}

Expected<qint64> maxId(const Book &book, const QString &table, qint64 vocId)
{
    auto query = book.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1 WHERE voc_id = ?")
                                  .arg(table));
    if (!query)
        return query.error();
    query->addBindValue(vocId);
    if (auto ok = book.exec(*query); !ok)
        return ok.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace

bool VocWorkflow::allowed(VocStatus from, VocStatus to)
{
    if (from == to)
        return true;
    const int f = chainIndex(from);
    const int t = chainIndex(to);
    if (f >= 0 && t >= 0)
        return t > f;
    if (to == VocStatus::Declined)
        return f >= 0 && from != VocStatus::Done;
    if (from == VocStatus::Declined)
        return to == VocStatus::New || to == VocStatus::Triaged || to == VocStatus::ClosedLoop;
    if (to == VocStatus::ClosedLoop)
        return from == VocStatus::Done;
    return false;
}

QList<VocStatus> VocWorkflow::next(VocStatus from)
{
    QList<VocStatus> result;
    for (VocStatus to : VocNames::statuses()) {
        if (to != from && allowed(from, to))
            result << to;
    }
    return result;
}

QString VocWorkflow::refusal(qint64 id, VocStatus from, VocStatus to)
{
    QStringList options;
    for (VocStatus s : next(from))
        options << VocNames::key(s);
    return tr("VOC entry %1 cannot move from %2 to %3 (statuses move forward: new, triaged, "
              "handed-off, accepted, planned, done; or declined; then closed-loop); from %2 it "
              "can move to: %4")
        .arg(id)
        .arg(VocNames::key(from), VocNames::key(to),
             options.isEmpty() ? tr("nothing") : options.join(QStringLiteral(", ")));
}

Status VocService::checkEntry(const VocEntry &entry, const Date &today) const
{
    if (entry.text.trimmed().isEmpty())
        return Error{tr("the VOC text is empty: say what the customer said"), ErrorKind::Invalid};
    if (entry.loggedOn.is_special())
        return Error{tr("the VOC entry has no date"), ErrorKind::Invalid};
    if (entry.loggedOn > today)
        return Error{tr("the date %1 is in the future (today is %2)")
                         .arg(Dates::toIso(entry.loggedOn), Dates::toIso(today)),
                     ErrorKind::Invalid};
    if (entry.links.isEmpty())
        return Error{tr("a VOC entry needs at least one account that said it"), ErrorKind::Invalid};
    QSet<qint64> seen;
    AccountRepository accounts(m_book);
    for (const VocLink &link : entry.links) {
        if (seen.contains(link.accountId))
            return Error{tr("account %1 is listed twice").arg(link.accountId), ErrorKind::Invalid};
        seen.insert(link.accountId);
        if (auto account = accounts.get(link.accountId); !account)
            return account.error();
    }
    if (entry.saidBy) {   // who said it is one of those accounts' people
        auto contact = Contacts(m_book).ofAccounts(*entry.saidBy, QList<qint64>(seen.begin(), seen.end()));
        if (!contact)
            return contact.error();
    }
    return {};
}

Expected<qint64> VocService::add(VocEntry entry, const Date &today)
{
    entry.text = entry.text.trimmed();
    entry.tags = normalizeTags(entry.tags);
    entry.links = sortedLinks(entry.links);
    if (auto ok = checkEntry(entry, today); !ok)
        return ok.error();
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        auto inserted = VocRepository(m_book).insert(entry);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return VocRepository(m_book).addChange(
            id, {entry.loggedOn, QStringLiteral("status"), {}, VocNames::key(entry.status)});
    });
    if (!written)
        return written.error();
    return id;
}

Status VocService::setStatus(qint64 id, VocStatus status, const Date &on)
{
    VocRepository repository(m_book);
    auto entry = repository.get(id);
    if (!entry)
        return entry.error();
    if (entry->mergedInto)
        return Error{tr("VOC entry %1 was merged into %2; change that one instead")
                         .arg(id)
                         .arg(*entry->mergedInto),
                     ErrorKind::Invalid};
    if (entry->status == status)
        return {};
    if (!VocWorkflow::allowed(entry->status, status))
        return Error{VocWorkflow::refusal(id, entry->status, status), ErrorKind::Invalid};
    if (on > Dates::today())
        return Error{tr("the date %1 is in the future").arg(Dates::toIso(on)), ErrorKind::Invalid};
    const VocStatus old = entry->status;
    entry->status = status;
    return m_book.write([&]() -> Status {
        if (auto ok = repository.update(*entry); !ok)
            return ok;
        return repository.addChange(
            id, {on, QStringLiteral("status"), VocNames::key(old), VocNames::key(status)});
    });
}

Status VocService::editAndMove(const VocEntry &entry, std::optional<VocStatus> status, const Date &on)
{
    return m_book.write([&]() -> Status {
        if (auto ok = edit(entry, on); !ok)
            return ok;
        return status ? setStatus(entry.id, *status, on) : Status();
    });
}

Status VocService::edit(const VocEntry &wanted, const Date &on)
{
    VocRepository repository(m_book);
    auto current = repository.get(wanted.id);
    if (!current)
        return current.error();
    if (current->mergedInto)
        return Error{tr("VOC entry %1 was merged into %2; change that one instead")
                         .arg(wanted.id)
                         .arg(*current->mergedInto),
                     ErrorKind::Invalid};
    // Based on the entry as the person saw it: not over someone else's change since (a
    // version of 0 applies to the entry as it is).
    if (wanted.version > 0 && wanted.version != current->version)
        return EditConflict::error(tr("VOC entry %1").arg(wanted.id), current->changedBy,
                                   current->changedAt);
    VocEntry entry = *current;
    entry.text = wanted.text.trimmed();
    entry.kind = wanted.kind;
    entry.target = wanted.target;
    entry.source = wanted.source;
    entry.tags = normalizeTags(wanted.tags);
    entry.links = sortedLinks(wanted.links);
    entry.saidBy = wanted.saidBy;
    if (auto ok = checkEntry(entry, std::max(on, entry.loggedOn)); !ok)
        return ok;
    QList<VocChange> changes;
    auto note = [&](const char *field, const QString &before, const QString &after) {
        if (before != after)
            changes << VocChange{on, QString::fromLatin1(field), before, after};
    };
    note("text", current->text, entry.text);
    note("kind", VocNames::key(current->kind), VocNames::key(entry.kind));
    note("target", VocNames::key(current->target), VocNames::key(entry.target));
    note("source", current->source ? VocNames::key(*current->source) : QString(),
         entry.source ? VocNames::key(*entry.source) : QString());
    note("tags", current->tags.join(QStringLiteral("; ")), entry.tags.join(QStringLiteral("; ")));
    note("accounts", linksText(current->links), linksText(entry.links));
    auto contactName = [this](std::optional<qint64> id) {   // the history names people, not ids
        const auto contact = id ? Contacts(m_book).get(*id) : Expected<Contact>(Error{QString()});
        return contact ? contact->name : QString();
    };
    if (current->saidBy != entry.saidBy) {   // two people of one name are told apart by their ids
        QString before = contactName(current->saidBy), after = contactName(entry.saidBy);
        if (before == after) {
            before += current->saidBy ? QStringLiteral(" #%1").arg(*current->saidBy) : QString();
            after += entry.saidBy ? QStringLiteral(" #%1").arg(*entry.saidBy) : QString();
        }
        note("said-by", before, after);
    }
    if (changes.isEmpty())
        return {};
    return m_book.write([&]() -> Status {
        if (auto ok = repository.update(entry); !ok)
            return ok;
        if (auto ok = repository.setLinks(entry.id, entry.links); !ok)
            return ok;
        if (auto ok = repository.setTags(entry.id, entry.tags); !ok)
            return ok;
        for (const VocChange &change : std::as_const(changes)) {
            if (auto ok = repository.addChange(entry.id, change); !ok)
                return ok;
        }
        return {};
    });
}

Status VocService::merge(qint64 fromId, qint64 intoId, const Date &on)
{
    if (fromId == intoId)
        return Error{tr("VOC entry %1 cannot be merged into itself").arg(fromId), ErrorKind::Invalid};
    VocRepository repository(m_book);
    auto from = repository.get(fromId);
    if (!from)
        return from.error();
    auto into = repository.get(intoId);
    if (!into)
        return into.error();
    for (const VocEntry *e : {&*from, &*into}) {
        if (e->mergedInto)
            return Error{tr("VOC entry %1 was already merged into %2").arg(e->id).arg(*e->mergedInto),
                         ErrorKind::Invalid};
    }
    VocEntry survivor = *into;
    for (const VocLink &link : from->links) {
        auto same = std::find_if(survivor.links.begin(), survivor.links.end(),
                                 [&](const VocLink &l) { return l.accountId == link.accountId; });
        if (same == survivor.links.end())
            survivor.links << link;
        else
            same->importance = std::max(same->importance, link.importance);
    }
    survivor.links = sortedLinks(survivor.links);
    survivor.tags = normalizeTags(survivor.tags + from->tags);
    VocEntry merged = *from;
    merged.mergedInto = intoId;
    return m_book.write([&]() -> Status {
        if (auto ok = repository.update(merged); !ok)
            return ok;
        if (auto ok = repository.setLinks(intoId, survivor.links); !ok)
            return ok;
        if (auto ok = repository.setTags(intoId, survivor.tags); !ok)
            return ok;
        if (auto ok = repository.addChange(fromId, {on, QStringLiteral("merged-into"), {},
                                                    QString::number(intoId)});
            !ok)
            return ok;
        if (survivor.links != into->links) {
            if (auto ok = repository.addChange(intoId, {on, QStringLiteral("accounts"),
                                                        linksText(into->links),
                                                        linksText(survivor.links)});
                !ok)
                return ok;
        }
        return repository.addChange(intoId, {on, QStringLiteral("merged-from"), {},
                                              QString::number(fromId)});
    });
}

Status VocService::recordLoop(qint64 id, const VocLoop &loop, const Date &today)
{
    VocRepository repository(m_book);
    auto entry = repository.get(id);
    if (!entry)
        return entry.error();
    const bool linked = std::any_of(entry->links.begin(), entry->links.end(),
                                    [&](const VocLink &l) { return l.accountId == loop.accountId; });
    if (!linked)
        return Error{tr("account %1 is not linked to VOC entry %2").arg(loop.accountId).arg(id),
                     ErrorKind::Invalid};
    if (loop.toldOn > today)
        return Error{tr("the date %1 is in the future (today is %2)")
                         .arg(Dates::toIso(loop.toldOn), Dates::toIso(today)),
                     ErrorKind::Invalid};
    VocLoop told = loop;
    if (loop.contactId) {   // one of the account's people; their name is what is written
        auto contact = Contacts(m_book).ofAccounts(*loop.contactId, {loop.accountId});
        if (!contact)
            return contact.error();
        if (told.contact.trimmed().isEmpty())
            told.contact = contact->name;
    }
    return m_book.write([&]() -> Status { return repository.addLoop(id, told); });
}

Status VocService::addNote(qint64 id, const QString &text, const Date &on, const Date &today)
{
    const QString note = text.trimmed();
    if (note.isEmpty())
        return Error{tr("the note is empty"), ErrorKind::Invalid};
    if (note.size() > MaxNoteLength)
        return Error{tr("the note is %1 characters long; at most %2 fit").arg(note.size()).arg(MaxNoteLength),
                     ErrorKind::Invalid};
    if (on > today)
        return Error{tr("the date %1 is in the future (today is %2)").arg(Dates::toIso(on), Dates::toIso(today)),
                     ErrorKind::Invalid};
    VocRepository repository(m_book);
    if (auto entry = repository.get(id); !entry)
        return entry.error();
    VocChange change;
    change.changedOn = on;
    change.field = QStringLiteral("note");
    change.newValue = note;
    return m_book.write([&]() -> Status { return repository.addChange(id, change); });
}

Status VocService::remove(qint64 id)
{
    VocRepository repository(m_book);
    if (auto entry = repository.get(id); !entry)
        return entry.error();
    return m_book.write([&]() -> Status { return repository.remove(id); });
}

Expected<VocSnapshot> VocService::snapshot(qint64 id) const
{
    auto entry = VocRepository(m_book).get(id);
    if (!entry)
        return entry.error();
    auto change = maxId(m_book, QStringLiteral("voc_change"), id);
    if (!change)
        return change.error();
    auto loop = maxId(m_book, QStringLiteral("voc_loop"), id);
    if (!loop)
        return loop.error();
    return VocSnapshot{*entry, *change, *loop};
}

Status VocService::restore(const VocSnapshot &snapshot)
{
    VocRepository repository(m_book);
    const qint64 id = snapshot.entry.id;
    return m_book.write([&]() -> Status {
        if (auto ok = repository.update(snapshot.entry, VocRepository::Check::Restore); !ok)
            return ok;
        if (auto ok = repository.setLinks(id, snapshot.entry.links); !ok)
            return ok;
        if (auto ok = repository.setTags(id, snapshot.entry.tags); !ok)
            return ok;
        for (const auto &[table, last] : {std::pair{QStringLiteral("voc_change"), snapshot.lastChangeId},
                                          std::pair{QStringLiteral("voc_loop"), snapshot.lastLoopId}}) {
            auto query = m_book.prepare(
                QStringLiteral("DELETE FROM %1 WHERE voc_id = ? AND id > ?").arg(table));
            if (!query)
                return query.error();
            query->addBindValue(id);
            query->addBindValue(last);
            if (auto ok = m_book.exec(*query); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace csw
