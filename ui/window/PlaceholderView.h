// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace csw {

// Stands in for a view that a coming release fills (My Day, VOC): says what it will show.
class PlaceholderView final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderView(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace csw
