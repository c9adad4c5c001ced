// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace csw {

// A table's column chooser: the header's context menu lists the columns, each checkable, to
// show or hide; the column that names the row always stays. Hidden columns are kept with the
// header's saved state.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    // `kept`: the column that names the row, never hidden.
    ColumnChooser(QHeaderView *header, int kept);

    // The menu as it would show now (one checkable action per column, named "column-N").
    QMenu *menu();

private:
    QHeaderView *m_header;
    QMenu *m_menu = nullptr;
    int m_kept;
};

} // namespace csw
