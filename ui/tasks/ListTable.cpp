// SPDX-License-Identifier: MIT
#include "tasks/ListTable.h"

#include "common/RowTable.h"

#include <QHeaderView>
#include <QTableView>


namespace csw {

QTableView *makeListTable(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setMinimumHeight(table->fontMetrics().height() * 6);
    return table;
}

} // namespace csw
