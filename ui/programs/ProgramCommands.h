// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "programs/Programs.h"

#include <QCoreApplication>

namespace csw {

// A new program with the accounts (and contacts) it invites; undo takes it away, redo makes it
// again under the id it had.
class AddProgramCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProgramCommand)

public:
    AddProgramCommand(BookSession &session, Program program, QList<qint64> invited, ContactInvite contacts);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    Program m_program;   // its id once added
    QList<qint64> m_invited;
    ContactInvite m_contacts;
};

// A program's attendance recorded (the attendees as matched, the health measure it feeds, by
// `author`); undo takes back what the last step wrote.
class RecordAttendanceCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordAttendanceCommand)

public:
    RecordAttendanceCommand(BookSession &session, const Program &program, QList<Attendee> attendees,
                            QString author, QString measure);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    qint64 m_programId;
    QList<Attendee> m_attendees;
    QString m_author, m_measure;
    AttendanceRecorded m_recorded;
};

} // namespace csw
