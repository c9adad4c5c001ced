// SPDX-License-Identifier: MIT
#include "window/UndoReport.h"

#include <QKeySequence>
#include <QUndoStack>

namespace csw {

namespace {

QString shortened(const QString &text)
{
    constexpr int Shown = 60;
    return text.size() > Shown ? text.left(Shown - 1) + QChar(0x2026) : text;
}

} // namespace

UndoReport::UndoReport(QUndoStack *stack, QObject *parent)
    : QObject(parent), m_stack(stack), m_index(stack->index()), m_next(stack->command(stack->index()))
{
    connect(stack, &QUndoStack::indexChanged, this, &UndoReport::indexChanged);
}

// A step back is an undo; a step forward is a redo only when the command now done is the one a
// redo would have done; anything else is a new action (which drops what could be redone).
void UndoReport::indexChanged(int index)
{
    const int before = m_index;
    const QUndoCommand *next = m_next;
    m_index = index;
    m_next = m_stack->command(index);
    if (m_stack->count() == 0)   // cleared (another book, an import): nothing was undone
        return;
    if (index < before) {
        Q_EMIT said(tr("Undone: %1").arg(shortened(m_stack->text(index))));
    } else if (index > before && m_stack->command(index - 1) == next) {
        Q_EMIT said(tr("Done again: %1").arg(shortened(m_stack->text(index - 1))));
    } else if (index > 0) {
        const QString keys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        Q_EMIT said(tr("%1 — %2 undoes it").arg(shortened(m_stack->text(index - 1)), keys));
    }
}

} // namespace csw
