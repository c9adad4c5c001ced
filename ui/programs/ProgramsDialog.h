// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"
#include "programs/Programs.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace csw {

class BookSession;

// Programs (issue 19): the book's webinars, trainings and user meetings with how many were
// invited and attended; a new one for the accounts listed now, and its attendance from a
// webinar tool's export, each one undoable step.
class ProgramsDialog final : public QDialog
{
    Q_OBJECT

public:
    using Listed = std::function<AccountFilter()>;
    // `segmentName`: the saved segment the list is of, if any, recorded with a program made here.
    ProgramsDialog(BookSession &session, Listed listed, std::function<QString()> segmentName = {},
                   QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Adds `program` for the accounts listed now, as one undoable step.
    Status addForListed(const Program &program, ContactInvite contacts = ContactInvite::Primary);
    // Reads `file`, shows what matched, and records it when the user says so.
    void recordAttendance(qint64 programId, const QString &file);

private:
    void reload();
    void newProgram();
    void chooseAttendanceFile();
    qint64 currentProgram() const;

    BookSession &m_session;
    Listed m_listed;
    std::function<QString()> m_segmentName;
    QTableWidget *m_table;
};

} // namespace csw
