// SPDX-License-Identifier: MIT
#pragma once

#include "programs/Attendance.h"

#include <QDialog>

class QTableWidget;

namespace csw {

// What an attendance file matched before anything is recorded (issue 19): who matched which
// account and by what, and who did not and why; "Record" takes the matched ones only.
class AttendanceDialog final : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(const Program &program, const AttendanceMatch &match, QWidget *parent = nullptr);

    QTableWidget *matchedTable() const { return m_matched; }
    QTableWidget *unmatchedTable() const { return m_unmatched; }

private:
    QTableWidget *m_matched;
    QTableWidget *m_unmatched;
};

} // namespace csw
