// SPDX-License-Identifier: MIT
#include "health/NpsAnswerDialog.h"

#include "accounts/ContactPicker.h"
#include "accounts/OptionalDateEdit.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace csw {

NpsAnswerDialog::NpsAnswerDialog(const Date &today, const QList<Contact> &contacts, QWidget *parent)
    : SubmitDialog(tr("Add NPS Answer"), parent), m_date(new OptionalDateEdit(false, this)),
      m_score(new QSpinBox(this)), m_respondent(new ContactPicker(true, this)), m_comment(new QPlainTextEdit(this))
{
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    m_respondent->setObjectName(QStringLiteral("respondentEdit"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_date->setOptionalDate(today);
    m_score->setRange(0, 10);
    m_score->setValue(8);
    m_score->setToolTip(tr("0–6 detractor, 7–8 passive, 9–10 promoter"));
    m_respondent->setContacts(contacts);
    m_respondent->setToolTip(tr("Who answered (optional): one of the account's contacts, or any name"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Why they gave this score, in their words"));
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Score (0–10):"), m_score);
    form()->addRow(tr("&Respondent:"), m_respondent);
    form()->addRow(tr("&Comment:"), m_comment);
    resize(480, 300);
}

NpsAnswer NpsAnswerDialog::answer() const
{
    NpsAnswer a;
    a.respondedOn = m_date->optionalDate().value_or(Date());
    a.score = m_score->value();
    a.respondent = m_respondent->name();
    a.contactId = m_respondent->contactId();
    a.comment = m_comment->toPlainText().trimmed();
    return a;
}

} // namespace csw
