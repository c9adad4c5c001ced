// SPDX-License-Identifier: MIT
#include "work/ListTable.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace csw {

QTableView *makeListTable(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setMinimumHeight(table->fontMetrics().height() * 6);
    return table;
}

void fitListColumns(QTableView *table, int stretch, const QHash<int, QStringList> &samples)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretch)
            continue;
        int widest = metrics.horizontalAdvance(
            table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples.value(column))
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        table->setColumnWidth(column, widest + padding);
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace csw
