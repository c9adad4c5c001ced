// SPDX-License-Identifier: MIT
#include "voc/VocExport.h"

#include "book/Book.h"
#include "book/RowStream.h"
#include "io/SavedFile.h"

#include <QVarLengthArray>

namespace csw {

namespace {

bool identifying(int column)
{
    return column == VocQuery::AccountNames || column == VocQuery::Contacts || column == VocQuery::SaidBy;
}

bool shown(int column, const VocExportOptions &options)
{
    if (options.anonymize && identifying(column))
        return false;
    if (!options.brief)
        return true;
    switch (column) {
    case VocQuery::Source:
    case VocQuery::AccountsAtRisk:
    case VocQuery::AccountNames:
    case VocQuery::Csms:
    case VocQuery::Contacts:
    case VocQuery::ChurnedArr:
    case VocQuery::SaidBy: return false;
    default: return true;
    }
}

QString titleOf(int column)
{
    switch (column) {
    case VocQuery::Id: return VocExport::tr("ID");
    case VocQuery::LoggedOn: return VocExport::tr("Logged");
    case VocQuery::Kind: return VocExport::tr("Kind");
    case VocQuery::Target: return VocExport::tr("Hand-off to");
    case VocQuery::Status: return VocExport::tr("Status");
    case VocQuery::Source: return VocExport::tr("Source");
    case VocQuery::Tags: return VocExport::tr("Tags");
    case VocQuery::Text: return VocExport::tr("Text");
    case VocQuery::Accounts: return VocExport::tr("Accounts");
    case VocQuery::Arr: return VocExport::tr("ARR");
    case VocQuery::WeightedArr: return VocExport::tr("Weighted ARR");
    case VocQuery::AtRiskArr: return VocExport::tr("ARR at risk");
    case VocQuery::AccountsAtRisk: return VocExport::tr("Accounts at risk");
    case VocQuery::AccountNames: return VocExport::tr("Account names");
    case VocQuery::Csms: return VocExport::tr("CSMs");
    case VocQuery::Contacts: return VocExport::tr("Contacts told");
    case VocQuery::ChurnedArr: return VocExport::tr("Churned ARR behind it");
    case VocQuery::SaidBy: return VocExport::tr("Said by");
    default: return {};
    }
}

ColumnType typeOf(int column)
{
    switch (column) {
    case VocQuery::Id:
    case VocQuery::Accounts:
    case VocQuery::AccountsAtRisk: return ColumnType::Number;
    case VocQuery::Arr:
    case VocQuery::WeightedArr:
    case VocQuery::AtRiskArr:
    case VocQuery::ChurnedArr: return ColumnType::Money;
    default: return ColumnType::Text;
    }
}

} // namespace

QList<Column> VocExport::columns(const VocExportOptions &options)
{
    QList<Column> result;
    for (int i = 0; i < VocQuery::ColumnCount; ++i) {
        if (shown(i, options))
            result << Column{VocQuery::columnKeys()[i], titleOf(i), typeOf(i)};
    }
    return result;
}

Expected<qint64> VocExport::write(const VocExportOptions &options, QIODevice *out,
                                  const Progress &progress) const
{
    QVariantList values;
    const QByteArray sql = VocQuery::sql(m_book.dialect(), options.filter, options.sort, values);
    auto rows = RowStream::open(m_book, sql, values);
    if (!rows)
        return rows.error();

    if (options.encoding == TextEncoding::Utf16)
        return Error{tr("VOC reports are written in UTF-8 or CP932"), ErrorKind::Invalid};
    std::unique_ptr<Cp932Device> cp932;
    QIODevice *device = out;
    if (options.encoding == TextEncoding::Cp932) {
        cp932 = std::make_unique<Cp932Device>(out);
        device = cp932.get();
    } else if (options.bom && out->write("\xEF\xBB\xBF") != 3) {
        return Error{tr("could not write: %1").arg(out->errorString()), ErrorKind::Io};
    }
    auto writer = RecordWriter::create(options.format, device);
    writer->begin(columns(options));

    const Currency &currency = m_book.currency();
    QVarLengthArray<QByteArrayView, VocQuery::ColumnCount> cells;
    QByteArray money[VocQuery::ColumnCount];
    QByteArray substitutes[VocQuery::ColumnCount];   // cells with 〓 for what CP932 lacks
    qint64 count = 0;
    while (rows->next()) {
        cells.clear();
        for (int i = 0; i < VocQuery::ColumnCount; ++i) {
            if (!shown(i, options))
                continue;
            const ColumnType type = typeOf(i);
            if (type == ColumnType::Money && currency.digits() > 0) {
                money[i] = currency.toPlain(rows->integer(i)).toUtf8();
                cells.append(money[i]);
                continue;
            }
            const QByteArrayView text = rows->text(i);
            if (options.encoding != TextEncoding::Utf8 && type == ColumnType::Text) {
                if (auto bad = TextEncodings::firstUnencodable(QString::fromUtf8(text),
                                                               options.encoding)) {
                    if (options.replaceUnencodable) {
                        QList<char32_t> lacking;
                        substitutes[i] = TextEncodings::replaceUnencodable(QString::fromUtf8(text),
                                                                           options.encoding, &lacking)
                                             .toUtf8();
                        for (const char32_t c : std::as_const(lacking))
                            if (options.replaced)
                                options.replaced(rows->integer(VocQuery::Id), VocQuery::columnKeys()[i], c);
                        cells.append(substitutes[i]);
                        continue;
                    }
                    return Error{tr("VOC entry %1, column %2: %3 cannot be written in %4; "
                                    "export as UTF-8 instead (with --bom for Excel)")
                                     .arg(rows->integer(VocQuery::Id))
                                     .arg(VocQuery::columnKeys()[i], TextEncodings::describe(*bad),
                                          TextEncodings::key(options.encoding)),
                                 ErrorKind::Invalid};
                }
            }
            cells.append(text);
        }
        writer->row(std::span<const QByteArrayView>(cells.constData(), std::size_t(cells.size())));
        ++count;
        if (progress && count % 4096 == 0 && !progress(count))
            return Error{tr("the export was cancelled"), ErrorKind::Cancelled};
    }
    if (rows->error())
        return *rows->error();
    if (!writer->end())
        return Error{tr("could not write: %1").arg(out->errorString()), ErrorKind::Io};
    if (progress)
        progress(count);
    return count;
}

Expected<qint64> VocExport::writeFile(const VocExportOptions &options, const QString &path,
                                      const Progress &progress) const
{
    return SavedFile::write(path, [&](QIODevice *out) { return write(options, out, progress); });
}

} // namespace csw
