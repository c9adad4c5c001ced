// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace csw {

// A read-only list table as My Day and the account's work panels show them: whole rows
// selected, no row numbers, compact rows, the last column stretched.
QTableView *makeListTable(QAbstractItemModel *model, const char *objectName, QWidget *parent);

// Sizes each column of `table` to its header and `samples` (its widest expected values) in the
// language shown, and gives column `stretch` (what was said, a title) the room left, so that
// it is never pushed off a narrow panel's edge.
void fitListColumns(QTableView *table, int stretch, const QHash<int, QStringList> &samples = {});

} // namespace csw
