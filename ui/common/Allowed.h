// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>
#include <QWidget>

namespace csw {

// Enables `widget` when `allowed`; when not, its tooltip says `why` (the person's role and its
// rule) and its own tooltip comes back once it is allowed again.
inline void setAllowed(QWidget *widget, bool allowed, const QString &why)
{
    static const char *own = "cswOwnToolTip";
    if (!widget->property(own).isValid())
        widget->setProperty(own, widget->toolTip());
    widget->setEnabled(allowed);
    widget->setToolTip(allowed || why.isEmpty() ? widget->property(own).toString() : why);
}

} // namespace csw
