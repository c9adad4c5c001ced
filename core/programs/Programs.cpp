// SPDX-License-Identifier: MIT
#include "programs/Programs.h"

#include "book/Book.h"
#include "book/SqlValues.h"
#include "io/RecordWriter.h"
#include "io/SavedFile.h"
#include "tasks/WorkRepository.h"

#include <QSqlQuery>

#include <map>

namespace csw {

QStringList Programs::kindKeys()
{
    return {QStringLiteral("webinar"), QStringLiteral("training"), QStringLiteral("user-meeting")};
}

QString Programs::key(ProgramKind kind)
{
    return kindKeys().value(int(kind));
}

QString Programs::label(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::Webinar: return tr("Webinar");
    case ProgramKind::Training: return tr("Training");
    case ProgramKind::UserMeeting: return tr("User meeting");
    }
    return {};
}

std::optional<ProgramKind> Programs::kindFromKey(const QString &key)
{
    const qsizetype at = kindKeys().indexOf(key.trimmed().toLower());
    return at < 0 ? std::nullopt : std::optional<ProgramKind>(ProgramKind(at));
}

QStringList Programs::inviteKeys()
{
    return {QStringLiteral("primary"), QStringLiteral("all"), QStringLiteral("none")};
}

std::optional<ContactInvite> Programs::inviteFromKey(const QString &key)
{
    const qsizetype at = inviteKeys().indexOf(key.trimmed().toLower());
    return at < 0 ? std::nullopt : std::optional<ContactInvite>(ContactInvite(at));
}

