// SPDX-License-Identifier: MIT
#pragma once

#include "programs/Attendance.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace csw {

// What an attendance file matched before anything is recorded (issue 19): who matched which
// account and by what, and who did not and why; "Record" takes the matched ones only.
class AttendanceDialog final : public QDialog
{
    Q_OBJECT

public:
    // `measures`: the scorecard's measures (key, label) attendance may be recorded as.
    AttendanceDialog(const Program &program, const AttendanceMatch &match,
                     const QList<std::pair<QString, QString>> &measures, QWidget *parent = nullptr);

    QTableWidget *matchedTable() const { return m_matched; }
    QTableWidget *unmatchedTable() const { return m_unmatched; }
    // The measure chosen to record the programs attended as; empty for none.
    QString measure() const;

private:
    QTableWidget *m_matched;
    QTableWidget *m_unmatched;
    QComboBox *m_measure;
};

} // namespace csw
