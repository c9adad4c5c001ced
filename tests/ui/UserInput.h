// SPDX-License-Identifier: MIT
// Input a test gives as a person does, through the mouse and the keyboard: what the widget
// does with it is what the test sees, not a signal the test sends in its place.
#pragma once

#include <QAbstractItemView>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

// Picks item `index` of `combo` as a person does: clicks the combo to open its list, goes to
// the item with the arrow keys and presses Return. Whether the combo said activated(index), as
// for any pick by hand (what the pick then does, such as a cancelled dialog putting the combo
// back, is the test's to check). The combo must be shown.
//
// The event loop does not run before the pick, so a dialog the pick opens is the first thing
// the loop sees: whenModal (Modal.h) set up before it answers that dialog.
inline bool chooseItem(QComboBox *combo, int index)
{
    if (!combo || !combo->isVisible() || !combo->isEnabled() || index < 0 || index >= combo->count())
        return false;
    const QSignalSpy activated(combo, &QComboBox::activated);
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    if (!list->isVisible())
        return false;
    // One key per step, as far as the list has rows; a list that does not move is left.
    for (int step = 0; list->currentIndex().row() != index && step < combo->count(); ++step) {
        const int was = list->currentIndex().row();
        QTest::keyClick(list, was < index ? Qt::Key_Down : Qt::Key_Up);
        if (list->currentIndex().row() == was)
            break;
    }
    if (list->currentIndex().row() != index) {
        QTest::keyClick(list, Qt::Key_Escape);
        return false;
    }
    QTest::keyClick(list, Qt::Key_Return);
    return !list->isVisible() && activated.count() == 1 && activated.at(0).at(0).toInt() == index;
}
