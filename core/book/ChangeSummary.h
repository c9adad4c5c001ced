// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountFields.h"
#include "book/BookChange.h"

#include <QMap>
#include <QSet>

namespace csw {

// What others' changes mean to the views of an open book, by subject: which accounts changed
// and in which fields, whose health, tasks and VOC entries; or that rows came and went (or too
// many changed to name), which the views answer by re-reading what they show.
struct ChangeSummary
{
    bool accountsAddedOrRemoved = false;   // or changed in ways not named
    QMap<qint64, AccountFields> accounts;  // changed in place
    bool allHealth = false;
    QSet<qint64> health;
    bool alerts = false;
    bool allVoc = false;                   // entries added or removed, or too many to name
    QSet<qint64> voc;
    bool allWork = false;
    QSet<qint64> work;                     // the accounts whose tasks, activities or objectives changed

    // Past this many named accounts or entries, the views re-read everything once instead
    // (views that re-read whole lists would otherwise do it once per account).
    static constexpr int MaxNamed = 8;

    // `changes` empty: anything may have changed.
    static ChangeSummary of(const QList<BookChange> &changes);
};

} // namespace csw
