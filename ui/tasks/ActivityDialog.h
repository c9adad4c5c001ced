// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"
#include "tasks/Work.h"
#include "voc/Voc.h"
#include "common/SubmitDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace csw {

class ContactChecklist;
class OptionalDateEdit;

// "Log activity": what happened with an account (call, meeting, e-mail, note, QBR), when, in a
// few words, who of the account's contacts took part, and optionally the VOC entry it produced
// (one of the account's entries).
class ActivityDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    ActivityDialog(const QList<VocEntry> &entries, const QList<Contact> &contacts, const Date &today,
                   QWidget *parent = nullptr);

    // The activity as filled in (account and author left for the caller).
    Activity activity() const;
    QComboBox *kindCombo() const { return m_kind; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *vocCombo() const { return m_voc; }
    ContactChecklist *attendeeList() const { return m_with; }

private:
    QComboBox *m_kind;
    OptionalDateEdit *m_date;
    QPlainTextEdit *m_text;
    QComboBox *m_voc;
    ContactChecklist *m_with;
};

} // namespace csw
