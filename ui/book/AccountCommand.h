// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "book/BookSession.h"

namespace csw {

// One undoable account action: redo runs the action (one transaction), undo reverts exactly
// what it changed, the account's fields before and the events it recorded (one transaction).
// Pushed by BookSession::perform after the first run.
//
// An edit of one field (`field` not empty) folds into the edit before it when that one changed
// the same field of the same account and nothing else came between: renaming an account three
// times is one step to undo, back to the first name.
class AccountCommand final : public BookCommand
{
public:
    AccountCommand(BookSession &session, const QString &text, BookSession::Action action,
                   AccountChange done, QString field = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    bool plainEdit() const;

    BookSession::Action m_action;
    AccountChange m_change;
    QString m_field;
};

} // namespace csw
