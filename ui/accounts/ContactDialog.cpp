// SPDX-License-Identifier: MIT
#include "accounts/ContactDialog.h"

#include "accounts/OptionalDateEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace csw {

ContactDialog::ContactDialog(const Contact &contact, QWidget *parent)
    : SubmitDialog(contact.id ? tr("Edit Contact") : tr("Add Contact"), parent), m_contact(contact),
      m_name(new QLineEdit(contact.name, this)), m_kana(new QLineEdit(contact.kana, this)),
      m_title(new QLineEdit(contact.title, this)), m_department(new QLineEdit(contact.department, this)),
      m_email(new QLineEdit(contact.email, this)), m_phone(new QLineEdit(contact.phone, this)),
      m_primary(new QCheckBox(tr("The account's primary contact"), this)), m_notes(new QPlainTextEdit(this)),
      m_left(new OptionalDateEdit(true, this))
{
    const std::pair<QWidget *, const char *> names[] = {
        {m_name, "nameEdit"},   {m_kana, "kanaEdit"},   {m_title, "titleEdit"},       {m_department, "departmentEdit"},
        {m_email, "emailEdit"}, {m_phone, "phoneEdit"}, {m_primary, "primaryCheck"}, {m_notes, "notesEdit"},
        {m_left, "leftEdit"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_kana->setPlaceholderText(tr("Reading in kana, for sorting (optional)"));
    m_email->setPlaceholderText(QStringLiteral("name@example.co.jp"));
    m_phone->setPlaceholderText(QStringLiteral("03-1234-5678"));
    m_primary->setChecked(contact.primary);
    m_notes->setPlainText(contact.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_left->setOptionalDate(contact.leftOn);
    m_left->setToolTip(tr("The day they left the company: they stay on the list, marked (losing the champion "
                          "is a churn signal)"));
    auto *roles = new QHBoxLayout;
    for (ContactRole role : ContactRoles::all()) {
        auto *box = new QCheckBox(ContactRoles::label(role), this);
        box->setObjectName(QStringLiteral("role_") + ContactRoles::key(role));
        box->setChecked(contact.hasRole(role));
        m_roles.insert(role, box);
        roles->addWidget(box);
    }
    roles->addStretch(1);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Rea&ding:"), m_kana);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("De&partment:"), m_department);
    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(tr("P&hone:"), m_phone);
    form()->addRow(tr("Roles:"), roles);
    form()->addRow(QString(), m_primary);
    form()->addRow(tr("N&otes:"), m_notes);
    form()->addRow(tr("&Left the company on:"), m_left);
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.kana = m_kana->text().trimmed();
    c.title = m_title->text().trimmed();
    c.department = m_department->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.roles.clear();
    for (ContactRole role : ContactRoles::all())
        if (m_roles.value(role)->isChecked())
            c.roles << role;
    c.primary = m_primary->isChecked();
    c.notes = m_notes->toPlainText().trimmed();
    c.leftOn = m_left->optionalDate();
    return c;
}

} // namespace csw
