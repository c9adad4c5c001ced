// SPDX-License-Identifier: MIT
#include "common/ConflictChoice.h"

#include <QMessageBox>
#include <QPushButton>

namespace csw {

bool ConflictChoice::applyMineOnTop(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Question, tr("Changed by someone else"),
                    tr("%1.\n\nKeep their version, or apply your edit on top of it?").arg(what),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictChoice"));
    QPushButton *mine = box.addButton(tr("Apply &mine on top"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("&Keep theirs"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == mine;
}

} // namespace csw
