// SPDX-License-Identifier: MIT
#include "voc/VocLoopDialog.h"

#include "accounts/AccountRepository.h"
#include "accounts/ContactPicker.h"
#include "accounts/OptionalDateEdit.h"
#include "book/Book.h"
#include "common/Formatting.h"
#include "voc/VocService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csw {

VocLoopDialog::VocLoopDialog(Book &book, const VocEntry &entry, QWidget *parent)
    : QDialog(parent), m_account(new QComboBox(this)), m_contact(new ContactPicker(true, this)),
      m_via(new QComboBox(this)), m_date(new OptionalDateEdit(false, this)),
      m_note(new QLineEdit(this)), m_close(new QCheckBox(this))
{
    setWindowTitle(tr("Customer Told — VOC Entry %1").arg(entry.id));
    m_account->setObjectName(QStringLiteral("loopAccount"));
    m_contact->setObjectName(QStringLiteral("loopContact"));
    m_via->setObjectName(QStringLiteral("loopVia"));
    m_date->setObjectName(QStringLiteral("loopDate"));
    m_note->setObjectName(QStringLiteral("loopNote"));
    m_close->setObjectName(QStringLiteral("loopClose"));

    AccountRepository accounts(book);
    for (const VocLink &link : entry.links) {
        const auto account = accounts.get(link.accountId);
        m_account->addItem(account ? account->name : QString::number(link.accountId), link.accountId);
    }
    // Who was told: one of that account's contacts, or a name typed.
    auto offer = [this, b = &book]() {
        auto contacts = Contacts(*b).ofAccount(m_account->currentData().toLongLong());
        m_contact->setContacts(contacts ? *contacts : QList<Contact>());
    };
    offer();
    connect(m_account, &QComboBox::currentIndexChanged, this, offer);
    m_via->setEditable(true);
    m_via->addItems({tr("email"), tr("meeting"), tr("call"), tr("webinar"), tr("in-product notice")});
    m_date->setMaximumDate(Formatting::toQDate(Dates::today()));
    m_date->setOptionalDate(Dates::today());
    m_note->setPlaceholderText(tr("What they were told (optional)"));
    const bool canClose = entry.status != VocStatus::ClosedLoop
        && VocWorkflow::allowed(entry.status, VocStatus::ClosedLoop);
    m_close->setText(tr("Mark the entry as “%1”").arg(VocNames::label(VocStatus::ClosedLoop)));
    m_close->setEnabled(canClose);
    m_close->setChecked(canClose);
    if (!canClose && entry.status != VocStatus::ClosedLoop)
        m_close->setToolTip(tr("Only done or declined entries can be closed-loop."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Via:"), m_via);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_close);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_account->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VocLoop VocLoopDialog::loop() const
{
    return VocLoop{m_account->currentData().toLongLong(), m_contact->name(), *m_date->optionalDate(),
                   m_via->currentText().trimmed(), m_note->text().trimmed(), m_contact->contactId()};
}

bool VocLoopDialog::closeLoop() const
{
    return m_close->isEnabled() && m_close->isChecked();
}

} // namespace csw
