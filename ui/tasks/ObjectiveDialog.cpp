// SPDX-License-Identifier: MIT
#include "tasks/ObjectiveDialog.h"

#include "accounts/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace csw {

ObjectiveDialog::ObjectiveDialog(const PlanObjective &objective, QWidget *parent)
    : SubmitDialog(objective.id == 0 ? tr("Add Objective") : tr("Edit Objective"), parent), m_objective(objective),
      m_title(new QLineEdit(objective.title, this)), m_start(spin("startSpin")), m_current(spin("currentSpin")),
      m_target(spin("targetSpin")), m_due(new OptionalDateEdit(true, this)),
      m_quickWin(new QCheckBox(tr("A &quick win: the first value the customer sees"), this)),
      m_achieved(new OptionalDateEdit(true, this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. “80 % of seats active”"));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_quickWin->setObjectName(QStringLiteral("quickWinBox"));
    m_achieved->setObjectName(QStringLiteral("achievedEdit"));
    m_start->setValue(objective.startValue);
    m_current->setValue(objective.currentValue);
    m_target->setValue(objective.targetValue);
    m_due->setOptionalDate(objective.dueOn);
    m_quickWin->setChecked(objective.quickWin);
    m_achieved->setOptionalDate(objective.achievedOn);
    form()->addRow(tr("&Objective:"), m_title);
    form()->addRow(tr("&Start value:"), m_start);
    form()->addRow(tr("&Current value:"), m_current);
    form()->addRow(tr("&Target value:"), m_target);
    form()->addRow(tr("&Due:"), m_due);
    form()->addRow(QString(), m_quickWin);
    form()->addRow(tr("&Achieved on:"), m_achieved);
    resize(480, minimumSizeHint().height());
}

QDoubleSpinBox *ObjectiveDialog::spin(const char *name)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(QLatin1String(name));
    box->setRange(-1e9, 1e9);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    return box;
}

PlanObjective ObjectiveDialog::objective() const
{
    PlanObjective o = m_objective;
    o.title = m_title->text().trimmed();
    o.startValue = m_start->value();
    o.currentValue = m_current->value();
    o.targetValue = m_target->value();
    o.dueOn = m_due->optionalDate();
    o.quickWin = m_quickWin->isChecked();
    o.achievedOn = m_achieved->optionalDate();
    return o;
}

} // namespace csw
