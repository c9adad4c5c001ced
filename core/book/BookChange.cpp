// SPDX-License-Identifier: MIT
#include "book/BookChange.h"

namespace csw {

namespace {

// "1,2,3" as ids; "*" (or anything that is not ids) as too many.
bool readIds(const QString &text, QList<qint64> &ids)
{
    ids.clear();
    if (text.isEmpty() || text == u"*")
        return false;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok) {
            ids.clear();
            return false;
        }
        ids << id;
    }
    return true;
}

} // namespace

BookChange BookChange::parse(const QString &payload)
{
    const QStringList parts = payload.split(u'|');
    BookChange change;
    change.table = parts.value(0);
    if (parts.size() != 5)
        return change;
    const QString op = parts.at(1);
    change.op = op == u"i" ? Op::Insert : op == u"d" ? Op::Delete : Op::Update;
    change.manyRows = !readIds(parts.at(2), change.rows);
    change.manyAccounts = !readIds(parts.at(3), change.accounts);
    if (change.op == Op::Update && !change.manyRows && !parts.at(4).isEmpty())
        change.columns = parts.at(4).split(u',');
    return change;
}

} // namespace csw
