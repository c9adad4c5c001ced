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
    : QObject(parent), m_stack(stack), m_index(stack->index()), m_count(stack->count())
{
    connect(stack, &QUndoStack::indexChanged, this, &UndoReport::indexChanged);
}

void UndoReport::indexChanged(int index)
{
    if (m_stack->count() == 0) {   // cleared (another book, an import): nothing was undone
        m_index = m_count = 0;
        return;
    }
    const bool pushed = m_stack->count() != m_count && index == m_stack->count() && index > 0;
    const bool undone = !pushed && index < m_index;
    const bool redone = !pushed && index > m_index;
    m_index = index;
    m_count = m_stack->count();
    if (pushed) {
        const QString keys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        Q_EMIT said(tr("%1 — %2 undoes it").arg(shortened(m_stack->text(index - 1)), keys));
    } else if (undone) {
        Q_EMIT said(tr("Undone: %1").arg(shortened(m_stack->text(index))));
    } else if (redone) {
        Q_EMIT said(tr("Done again: %1").arg(shortened(m_stack->text(index - 1))));
    }
}

} // namespace csw
