// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace csw {

// A table's column chooser: the header's context menu lists the columns, each checkable, to
// show or hide; the first column (what names the row) always stays. Hidden columns are kept
// with the header's saved state.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    explicit ColumnChooser(QHeaderView *header);

    // The menu as it would show now (one checkable action per column, named "column-N").
    QMenu *menu();

private:
    QHeaderView *m_header;
    QMenu *m_menu = nullptr;
};

} // namespace csw
