// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "accounts/ChurnReasons.h"
#include "common/Dates.h"
#include "common/Money.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
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
    // `reasons`: the categories offered; `voc`: the account's VOC entries (id, text), any of
    // which may be named as behind the churn.
    ChurnDialog(const Account &account, const Date &today, const QList<ChurnReason> &reasons,
                const QList<std::pair<qint64, QString>> &voc, QWidget *parent = nullptr);

    Date date() const;
    QString reasonCode() const;   // the chosen category's code
    QString reason() const;       // the note
    QList<qint64> vocIds() const;

    // Refused without a category: the reason is what product and marketing read.
    void accept() override;

private:
    OptionalDateEdit *m_date;
    QComboBox *m_category;
    QLineEdit *m_reason;
    QListWidget *m_voc;
    QLabel *m_error;
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
