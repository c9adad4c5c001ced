// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"
#include "common/SubmitDialog.h"

#include <QMap>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace csw {

class OptionalDateEdit;

// "Add contact" / "Edit contact": the person's name (and its reading), title, department,
// email, phone, roles, whether they are the primary contact, notes, and the day they left.
// The book checks the email, phone and primary when OK is pressed (SubmitDialog shows a refusal).
class ContactDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    // `contact`: the one edited, or a new one of its account (id 0).
    explicit ContactDialog(const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const;

private:
    Contact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_kana;
    QLineEdit *m_title;
    QLineEdit *m_department;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QMap<ContactRole, QCheckBox *> m_roles;
    QCheckBox *m_primary;
    QPlainTextEdit *m_notes;
    OptionalDateEdit *m_left;
};

} // namespace csw
