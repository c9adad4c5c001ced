// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Dates.h"
#include "common/Money.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace csw {

class OptionalDateEdit;

// Asks for the stage an account moves to (any working stage but its current one), the day it
// moved and a note. The detail view's "Move to stage…".
class MoveStageDialog final : public QDialog
{
    Q_OBJECT

public:
    MoveStageDialog(const Account &account, const Date &today, QWidget *parent = nullptr);

    Stage stage() const;
    Date date() const;
    QString note() const;

private:
    QComboBox *m_stage;
    OptionalDateEdit *m_date;
    QLineEdit *m_note;
};

// Asks for the day an account churned and why. The detail view's "Churn…".
class ChurnDialog final : public QDialog
{
    Q_OBJECT

public:
    ChurnDialog(const Account &account, const Date &today, QWidget *parent = nullptr);

    Date date() const;
    QString reason() const;

private:
    OptionalDateEdit *m_date;
    QLineEdit *m_reason;
};

// Asks for a renewal's day, the ARR it renews at, its term and a note. The detail view's
// "Renew…". The ARR is checked before the dialog closes.
class RenewDialog final : public QDialog
{
    Q_OBJECT

public:
    RenewDialog(const Account &account, const Currency &currency, const Date &today,
                QWidget *parent = nullptr);

    Date date() const;
    Minor arr() const { return m_arrValue; }
    int termMonths() const;
    QString note() const;

    void accept() override;

private:
    Currency m_currency;
    Minor m_arrValue;
    OptionalDateEdit *m_date;
    QLineEdit *m_arr;
    QSpinBox *m_term;
    QLineEdit *m_note;
};

} // namespace csw
