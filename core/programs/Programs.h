// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"
#include "common/Expected.h"
#include "health/HealthService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csw {

class Book;

enum class ProgramKind { Webinar, Training, UserMeeting };

// Which of an invited account's contacts a program invites: its primary contact, every contact
// still there (not left, not removed), or none (the accounts only).
enum class ContactInvite { Primary, All, None };

// A contact a program invites: the list the webinar tool's invitations go to.
struct Invitee
{
    qint64 contactId = 0;
    QString name;
    QString email;
    qint64 accountId = 0;
    QString accountName;
};

// A one-to-many program (issue 19): a webinar, training or user meeting on a day, the accounts
// invited (a segment's, a list's) and how many attended.
struct Program
{
    qint64 id = 0;
    QString name;
    ProgramKind kind = ProgramKind::Webinar;
    Date heldOn;
    QString segment;   // the segment the invitations went to, as named then (informational)
    qint64 invited = 0;
    qint64 attended = 0;
};

// One person who attended, as the attendance file names them, and the account (and contact,
// when one matched) they were matched to.
struct Attendee
{
    qint64 row = 0;   // the file's row, as a spreadsheet numbers it
    QString name;
    QString email;
    QString company;
    qint64 accountId = 0;
    QString accountName;
    qint64 contactId = 0;
    QString how;   // matched: by what ("email", "domain", "company"); unmatched: why not
};

// What recording attendance did, to undo it exactly.
struct AttendanceRecorded
{
    qint64 programId = 0;
    QList<qint64> addedAccounts;      // attended without an invitation: their rows added
    QList<qint64> markedAccounts;     // invited ones now marked as attended
    QList<qint64> activities;         // one per account that attended
    QList<qint64> attendees;          // the attendee rows
    // The health measure fed, per account: what it replaced on the day and the alert it raised.
    struct Fed
    {
        qint64 accountId = 0;
        MeasureSnapshot replaced;
        std::optional<qint64> alert;
    };
    QList<Fed> measures;
    Date heldOn;
};

class Programs final
{
    Q_DECLARE_TR_FUNCTIONS(Programs)

public:
    explicit Programs(Book &book) : m_book(book) {}

    // Adds `program` with `invited` accounts (churned ones left out); returns its id (its own
    // when set: a redo gives the program back its id). A name, and a day, are needed.
    Expected<qint64> add(const Program &program, const QList<qint64> &invited,
                         ContactInvite contacts = ContactInvite::Primary);
    // The contacts the program invites, by account name then contact name.
    Expected<QList<Invitee>> invitees(qint64 programId) const;
    // Writes them to `path` as CSV a webinar tool and Excel read (UTF-8 with BOM: name, email,
    // company); returns how many.
    Expected<qint64> exportInvitees(qint64 programId, const QString &path) const;
    Expected<QList<Program>> list() const;
    Expected<Program> get(qint64 id) const;
    Status remove(qint64 id);
    // Records who attended (`attendees`, each matched to an account): each account is marked as
    // attended (added when it was not invited) and gets one activity on the program's day that
    // names its contacts who came. An account already marked gets nothing twice. With `measure`
    // (a measure of the scorecard), each account's count of programs attended in the 90 days to
    // the program's day is recorded as that measure on that day (scored, alerts raised).
    Expected<AttendanceRecorded> recordAttendance(qint64 programId, const QList<Attendee> &attendees,
                                                  const QString &author, const QString &measure = {});
    Status undo(const AttendanceRecorded &recorded);

    static QStringList inviteKeys();   // primary, all, none
    static std::optional<ContactInvite> inviteFromKey(const QString &key);
    static QStringList kindKeys();
    static QString key(ProgramKind kind);
    static QString label(ProgramKind kind);
    static std::optional<ProgramKind> kindFromKey(const QString &key);

private:
    Status feedMeasure(AttendanceRecorded &recorded, const QString &measure);

    Book &m_book;
};

} // namespace csw
