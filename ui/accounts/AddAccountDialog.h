// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Money.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace csw {

// Asks for a new account's fields; the caller adds it through the session (undoable).
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AddAccountDialog(const Currency &currency, const QStringList &csms, QWidget *parent = nullptr);

    // The account as entered, or the reason it cannot be added.
    Expected<Account> account() const;

private:
    void validateAndAccept();

    Currency m_currency;
    QLineEdit *m_name;
    QLineEdit *m_externalId;
    QComboBox *m_csm;
    QComboBox *m_touch;
    QLineEdit *m_plan;
    QLineEdit *m_industry;
    QLineEdit *m_source;
    QComboBox *m_stage;
    QLineEdit *m_arr;
    QDateEdit *m_start;
    QDateEdit *m_renewal;
};

} // namespace csw
