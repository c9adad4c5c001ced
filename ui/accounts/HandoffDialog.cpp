// SPDX-License-Identifier: MIT
#include "accounts/HandoffDialog.h"

#include "accounts/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace csw {

namespace {
// The longer texts, each a few lines (the sales owner is one line above them).
const char *const textKeys[] = {"purpose", "problems", "expectations", "promises", "success_criteria", "competitors",
                                "notes"};

QComboBox *contactCombo(const QList<Contact> &contacts, const std::optional<qint64> &chosen, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(HandoffDialog::tr("Not known yet"), qint64(0));
    for (const Contact &c : contacts)
        if (!c.leftOn || c.id == chosen.value_or(0))
            combo->addItem(c.title.isEmpty() ? c.name : HandoffDialog::tr("%1 (%2)").arg(c.name, c.title), c.id);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen.value_or(0))));
    return combo;
}
} // namespace

HandoffDialog::HandoffDialog(const Handoff &handoff, const QList<Contact> &contacts, QWidget *parent)
    : SubmitDialog(tr("Edit Hand-off from Sales"), parent), m_handoff(handoff),
      m_salesOwner(new QLineEdit(handoff.salesOwner, this)),
      m_decisionMaker(contactCombo(contacts, handoff.decisionMakerId, this)),
      m_champion(contactCombo(contacts, handoff.championId, this)), m_handedOver(new OptionalDateEdit(true, this))
{
    m_salesOwner->setObjectName(QStringLiteral("salesOwnerEdit"));
    m_decisionMaker->setObjectName(QStringLiteral("decisionMakerCombo"));
    m_champion->setObjectName(QStringLiteral("championCombo"));
    m_handedOver->setObjectName(QStringLiteral("handedOverEdit"));
    m_handedOver->setOptionalDate(handoff.handedOverOn);
    form()->addRow(tr("Sales &owner:"), m_salesOwner);
    for (const char *key : textKeys) {
        auto *edit = new QPlainTextEdit(handoff.*Handoffs::textMember(QLatin1String(key)), this);
        edit->setObjectName(QLatin1String(key) + QStringLiteral("Edit"));
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        m_texts.insert(QLatin1String(key), edit);
        form()->addRow(Handoffs::fieldLabel(QLatin1String(key)) + QLatin1Char(':'), edit);
    }
    m_texts.value(QStringLiteral("success_criteria"))
        ->setPlaceholderText(tr("One per line, with its target date: 請求書作成を1日に短縮（2027-03-31）"));
    form()->addRow(tr("&Decision maker:"), m_decisionMaker);
    form()->addRow(tr("C&hampion:"), m_champion);
    form()->addRow(tr("Handed over &on:"), m_handedOver);
    resize(620, 640);
}

Handoff HandoffDialog::handoff() const
{
    Handoff h = m_handoff;
    h.salesOwner = m_salesOwner->text().trimmed();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        h.*Handoffs::textMember(it.key()) = it.value()->toPlainText().trimmed();
    const qint64 decides = m_decisionMaker->currentData().toLongLong(), champions = m_champion->currentData().toLongLong();
    h.decisionMakerId = decides > 0 ? std::optional<qint64>(decides) : std::nullopt;
    h.championId = champions > 0 ? std::optional<qint64>(champions) : std::nullopt;
    h.handedOverOn = m_handedOver->optionalDate();
    return h;
}

} // namespace csw
