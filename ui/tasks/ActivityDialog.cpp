// SPDX-License-Identifier: MIT
#include "tasks/ActivityDialog.h"

#include "accounts/ContactPicker.h"
#include "accounts/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace csw {

ActivityDialog::ActivityDialog(const QList<VocEntry> &entries, const QList<Contact> &contacts, const Date &today,
                               QWidget *parent)
    : SubmitDialog(tr("Log Activity"), parent), m_kind(new QComboBox(this)),
      m_date(new OptionalDateEdit(false, this)), m_text(new QPlainTextEdit(this)), m_voc(new QComboBox(this)),
      m_with(new ContactChecklist(this))
{
    m_with->setObjectName(QStringLiteral("attendeeList"));
    m_with->setContacts(contacts);
    m_with->setMaximumHeight(m_with->fontMetrics().height() * 6);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_voc->setObjectName(QStringLiteral("vocCombo"));
    for (const QString &key : WorkNames::activityKindKeys())
        m_kind->addItem(WorkNames::label(*WorkNames::activityKindFromKey(key)), key);
    m_kind->setCurrentIndex(m_kind->findData(WorkNames::key(ActivityKind::Call)));
    m_date->setOptionalDate(today);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What was discussed, decided or promised"));
    m_voc->addItem(tr("None"), qint64(0));
    for (const VocEntry &entry : entries) {
        const QString text = entry.text.simplified();
        m_voc->addItem(tr("#%1 %2").arg(entry.id).arg(text.size() > 60 ? text.left(59) + QChar(0x2026) : text),
                       entry.id);
    }
    m_voc->setEnabled(!entries.isEmpty());
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&What happened:"), m_text);
    form()->addRow(tr("W&ith:"), m_with);
    form()->addRow(tr("&VOC entry:"), m_voc);
    resize(520, 420);
}

Activity ActivityDialog::activity() const
{
    Activity a;
    a.kind = WorkNames::activityKindFromKey(m_kind->currentData().toString()).value_or(ActivityKind::Note);
    a.occurredOn = m_date->optionalDate().value_or(Date());
    a.text = m_text->toPlainText().trimmed();
    if (const qint64 voc = m_voc->currentData().toLongLong(); voc > 0)
        a.vocId = voc;
    a.attendees = m_with->checked();
    return a;
}

} // namespace csw
