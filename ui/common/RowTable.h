// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace csw {

// What every table of rows in the window shares: one whole row selected at a time, banded rows,
// no wrapping, no row numbers, and fixed row heights (the view never measures rows it does not
// show).
void styleRowTable(QTableView *table);

} // namespace csw
