// SPDX-License-Identifier: MIT
#include "tasks/TaskDialog.h"

#include "accounts/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace csw {

TaskDialog::TaskDialog(const QStringList &owners, const QString &owner, const Date &due, QWidget *parent)
    : SubmitDialog(tr("Add Task"), parent), m_title(new QLineEdit(this)), m_due(new OptionalDateEdit(false, this)),
      m_owner(new QComboBox(this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_title->setPlaceholderText(tr("What to do, e.g. “Send the QBR deck”"));
    m_due->setOptionalDate(due);
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    m_owner->setCurrentText(owner);
    form()->addRow(tr("&Task:"), m_title);
    form()->addRow(tr("&Due:"), m_due);
    form()->addRow(tr("&Owner:"), m_owner);
    resize(480, minimumSizeHint().height());
}

Task TaskDialog::task() const
{
    Task t;
    t.title = m_title->text().trimmed();
    t.dueOn = m_due->optionalDate().value_or(Date());
    t.owner = m_owner->currentText().trimmed();
    return t;
}

} // namespace csw
