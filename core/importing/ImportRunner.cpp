// SPDX-License-Identifier: MIT
#include "importing/ImportRunner.h"

#include "importing/ContactImport.h"
#include "importing/HandoffImport.h"

#include "book/Book.h"
#include "book/BulkLoad.h"
#include "book/ExclusiveWork.h"
#include "importing/AccountImport.h"
#include "importing/RowImporters.h"
#include "io/RecordWriter.h"
#include "io/SavedFile.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace csw {

namespace {

// Accounts written at once from which a team book is settled after (BulkLoad::settle).
constexpr qint64 SettleFrom = 10000;

QString metaKey(ImportKind kind, const QString &name)
{
    return QStringLiteral("import_map.%1.%2").arg(ImportRunner::key(kind), name);
}

} // namespace

std::optional<ImportKind> ImportRunner::kindFromKey(const QString &key)
{
    if (key == QLatin1String("accounts"))
        return ImportKind::Accounts;
    if (key == QLatin1String("health"))
        return ImportKind::Health;
    if (key == QLatin1String("voc"))
        return ImportKind::Voc;
    if (key == QLatin1String("nps"))
        return ImportKind::Nps;
    if (key == QLatin1String("contacts"))
        return ImportKind::Contacts;
    if (key == QLatin1String("handoffs"))
        return ImportKind::Handoffs;
    return std::nullopt;
}

QString ImportRunner::key(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts: return QStringLiteral("accounts");
    case ImportKind::Health: return QStringLiteral("health");
    case ImportKind::Voc: return QStringLiteral("voc");
    case ImportKind::Nps: return QStringLiteral("nps");
    case ImportKind::Contacts: return QStringLiteral("contacts");
    case ImportKind::Handoffs: return QStringLiteral("handoffs");
    }
    return {};
}

Expected<QList<ImportField>> ImportRunner::fields(ImportKind kind) const
{
    switch (kind) {
    case ImportKind::Accounts: return AccountImport::fields();
    case ImportKind::Health: return HealthImport::fields(m_book);
    case ImportKind::Voc: return VocImport::fields();
    case ImportKind::Nps: return NpsImport::fields();
    case ImportKind::Contacts: return ContactImport::fields();
    case ImportKind::Handoffs: return HandoffImport::fields();
    }
    return QList<ImportField>();
}

Expected<ImportResult> ImportRunner::run(ImportKind kind, const CsvTable &table,
                                         const ImportMapping &mapping, const ImportOptions &options)
{
    if (table.rows.isEmpty())
        return Error{tr("%1 has a header but no rows to import").arg(table.name), ErrorKind::Invalid};
    const auto exclusive = ExclusiveWork::begin(m_book, tr("import"));
    if (!exclusive)
        return exclusive.error();
    switch (kind) {
    case ImportKind::Accounts: {
        auto result = AccountImport(m_book).run(table, mapping, options);
        if (result && result->written && result->created + result->updated >= SettleFrom)
            BulkLoad::settle(m_book, {QStringLiteral("account"), QStringLiteral("stage_event"),
                                      QStringLiteral("arr_event")});
        return result;
    }
    case ImportKind::Health: return HealthImport::run(m_book, table, mapping, options);
    case ImportKind::Voc: return VocImport::run(m_book, table, mapping, options);
    case ImportKind::Nps: return NpsImport::run(m_book, table, mapping, options);
    case ImportKind::Contacts: return ContactImport::run(m_book, table, mapping, options);
    case ImportKind::Handoffs: return HandoffImport::run(m_book, table, mapping, options);
    }
    return Error{tr("unknown import"), ErrorKind::Invalid};
}

Expected<ImportMapping> ImportRunner::mapping(const ImportRequest &request, const CsvTable &table) const
{
    auto list = fields(request.kind);
    if (!list)
        return list.error();
    ImportMapping base = ImportMapping::suggest(*list, table.header);
    if (!request.savedMap.isEmpty()) {
        auto saved = savedMapping(request.kind, request.savedMap);
        if (!saved)
            return saved.error();
        auto applied = ImportMapping::parse(*saved, *list, table.header);
        if (!applied)
            return Error{tr("the saved mapping '%1' does not fit %2: %3")
                             .arg(request.savedMap, table.name, applied.error().message), ErrorKind::Invalid};
        base = *applied;
    }
    return ImportMapping::parse(request.map, *list, table.header, base);
}

