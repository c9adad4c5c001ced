// SPDX-License-Identifier: MIT
#include "book/BookMaintenance.h"

#include "book/Book.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace csw {

namespace {
// The book's rules about itself, each a query counting the rows that break it.
const QList<std::pair<const char *, const char *>> &ruleChecks()
{
    static const QList<std::pair<const char *, const char *>> checks = {
        {QT_TRANSLATE_NOOP("BookMaintenance", "accounts whose stage differs from their last stage event"),
         "SELECT count(*) FROM account a WHERE a.stage <> (SELECT e.stage FROM stage_event e "
         "WHERE e.account_id = a.id ORDER BY e.entered_on DESC, e.id DESC LIMIT 1)"},
        {QT_TRANSLATE_NOOP("BookMaintenance", "accounts without any stage event"),
         "SELECT count(*) FROM account a WHERE NOT EXISTS "
         "(SELECT 1 FROM stage_event e WHERE e.account_id = a.id)"},
        {QT_TRANSLATE_NOOP("BookMaintenance", "active accounts whose ARR differs from their last ARR event"),
         "SELECT count(*) FROM account a WHERE a.stage <> 'churned' AND a.arr <> coalesce("
         "(SELECT e.arr_after FROM arr_event e WHERE e.account_id = a.id "
         "ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1), 0)"},
        {QT_TRANSLATE_NOOP("BookMaintenance", "dates that are not YYYY-MM-DD"),
         "SELECT (SELECT count(*) FROM account WHERE start_on NOT GLOB "
         "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' OR renewal_on NOT GLOB "
         "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') + (SELECT count(*) FROM stage_event "
         "WHERE entered_on NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"},
    };
    return checks;
}
} // namespace

Status BookMaintenance::backup(const Book &book, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{tr("%1 exists already; a backup never overwrites a file").arg(target)};
    QSqlQuery query(book.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        return Error{tr("the backup to %1 failed: %2").arg(target, book.errorFrom(query).message)};
    }
    return {};
}

Expected<QStringList> BookMaintenance::problems(const Book &book)
{
    QStringList problems;
    QSqlQuery query(book.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return book.errorFrom(query);
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("integrity: %1").arg(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return book.errorFrom(query);
    while (query.next())
        problems << tr("a row of %1 points to a missing %2 (row id %3)")
                        .arg(query.value(0).toString(), query.value(2).toString(),
                             query.value(1).toString());
    if (!problems.isEmpty())
        return problems;
    for (const auto &[what, sql] : ruleChecks()) {
        if (!query.exec(QString::fromLatin1(sql)) || !query.next())
            return book.errorFrom(query);
        if (const qint64 n = query.value(0).toLongLong(); n > 0)
            problems << QStringLiteral("%1: %2").arg(tr(what)).arg(n);
    }
    return problems;
}

} // namespace csw
