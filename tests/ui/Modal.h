// SPDX-License-Identifier: MIT
// Answers the dialog or message box a test's click opens, as the person at the screen would.
//
// A handler checks nothing itself: a failed QVERIFY or QCOMPARE there would only leave the
// handler (the dialog left open, the test going on past it). It notes what it saw in the
// test's own variables, captured by reference, and the test checks them once the dialog has
// returned:
//
//     bool seen = false;
//     QString said;
//     whenModal<QMessageBox>(seen, [&said](QMessageBox *box) {
//         said = box->text();
//         box->accept();
//     });
//     QTest::mouseClick(button, Qt::LeftButton);
//     QVERIFY(seen);
//     QVERIFY2(said.contains(...), qPrintable(said));
#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>

// Once the event loop runs (inside the dialog's or message box's exec), hands the modal widget
// of type T to `handle`, which answers it (accepts, rejects or clicks a button); `seen` tells
// the test that it came and was answered. Another modal widget, or one `handle` left open, is
// rejected with `seen` false: the test fails on QVERIFY(seen) instead of waiting for ever on a
// dialog nobody answers. Set it up right before the action that opens the modal: the next turn
// of the event loop must be the modal's own (an action that waits first would find nothing).
template<typename T, typename Handle>
void whenModal(bool &seen, Handle handle)
{
    seen = false;
    QTimer::singleShot(0, qApp, [&seen, handle] {
        const auto dismiss = [](QWidget *modal, const char *why) {
            qWarning("whenModal<%s>: %s %s, rejected", T::staticMetaObject.className(), why,
                     modal->metaObject()->className());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        };
        QWidget *modal = QApplication::activeModalWidget();
        auto *widget = qobject_cast<T *>(modal);
        if (!widget) {
            if (modal)
                dismiss(modal, "another modal widget came:");
            return;
        }
        const QPointer<QWidget> answered(widget);
        handle(widget);
        if (answered && answered->isVisible() && QApplication::activeModalWidget() == answered) {
            dismiss(answered, "the handler left open");
            return;
        }
        seen = true;
    });
}
