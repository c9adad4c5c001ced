// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"
#include "health/NpsAnswers.h"
#include "common/SubmitDialog.h"

class QPlainTextEdit;
class QSpinBox;

namespace csw {

class ContactPicker;
class OptionalDateEdit;

// "Add NPS answer": the day, the score (0–10), who answered (one of the account's contacts or a
// name typed) and what they wrote.
class NpsAnswerDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    NpsAnswerDialog(const Date &today, const QList<Contact> &contacts, QWidget *parent = nullptr);

    NpsAnswer answer() const;   // without its account

private:
    OptionalDateEdit *m_date;
    QSpinBox *m_score;
    ContactPicker *m_respondent;
    QPlainTextEdit *m_comment;
};

} // namespace csw
