// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>

class QTableView;

namespace csw::ColumnWidths {

// Sizes each column of `table` to its header (with room for the sort indicator when the header
// shows one) and to `samples`, its widest expected values, in the language and font shown; the
// `stretch` column (a name, a title, what was said) takes the room left, so a narrow view never
// pushes it off the edge.
void fit(QTableView *table, int stretch, const QHash<int, QStringList> &samples = {});

// The widest values columns of dates and money show, as shown.
QString sampleDate();
QString sampleMoney();

} // namespace csw::ColumnWidths
