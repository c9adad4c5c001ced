// SPDX-License-Identifier: MIT
#pragma once

#include "importing/ImportMapping.h"
#include "io/CsvReader.h"
#include "programs/Programs.h"

namespace csw {

// An attendance file read and matched (issue 19): who matched which account (and contact), and
// who did not, with the reason; nothing is written.
struct AttendanceMatch
{
    QList<Attendee> matched;
    QList<Attendee> unmatched;
};

// Reads a webinar tool's attendee export (name, email, company; Zoom, Teams and Japanese
// headers: 名前, メールアドレス, 会社名) and matches each row: by a contact's email first, then by
// the email's domain when the contacts of one account use it (free mail left out), then by the
// company as an account's external id or name (as search folds it).
class Attendance final
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)

public:
    static const QList<ImportField> &fields();
    static Expected<AttendanceMatch> match(const Book &book, const CsvTable &table);
};

} // namespace csw
