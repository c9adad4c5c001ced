// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/Work.h"
#include "common/SubmitDialog.h"

class QComboBox;
class QLineEdit;

namespace csw {

class OptionalDateEdit;

// "Add task": a title, a due date and an owner (the account's CSM unless changed).
class TaskDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    TaskDialog(const QStringList &owners, const QString &owner, const Date &due, QWidget *parent = nullptr);

    // The task as filled in (account left for the caller).
    Task task() const;
    QLineEdit *titleEdit() const { return m_title; }
    OptionalDateEdit *dueEdit() const { return m_due; }
    QComboBox *ownerCombo() const { return m_owner; }

private:
    QLineEdit *m_title;
    OptionalDateEdit *m_due;
    QComboBox *m_owner;
};

} // namespace csw
