// SPDX-License-Identifier: MIT
#include "programs/ProgramCommands.h"

#include "book/BookSession.h"

namespace csw {

AddProgramCommand::AddProgramCommand(BookSession &session, Program program, QList<qint64> invited,
                                     ContactInvite contacts)
    : BookCommand(session, tr("New program %1").arg(program.name)), m_program(std::move(program)),
      m_invited(std::move(invited)), m_contacts(contacts)
{
}

Status AddProgramCommand::apply()
{
    auto id = Programs(*session().book()).add(m_program, m_invited, m_contacts);
    if (!id)
        return id.error();
    m_program.id = *id;   // a redo gives it back this id
    return {};
}

Status AddProgramCommand::revert()
{
    return Programs(*session().book()).remove(m_program.id);
}

void AddProgramCommand::announce()
{
    session().notifyWork(0);
}

RecordAttendanceCommand::RecordAttendanceCommand(BookSession &session, const Program &program,
                                                 QList<Attendee> attendees, QString author, QString measure)
    : BookCommand(session, tr("Record attendance of %1").arg(program.name)), m_programId(program.id),
      m_attendees(std::move(attendees)), m_author(std::move(author)), m_measure(std::move(measure))
{
}

Status RecordAttendanceCommand::apply()
{
    auto result = Programs(*session().book()).recordAttendance(m_programId, m_attendees, m_author, m_measure);
    if (!result)
        return result.error();
    m_recorded = *result;
    return {};
}

Status RecordAttendanceCommand::revert()
{
    return Programs(*session().book()).undo(m_recorded);
}

void RecordAttendanceCommand::announce()
{
    session().notifyViews(0, BookSession::WorkViews | BookSession::HealthViews);
}

} // namespace csw
