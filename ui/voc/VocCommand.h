// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "book/BookSession.h"

namespace csw {

// One undoable VOC action (log, status, edit, merge, closed loop): redo runs the action (one
// transaction); undo puts the entries it changed back as their snapshots had them, or removes
// the entry it logged (one transaction). Pushed by BookSession::performVoc after the first run.
class VocCommand final : public BookCommand
{
public:
    VocCommand(BookSession &session, const QString &text, BookSession::VocAction action,
               QList<VocSnapshot> before, qint64 doneId);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    BookSession::VocAction m_action;
    QList<VocSnapshot> m_before;   // empty: the action logged entry m_id
    qint64 m_id;
};

} // namespace csw
