// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/Work.h"
#include "common/SubmitDialog.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace csw {

class OptionalDateEdit;

// Adds or edits one success plan objective: its title, where it started, where it is now, the
// target, when it is due, whether it is a quick win, and when it was achieved.
class ObjectiveDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    // `objective` fills the fields; its id 0 makes it an "Add" dialog.
    explicit ObjectiveDialog(const PlanObjective &objective, QWidget *parent = nullptr);

    // The objective as filled in, with the id and account it came with.
    PlanObjective objective() const;
    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *startSpin() const { return m_start; }
    QDoubleSpinBox *currentSpin() const { return m_current; }
    QDoubleSpinBox *targetSpin() const { return m_target; }
    QCheckBox *quickWinBox() const { return m_quickWin; }
    OptionalDateEdit *achievedEdit() const { return m_achieved; }

private:
    QDoubleSpinBox *spin(const char *name);

    PlanObjective m_objective;
    QLineEdit *m_title;
    QDoubleSpinBox *m_start;
    QDoubleSpinBox *m_current;
    QDoubleSpinBox *m_target;
    OptionalDateEdit *m_due;
    QCheckBox *m_quickWin;
    OptionalDateEdit *m_achieved;
};

} // namespace csw
