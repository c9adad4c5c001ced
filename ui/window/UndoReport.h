// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace csw {

// Says in a line what each undoable action did and how to take it back ("Move Kobayashi Foods
// to adoption — Ctrl+Z undoes it"), and what an undo or redo took back or did again: the
// window shows it in the status bar.
class UndoReport final : public QObject
{
    Q_OBJECT

public:
    explicit UndoReport(QUndoStack *stack, QObject *parent = nullptr);

Q_SIGNALS:
    void said(const QString &message);

private:
    void indexChanged(int index);

    QUndoStack *m_stack;
    int m_index = 0;
    const QUndoCommand *m_next = nullptr;   // what a redo would do again, before the change
};

} // namespace csw
