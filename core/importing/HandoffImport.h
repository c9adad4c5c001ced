// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Hand-offs from sales in bulk, one row per account: the account (external id, name or #id), the
// sales owner, purpose, problems, expectations, promises, success criteria, competitors, notes,
// decision maker and champion (the account's contacts, by id or name) and the day handed over;
// Salesforce opportunity and Japanese headers (担当営業, 利用目的, 課題, 期待値, 約束事項, 成功基準 …).
// A cell left blank keeps what the hand-off has; any problem writes nothing.
class HandoffImport
{
    Q_DECLARE_TR_FUNCTIONS(HandoffImport)

public:
    static const QList<ImportField> &fields();
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options);
};

} // namespace csw
