// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"
#include "book/Dialect.h"
#include "common/Dates.h"
#include "stages/Stage.h"
#include "voc/Voc.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVariantList>

#include <optional>

namespace csw {

// Which VOC entries a board, list or export shows; empty members do not filter.
struct VocFilter
{
    // Product includes entries for both; marketing too; both and sales only their own.
    std::optional<VocTarget> target;
    std::optional<VocStatus> status;
    std::optional<VocKind> kind;
    QString tag;
    // Part of the text (any length, any script) or a whole tag.
    QString search;
    std::optional<Date> since;
    std::optional<Date> until;
    // Entries with at least one linked account of this CSM / touch model / id.
    QString csm;
    std::optional<Touch> touch;
    qint64 accountId = 0;
    // Entries with at least one linked account in this segment.
    QList<SegmentCondition> segment;
    bool includeMerged = false;
};

// Ranking orders: the impact measures (highest first) or the date (newest first).
enum class VocSort { WeightedArr, Arr, AtRiskArr, Accounts, Date, Id };

// The SQL that lists VOC entries with their impact, ranked; shared by `csw voc list`,
// `csw export voc`, the VOC board and the export benchmark's sqlite3 baseline.
class VocQuery
{
    Q_DECLARE_TR_FUNCTIONS(VocQuery)

public:
    // The columns of every row, in order.
    enum ColumnIndex {
        Id, LoggedOn, Kind, Target, Status, Source, Tags, Text, Accounts, Arr, WeightedArr,
        AtRiskArr, AccountsAtRisk, AccountNames, Csms, Contacts, ChurnedArr, SaidBy, ColumnCount
    };
    static const QStringList &columnKeys();

    static std::optional<VocSort> sortFromKey(const QString &key);   // impact|arr|risk|accounts|date|id
    static QStringList sortKeys();

    // The SELECT with `?` placeholders for `values`; paged when limit > 0.
    static QByteArray sql(const Dialect &dialect, const VocFilter &filter, VocSort sort,
                          QVariantList &values, qint64 offset = 0, int limit = 0);
    // How many entries match.
    static QByteArray countSql(const Dialect &dialect, const VocFilter &filter, QVariantList &values);
};

} // namespace csw
