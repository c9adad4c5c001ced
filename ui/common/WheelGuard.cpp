// SPDX-License-Identifier: MIT
#include "common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace csw {

void WheelGuard::install(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (QWidget *w : std::as_const(widgets)) {
        if ((!qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QComboBox *>(w))
            || w->property("cswWheelGuard").toBool())
            continue;   // not a field the wheel changes, or guarded already (a view inside a view)
        w->setProperty("cswWheelGuard", true);
        w->setFocusPolicy(Qt::StrongFocus);   // the wheel alone does not focus it
        w->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
        return false;
    // Not for this field: the page around it scrolls instead.
    if (QWidget *parent = widget->parentWidget())
        QApplication::sendEvent(parent, event);
    return true;
}

} // namespace csw
