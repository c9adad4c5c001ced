// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>

namespace csw {

// The refusal of an edit based on a row someone else changed first (ErrorKind::Stale), in
// the same words wherever rows carry a version: what (e.g. "account 12"), who changed it and
// when (as stored: a login or empty, an ISO date-time), and, when known, how.
class EditConflict final
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    static Error error(const QString &what, const QString &changedBy, const QString &changedAt,
                       const QString &how = {});
    // Who, for a person: the login, else "another window or csw" (a local book's own user).
    static QString who(const QString &changedBy);
    // When, for a person: "2026-12-06 10:32".
    static QString when(const QString &changedAt);
};

} // namespace csw
