// SPDX-License-Identifier: MIT
#include "importing/RowImport.h"

#include "book/Book.h"

#include <QSqlQuery>

namespace csw {

Expected<AccountResolver> AccountResolver::load(const Book &book)
{
    AccountResolver r;
    auto q = book.stream(QStringLiteral("SELECT id, name, external_id FROM account"));
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        r.m_ids.insert(id);
        r.m_byName[q->value(1).toString()] << id;
        if (!q->value(2).isNull())
            r.m_byExternalId.insert(q->value(2).toString(), id);
    }
    return r;
}

Expected<qint64> AccountResolver::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error{tr("an account is required")};
    if (const qint64 id = m_byExternalId.value(t, 0))
        return id;
    const QList<qint64> named = m_byName.value(t);
    if (named.size() == 1)
        return named.constFirst();
    if (named.size() > 1)
        return Error{tr("%1 accounts are named '%2'; use the external id or #id").arg(named.size()).arg(t)};
    bool ok = false;
    const qint64 id = (t.startsWith(QLatin1Char('#')) ? t.mid(1) : t).toLongLong(&ok);
    if (ok && m_ids.contains(id))
        return id;
    return Error{tr("no account has the external id, name or id '%1'").arg(t), ErrorKind::NotFound};
}

Expected<ImportResult> RowImport::run(Book &book, const CsvTable &table, const ImportOptions &options,
                                      const Row &row)
{
    return run(book, table, options,
               SkippingRow([&row](qsizetype i, QList<ImportProblem> &problems, bool &) { return row(i, problems); }));
}

Expected<ImportResult> RowImport::run(Book &book, const CsvTable &table, const ImportOptions &options,
                                      const SkippingRow &row)
{
    ImportResult result;
    const Status written = book.write([&]() -> Status {
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            if (options.progress && (i + 1) % 200 == 0 && !options.progress(i + 1, table.rows.size()))
                return Error{tr("the import was cancelled; nothing was written"), ErrorKind::Cancelled};
            const qsizetype before = result.problems.size();
            bool skipped = false;
            if (auto ok = row(i, result.problems, skipped); !ok)
                return ok;
            if (result.problems.size() == before)
                ++(skipped ? result.skipped : result.created);
        }
        if (!result.problems.isEmpty() || options.dryRun)
            return Error{{}, ErrorKind::RolledBack};
        return {};
    });
    if (!written && written.error().kind != ErrorKind::RolledBack)
        return written.error();
    result.written = !!written;
    if (!result.problems.isEmpty())
        result.created = result.skipped = 0;
    return result;
}

QString RowImport::cell(const CsvTable &table, const ImportMapping &mapping, qsizetype index,
                        const QString &field)
{
    const int column = mapping.column(field);
    return column >= 0 ? table.rows[index].value(column).trimmed() : QString();
}

ImportProblem RowImport::problem(const CsvTable &table, const ImportMapping &mapping, qsizetype index,
                                 const QString &field, const QString &reason)
{
    const int column = mapping.column(field);
    return {table.rowNumber(index), column >= 0 ? table.header.value(column) : QString(),
            column >= 0 ? table.rows[index].value(column) : QString(), reason};
}

QStringList RowImport::aliases(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

ImportField RowImport::accountField(bool required)
{
    return {QStringLiteral("account"), tr("Account (external id, name or #id)"), required,
            {QStringLiteral("account_id"), QStringLiteral("external_id"), QStringLiteral("account name"),
             QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("company name"),
             QStringLiteral("accountnumber"), QStringLiteral("顧客id"), QStringLiteral("取引先id"),
             QStringLiteral("会社名"), QStringLiteral("取引先名"), QStringLiteral("顧客名"),
             QStringLiteral("アカウント")}};
}

ImportField RowImport::dateField(const QString &label)
{
    return {QStringLiteral("date"), label, false,
            {QStringLiteral("measured_on"), QStringLiteral("responded_on"), QStringLiteral("logged_on"),
             QStringLiteral("created date"), QStringLiteral("submitted at"), QStringLiteral("日付"),
             QStringLiteral("回答日"), QStringLiteral("計測日"), QStringLiteral("登録日")}};
}

} // namespace csw
