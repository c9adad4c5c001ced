// SPDX-License-Identifier: MIT
#include "accounts/AccountExport.h"

#include "book/Book.h"
#include "health/Scorecard.h"
#include "io/SavedFile.h"
#include "stages/Stage.h"


namespace csw {

namespace {

constexpr int PageRows = 1000;

QString date(const std::optional<Date> &day)
{
    return day ? Dates::toIso(*day) : QString();
}

QStringList values(const Account &a, const Currency &currency)
{
    return {QString::number(a.id),
            a.name,
            a.externalId,
            a.csm,
            Stages::key(a.touch),
            a.plan,
            a.industry,
            a.source,
            Stages::key(a.stage),
            currency.toPlain(a.arr),
            date(a.startOn),
            date(a.renewalOn),
            date(a.churnedOn),
            a.healthScore ? QString::number(*a.healthScore, 'f', 1) : QString(),
            a.healthBand ? Scorecard::bandKey(*a.healthBand) : QString()};
}

} // namespace

QList<Column> AccountExport::columns()
{
    return {{QStringLiteral("id"), tr("ID"), ColumnType::Number},
            {QStringLiteral("name"), tr("Name")},
            {QStringLiteral("external_id"), tr("External ID")},
            {QStringLiteral("csm"), tr("CSM")},
            {QStringLiteral("touch"), tr("Touch model")},
            {QStringLiteral("plan"), tr("Plan")},
            {QStringLiteral("industry"), tr("Industry")},
            {QStringLiteral("source"), tr("Acquisition source")},
            {QStringLiteral("stage"), tr("Stage")},
            {QStringLiteral("arr"), tr("ARR"), ColumnType::Number},
            {QStringLiteral("start_on"), tr("Start")},
            {QStringLiteral("renewal_on"), tr("Renewal date")},
            {QStringLiteral("churned_on"), tr("Churned on")},
            {QStringLiteral("health_score"), tr("Health score"), ColumnType::Number},
            {QStringLiteral("health_band"), tr("Health band")}};
}

Expected<qint64> AccountExport::write(const AccountExportOptions &options, QIODevice *out) const
{
    if (options.bom && out->write("\xEF\xBB\xBF", 3) != 3)
        return Error{tr("cannot write: %1").arg(out->errorString())};
    auto writer = RecordWriter::create(RecordWriter::Format::Csv, out);
    writer->begin(columns());
    AccountRepository accounts(m_book);
    qint64 written = 0;
    for (;;) {
        auto page = accounts.page(options.filter, options.sort, options.descending, written, PageRows);
        if (!page)
            return page.error();
        for (const Account &a : std::as_const(*page))
            writer->row(values(a, m_book.currency()));
        written += page->size();
        if (page->size() < PageRows)
            break;
    }
    if (!writer->end())
        return Error{tr("cannot write: %1").arg(out->errorString())};
    return written;
}

Expected<qint64> AccountExport::writeFile(const AccountExportOptions &options, const QString &path) const
{
    return SavedFile::write(path, [&](QIODevice *out) { return write(options, out); });
}

} // namespace csw
