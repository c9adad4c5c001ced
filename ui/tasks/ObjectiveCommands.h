// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookCommand.h"
#include "tasks/Work.h"

#include <QCoreApplication>

namespace csw {

// Adding an objective to an account's success plan: undo removes it, redo adds it back with the
// id it had (a later step that names it still finds it).
class AddObjectiveCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddObjectiveCommand)

public:
    AddObjectiveCommand(BookSession &session, PlanObjective objective);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    PlanObjective m_objective;   // its id once added
};

// An objective's edit, as its values before and after. Each step is refused when someone else
// changed the objective since (its row version). Edits of the same objective one after the other
// fold into one step: undo goes back to the values before the first.
class EditObjectiveCommand final : public BookCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditObjectiveCommand)

public:
    // `before` as the person saw it; `after` the values they want, based on that version.
    EditObjectiveCommand(BookSession &session, PlanObjective before, PlanObjective after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply() override;
    Status revert() override;
    void announce() override;

    PlanObjective m_before;
    PlanObjective m_after;
    int m_afterVersion;   // the row's version once the edit is made
};

} // namespace csw