Expected<qint64> Programs::add(const Program &program, const QList<qint64> &invited, ContactInvite contacts)
{
    if (program.name.trimmed().isEmpty())
        return Error{tr("a program needs a name"), ErrorKind::Invalid};
    if (program.heldOn.is_special())
        return Error{tr("a program needs the day it is held"), ErrorKind::Invalid};
    qint64 id = 0;
    const Status written = m_book.write([&]() -> Status {
        auto q = m_book.prepare(QStringLiteral("INSERT INTO program (id, name, kind, held_on, segment, created_by) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        for (const QVariant &v : {SqlValues::id(program.id > 0 ? std::optional(program.id) : std::nullopt),
                                  QVariant(program.name.trimmed()), QVariant(key(program.kind)),
                                  QVariant(Dates::toIso(program.heldOn)), SqlValues::trimmedText(program.segment),
                                  SqlValues::trimmedText(m_book.member().login)})
            q->addBindValue(v);
        auto inserted = m_book.insert(*q);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (qint64 account : invited) {
            // A churned account is not invited, whatever list it came from.
            auto row = m_book.query(QStringLiteral("INSERT INTO program_account (program_id, account_id) SELECT "
                                                   "CAST(? AS BIGINT), id FROM account WHERE id = ? AND stage <> 'churned'"),
                                    {id, account});
            if (!row)
                return row.error();
            if (contacts == ContactInvite::None || row->numRowsAffected() == 0)
                continue;
            auto people = m_book.query(
                QStringLiteral("INSERT INTO program_contact (program_id, contact_id, account_id) SELECT CAST(? AS BIGINT), "
                               "id, account_id FROM contact WHERE account_id = ? AND left_on IS NULL AND removed_on IS NULL")
                    + (contacts == ContactInvite::Primary ? QStringLiteral(" AND is_primary = 1") : QString()),
                {id, account});
            if (!people)
                return people.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

namespace {

const char *const programColumns =
    "SELECT p.id, p.name, p.kind, p.held_on, p.segment, "
    "(SELECT count(*) FROM program_account pa WHERE pa.program_id = p.id AND pa.invited <> 0), "
    "(SELECT count(*) FROM program_account pa WHERE pa.program_id = p.id AND pa.attended <> 0) FROM program p ";

Program programFrom(const QSqlQuery &q)
{
    Program p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = Programs::kindFromKey(q.value(2).toString()).value_or(ProgramKind::Webinar);
    p.heldOn = Dates::parseIso(q.value(3).toString()).value_or(Date());
    p.segment = q.value(4).toString();
    p.invited = q.value(5).toLongLong();
    p.attended = q.value(6).toLongLong();
    return p;
}

} // namespace

Expected<QList<Program>> Programs::list() const
{
    auto q = m_book.query(QString::fromLatin1(programColumns) + QStringLiteral("ORDER BY p.held_on DESC, p.id DESC"));
    if (!q)
        return q.error();
    QList<Program> out;
    while (q->next())
        out << programFrom(*q);
    return out;
}

Expected<Program> Programs::get(qint64 id) const
{
    auto q = m_book.query(QString::fromLatin1(programColumns) + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no program %1").arg(id), ErrorKind::NotFound};
    return programFrom(*q);
}

Expected<QList<Invitee>> Programs::invitees(qint64 programId) const
{
    auto q = m_book.query(QStringLiteral("SELECT c.id, c.name, c.email, a.id, a.name FROM program_contact pc "
                                         "JOIN contact c ON c.id = pc.contact_id JOIN account a ON a.id = pc.account_id "
                                         "WHERE pc.program_id = ? ORDER BY a.name, c.name, c.id"),
                          {programId});
    if (!q)
        return q.error();
    QList<Invitee> out;
    while (q->next())
        out << Invitee{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toLongLong(), q->value(4).toString()};
    return out;
}

Expected<qint64> Programs::exportInvitees(qint64 programId, const QString &path) const
{
    const auto people = invitees(programId);
    if (!people)
        return people.error();
    return SavedFile::write(path, [&](QIODevice *out) -> Expected<qint64> {
        out->write("\xEF\xBB\xBF");
        auto writer = RecordWriter::create(RecordWriter::Format::Csv, out);
        writer->begin({{QStringLiteral("name"), tr("Name")},
                       {QStringLiteral("email"), tr("Email")},
                       {QStringLiteral("company"), tr("Company")}});
        for (const Invitee &i : *people)
            writer->row(QStringList{i.name, i.email, i.accountName});
        if (!writer->end())
            return Error{tr("could not write %1").arg(path), ErrorKind::Io};
        return qint64(people->size());
    });
}

Status Programs::remove(qint64 id)
{
    return m_book.write([&]() -> Status {
        auto q = m_book.query(QStringLiteral("DELETE FROM program WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{tr("there is no program %1").arg(id), ErrorKind::NotFound};
        return {};
    });
}

Expected<AttendanceRecorded> Programs::recordAttendance(qint64 programId, const QList<Attendee> &attendees,
                                                        const QString &author, const QString &measure)
{
    auto program = get(programId);
    if (!program)
        return program.error();
    std::map<qint64, QList<qint64>> byAccount;   // account → its contacts who came, in file order
    for (const Attendee &a : attendees) {
        if (a.accountId <= 0)
            return Error{tr("row %1: %2 is matched to no account").arg(a.row).arg(a.name), ErrorKind::Invalid};
        QList<qint64> &contacts = byAccount[a.accountId];
        if (a.contactId > 0 && !contacts.contains(a.contactId))
            contacts << a.contactId;
    }
    if (byAccount.empty())
        return Error{tr("no one attended: nothing was recorded"), ErrorKind::Invalid};
    AttendanceRecorded recorded;
    recorded.programId = programId;
    recorded.heldOn = program->heldOn;
    const Status written = m_book.write([&]() -> Status {
        for (const auto &[account, contacts] : byAccount) {
            auto row = m_book.query(QStringLiteral("SELECT attended FROM program_account WHERE program_id = ? AND "
                                                   "account_id = ?"),
                                    {programId, account});
            if (!row)
                return row.error();
            const bool invited = row->next();
            if (invited && row->value(0).toInt() != 0)
                continue;   // marked already: no second activity
            row->finish();
            Activity activity;
            activity.accountId = account;
            activity.kind = ActivityKind::Meeting;
            activity.occurredOn = program->heldOn;
            activity.author = author;
            activity.text = tr("%1: %2 (attended)").arg(label(program->kind), program->name);
            activity.attendees = contacts;
            auto logged = WorkRepository(m_book).addActivity(activity, program->heldOn);
            if (!logged)
                return logged.error();
            recorded.activities << *logged;
            auto mark = m_book.query(invited ? QStringLiteral("UPDATE program_account SET attended = 1, activity_id = ? "
                                                              "WHERE program_id = ? AND account_id = ?")
                                             : QStringLiteral("INSERT INTO program_account (activity_id, program_id, "
                                                              "account_id, invited, attended) VALUES (?, ?, ?, 0, 1)"),
                                     {*logged, programId, account});
            if (!mark)
                return mark.error();
            (invited ? recorded.markedAccounts : recorded.addedAccounts) << account;
        }
        for (const Attendee &a : attendees) {
            auto seen = m_book.query(QStringLiteral("SELECT 1 FROM program_attendee WHERE program_id = ? AND account_id = ? "
                                                    "AND name = ? AND coalesce(email, '') = coalesce(CAST(? AS TEXT), '')"),
                                     {programId, a.accountId, a.name.trimmed(), a.email.trimmed()});
            if (!seen)
                return seen.error();
            if (seen->next())
                continue;   // recorded already, from an earlier file
            seen->finish();
            auto q = m_book.prepare(QStringLiteral("INSERT INTO program_attendee (program_id, account_id, contact_id, "
                                                   "name, email) VALUES (?, ?, ?, ?, ?)"));
            if (!q)
                return q.error();
            for (const QVariant &v : {QVariant(programId), QVariant(a.accountId), SqlValues::id(a.contactId > 0 ? std::optional(a.contactId) : std::nullopt),
                                      QVariant(a.name.trimmed()), SqlValues::trimmedText(a.email)})
                q->addBindValue(v);
            auto id = m_book.insert(*q);
            if (!id)
                return id.error();
            recorded.attendees << *id;
        }
        return measure.trimmed().isEmpty() ? Status() : feedMeasure(recorded, measure.trimmed());
    });
    if (!written)
        return written.error();
    return recorded;
}

Status Programs::feedMeasure(AttendanceRecorded &recorded, const QString &measure)
{
    for (qint64 account : recorded.markedAccounts + recorded.addedAccounts) {
        auto count = m_book.query(QStringLiteral("SELECT count(*) FROM program_account pa JOIN program p ON p.id = pa.program_id "
                                                 "WHERE pa.account_id = ? AND pa.attended <> 0 AND p.held_on >= ? AND "
                                                 "p.held_on <= ?"),
                                  {account, Dates::toIso(recorded.heldOn - boost::gregorian::days(89)),
                                   Dates::toIso(recorded.heldOn)});
        if (!count)
            return count.error();
        const qint64 attended = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        auto fed = HealthService(m_book).record(account, recorded.heldOn,
                                                {QStringLiteral("%1=%2").arg(measure).arg(attended)});
        if (!fed)
            return fed.error();
        recorded.measures << AttendanceRecorded::Fed{account, fed->replaced,
                                                     fed->alert ? std::optional(fed->alert->id) : std::nullopt};
    }
    return {};
}

Status Programs::undo(const AttendanceRecorded &recorded)
{
    return m_book.write([&]() -> Status {
        for (const AttendanceRecorded::Fed &fed : recorded.measures)
            if (auto ok = HealthService(m_book).restore(fed.accountId, recorded.heldOn, fed.replaced, fed.alert); !ok)
                return ok;
        for (qint64 id : recorded.attendees)
            if (auto q = m_book.query(QStringLiteral("DELETE FROM program_attendee WHERE id = ?"), {id}); !q)
                return q.error();
        for (qint64 account : recorded.addedAccounts)
            if (auto q = m_book.query(QStringLiteral("DELETE FROM program_account WHERE program_id = ? AND account_id = ?"),
                                      {recorded.programId, account});
                !q)
                return q.error();
        for (qint64 account : recorded.markedAccounts)
            if (auto q = m_book.query(QStringLiteral("UPDATE program_account SET attended = 0, activity_id = NULL "
                                                     "WHERE program_id = ? AND account_id = ?"),
                                      {recorded.programId, account});
                !q)
                return q.error();
        for (qint64 activity : recorded.activities)
            if (auto ok = WorkRepository(m_book).removeActivity(activity); !ok)
                return ok;
        return {};
    });
}

} // namespace csw
