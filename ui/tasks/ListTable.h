// SPDX-License-Identifier: MIT
#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace csw {

// A read-only list table as My Day and the account's work panels show them: whole rows
// selected, no row numbers, compact rows, the last column stretched.
QTableView *makeListTable(QAbstractItemModel *model, const char *objectName, QWidget *parent);

} // namespace csw
