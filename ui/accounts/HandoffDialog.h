// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"
#include "accounts/Handoff.h"
#include "common/SubmitDialog.h"

#include <QMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace csw {

class OptionalDateEdit;

// "Edit hand-off": what sales learned and promised, in their words; the decision maker and
// champion chosen among the account's contacts.
class HandoffDialog final : public SubmitDialog
{
    Q_OBJECT

public:
    HandoffDialog(const Handoff &handoff, const QList<Contact> &contacts, QWidget *parent = nullptr);

    Handoff handoff() const;

private:
    Handoff m_handoff;
    QLineEdit *m_salesOwner;
    QMap<QString, QPlainTextEdit *> m_texts;   // by field key
    QComboBox *m_decisionMaker;
    QComboBox *m_champion;
    OptionalDateEdit *m_handedOver;
};

} // namespace csw
