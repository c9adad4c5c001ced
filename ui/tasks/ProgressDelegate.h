// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace csw {

// Draws a cell as a progress bar: the value of `role` (0..100) with the display text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace csw
