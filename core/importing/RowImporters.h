// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "importing/ImportMapping.h"
#include "importing/ImportTypes.h"
#include "io/CsvReader.h"

#include <QCoreApplication>

namespace csw {

class Book;

// Health measures: one row per account and date, a column per scorecard measure (by its key or
// label). Each row is recorded and scored as `csw health set` would.
class HealthImport
{
    Q_DECLARE_TR_FUNCTIONS(HealthImport)

public:
    static Expected<QList<ImportField>> fields(Book &book);
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options);
};

// VOC entries: text, kind, hand-off target, source, date, tags and the accounts that said it
// (several separated by ';'), each logged as `csw voc add` would.
class VocImport
{
    Q_DECLARE_TR_FUNCTIONS(VocImport)

public:
    static const QList<ImportField> &fields();
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options);
};

// NPS survey answers: account, date, score 0-10, respondent and comment.
class NpsImport
{
    Q_DECLARE_TR_FUNCTIONS(NpsImport)

public:
    static const QList<ImportField> &fields();
    static Expected<ImportResult> run(Book &book, const CsvTable &table, const ImportMapping &mapping,
                                      const ImportOptions &options);
};

} // namespace csw
