// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace csw {

// Scrolling a long form with the mouse wheel must not change the date, number or choice that
// happens to pass under the pointer. WheelGuard::install(form) makes its spin boxes, date
// fields and combo boxes take the wheel only once they have focus (clicked or tabbed into);
// until then the wheel scrolls the page around them.
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box, date field and combo box inside `root` (and `root` itself).
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace csw
