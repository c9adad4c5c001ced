// SPDX-License-Identifier: MIT
#include "work/ListTable.h"

#include <QHeaderView>
#include <QTableView>


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

} // namespace csw