Status ImportRunner::applyConstants(const ImportRequest &request, CsvTable &table,
                                    ImportMapping &mapping) const
{
    auto list = fields(request.kind);
    if (!list)
        return list.error();
    QStringList keys;
    for (const ImportField &f : *list)
        keys << f.key;
    for (const auto &[field, value] : request.constants) {
        if (!keys.contains(field))
            return Error{tr("--set: '%1' is not a field here (%2)").arg(field, keys.join(QStringLiteral(", "))), ErrorKind::Invalid};
        if (const int column = mapping.column(field); column >= 0) {   // its empty cells
            for (QStringList &row : table.rows)
                if (row[column].trimmed().isEmpty())
                    row[column] = value;
            continue;
        }
        // A column of its own, named as the user wrote it, for messages about its cells.
        table.header << QStringLiteral("--set %1").arg(field);
        for (QStringList &row : table.rows)
            row << value;
        mapping.set(field, int(table.header.size() - 1));
    }
    return {};
}

Expected<ImportOutcome> ImportRunner::run(const ImportRequest &request)
{
    auto table = CsvReader::readFile(request.path, request.csv);
    if (!table)
        return table.error();
    auto mapped = mapping(request, *table);
    if (!mapped)
        return mapped.error();
    ImportOutcome outcome;
    outcome.encoding = table->encoding;
    outcome.mapping = mapped->toText(table->header);
    if (auto ok = applyConstants(request, *table, *mapped); !ok)
        return ok.error();
    auto result = run(request.kind, *table, *mapped, request.options);
    if (!result)
        return result.error();
    outcome.result = *result;
    if (!request.saveMapAs.isEmpty() && result->problems.isEmpty()) {
        if (auto ok = saveMapping(request.kind, request.saveMapAs, outcome.mapping); !ok)
            return ok.error();
    }
    return outcome;
}

Expected<QString> ImportRunner::savedMapping(ImportKind kind, const QString &name) const
{
    const QString text = m_book.meta(metaKey(kind, name));
    if (text.isNull())
        return Error{tr("no %1 mapping is saved as '%2'").arg(key(kind), name), ErrorKind::NotFound};
    return text;
}

Status ImportRunner::saveMapping(ImportKind kind, const QString &name, const QString &text)
{
    return m_book.setMeta(metaKey(kind, name), text);
}

Expected<QStringList> ImportRunner::savedMappingNames(ImportKind kind) const
{
    auto q = m_book.prepare(QStringLiteral("SELECT key FROM book_meta WHERE key LIKE ? ORDER BY key"));
    if (!q)
        return q.error();
    const QString prefix = metaKey(kind, QString());
    q->addBindValue(QString(prefix + QLatin1Char('%')));
    if (auto ok = m_book.exec(*q); !ok)
        return ok.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString().mid(prefix.size());
    return names;
}

QString ImportRunner::describe(const QString &path, const ImportProblem &p)
{
    const QString file = QFileInfo(path).fileName();
    if (p.column.isEmpty())
        return tr("%1, row %2: %3").arg(file).arg(p.row).arg(p.reason);
    return tr("%1, row %2, column %3 ('%4'): %5").arg(file).arg(p.row).arg(p.column, p.value, p.reason);
}

Status ImportRunner::saveProblems(const QList<ImportProblem> &problems, const QString &path)
{
    const auto written = SavedFile::write(path, [&](QIODevice *file) -> Expected<qint64> {
        file->write("\xEF\xBB\xBF");
        auto writer = RecordWriter::create(RecordWriter::Format::Csv, file);
        writer->begin({{QStringLiteral("row"), {}, ColumnType::Number},
                       {QStringLiteral("column"), {}},
                       {QStringLiteral("value"), {}},
                       {QStringLiteral("reason"), {}}});
        for (const ImportProblem &p : problems)
            writer->row({QString::number(p.row), p.column, p.value, p.reason});
        if (!writer->end())
            return Error{tr("cannot write %1: %2").arg(path, file->errorString()), ErrorKind::Io};
        return qint64(problems.size());
    });
    return written ? Status() : Status(written.error());
}

} // namespace csw
