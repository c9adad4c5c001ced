// SPDX-License-Identifier: MIT
#include "common/ColumnWidths.h"

#include "common/Formatting.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace csw::ColumnWidths {

void fit(QTableView *table, int stretch, const QHash<int, QStringList> &samples)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const int indicator = header->isSortIndicatorShown() ? 16 : 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretch)
            continue;
        int widest = metrics.horizontalAdvance(
                         table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
                     + indicator;
        for (const QString &sample : samples.value(column))
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        table->setColumnWidth(column, widest + padding);
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QString sampleDate()
{
    return Formatting::date(Date(2027, 12, 28));
}

QString sampleMoney()
{
    return Formatting::money(99'999'999, *Currency::fromCode(QStringLiteral("JPY")));
}

} // namespace csw::ColumnWidths
