// SPDX-License-Identifier: MIT
#include "accounts/AccountExport.h"

#include "book/Book.h"
#include "health/Scorecard.h"
#include "io/SavedFile.h"
#include "stages/Stage.h"


namespace csw {

namespace {

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
    if (options.encoding == TextEncoding::Utf16)
        return Error{tr("account lists are written in UTF-8 or CP932"), ErrorKind::Invalid};
    std::unique_ptr<Cp932Device> cp932;
    QIODevice *device = out;
    if (options.encoding == TextEncoding::Cp932) {
        cp932 = std::make_unique<Cp932Device>(out);
        device = cp932.get();
    } else if (options.bom && out->write("\xEF\xBB\xBF", 3) != 3) {
        return Error{tr("cannot write: %1").arg(out->errorString()), ErrorKind::Io};
    }
    auto writer = RecordWriter::create(RecordWriter::Format::Csv, device);
    const QList<Column> header = columns();
    writer->begin(header);
    qint64 written = 0;
    std::optional<Error> stopped;
    const Status read = AccountRepository(m_book).forEachSorted(
        options.filter, options.sort, options.descending, [&](const Account &a) {
            QStringList cells = values(a, m_book.currency());
            if (options.encoding == TextEncoding::Cp932) {
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    const auto bad = TextEncodings::firstUnencodable(cells[i], options.encoding);
                    if (!bad)
                        continue;
                    if (!options.replaceUnencodable) {
                        stopped = Error{tr("account %1, column %2: %3 cannot be written in %4; "
                                           "export as UTF-8 instead")
                                            .arg(a.id)
                                            .arg(header[i].key, TextEncodings::describe(*bad),
                                                 TextEncodings::key(options.encoding)),
                                        ErrorKind::Invalid};
                        return false;
                    }
                    QList<char32_t> lacking;
                    cells[i] = TextEncodings::replaceUnencodable(cells[i], options.encoding, &lacking);
                    for (const char32_t c : std::as_const(lacking))
                        if (options.replaced)
                            options.replaced(a.id, header[i].key, c);
                }
            }
            writer->row(cells);
            ++written;
            return true;
        });
    if (!read)
        return read.error();
    if (stopped)
        return *stopped;
    if (!writer->end())
        return Error{tr("cannot write: %1").arg(out->errorString()), ErrorKind::Io};
    return written;
}

Expected<qint64> AccountExport::writeFile(const AccountExportOptions &options, const QString &path) const
{
    return SavedFile::write(path, [&](QIODevice *out) { return write(options, out); });
}

} // namespace csw
