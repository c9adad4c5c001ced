// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace csw {

// What one statement someone else committed changed, as a team book's change notification
// names it: the table, whether rows were added, changed or removed, which rows and of which
// accounts, and (for a change) which columns. Only ids and names travel: every member can read
// a notification, and each window re-reads the rows under its own permissions.
struct BookChange
{
    enum class Op { Insert, Update, Delete };

    QString table;
    Op op = Op::Update;
    // The rows' ids (for the VOC's own tables, the entries'), and the accounts they belong
    // to; `manyRows` / `manyAccounts` when there were too many to name (or none to name by).
    QList<qint64> rows;
    bool manyRows = true;
    QList<qint64> accounts;
    bool manyAccounts = true;
    // The columns whose values an update changed; empty for an insert or delete, and when
    // there were too many rows to compare (then `manyRows` is set too).
    QStringList columns;

    // Reads a notification's payload, "table|op|rows|accounts|columns" (ids and columns
    // separated by commas, "*" for too many). A payload it cannot read is a change of unknown
    // rows of the table it names.
    static BookChange parse(const QString &payload);

    bool operator==(const BookChange &) const = default;
};

} // namespace csw

Q_DECLARE_METATYPE(csw::BookChange)
