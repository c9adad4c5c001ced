// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QWidget;

namespace csw {

// Someone else changed what the person was editing (an edit refused as ErrorKind::Stale):
// `what` says who changed it and when; the person keeps their version or applies their edit
// on top of it. True: apply mine on top.
class ConflictChoice final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChoice)

public:
    static bool applyMineOnTop(QWidget *parent, const QString &what);
};

} // namespace csw
