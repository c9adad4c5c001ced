// SPDX-License-Identifier: MIT
#include "accounts/AccountDialogs.h"

#include "accounts/OptionalDateEdit.h"
#include "common/Formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

#include <algorithm>

namespace csw {

namespace {
// The form every account dialog is: its fields, then OK and Cancel.
QFormLayout *formFor(QDialog *dialog, const QString &title)
{
    dialog->setWindowTitle(title);
    auto *form = new QFormLayout(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    return form;
}

// Adds a field above the buttons.
void addField(QFormLayout *form, const QString &label, QWidget *field, const char *name)
{
    field->setObjectName(QLatin1String(name));
    form->insertRow(form->rowCount() - 1, label, field);
}

OptionalDateEdit *dateEdit(QWidget *parent, const Date &date)
{
    auto *edit = new OptionalDateEdit(false, parent);
    edit->setOptionalDate(date);
    return edit;
}
} // namespace

MoveStageDialog::MoveStageDialog(const Account &account, const Date &today, QWidget *parent)
    : QDialog(parent), m_stage(new QComboBox(this)), m_date(dateEdit(this, today)),
      m_note(new QLineEdit(this))
{
    for (Stage stage : {Stage::Onboarding, Stage::Adoption, Stage::Expansion, Stage::ChurnPrevention}) {
        if (stage != account.stage)
            m_stage->addItem(Stages::label(stage), int(stage));
    }
    QFormLayout *form = formFor(this, tr("Move %1 to stage").arg(account.name));
    addField(form, tr("&Stage:"), m_stage, "stageCombo");
    addField(form, tr("&Date:"), m_date, "dateEdit");
    addField(form, tr("&Note:"), m_note, "noteEdit");
}

Stage MoveStageDialog::stage() const
{
    return static_cast<Stage>(m_stage->currentData().toInt());
}

Date MoveStageDialog::date() const
{
    return *m_date->optionalDate();
}

QString MoveStageDialog::note() const
{
    return m_note->text().trimmed();
}

ChurnDialog::ChurnDialog(const Account &account, const Date &today, QWidget *parent)
    : QDialog(parent), m_date(dateEdit(this, today)), m_reason(new QLineEdit(this))
{
    QFormLayout *form = formFor(this, tr("Churn %1").arg(account.name));
    addField(form, tr("&Date:"), m_date, "dateEdit");
    addField(form, tr("&Reason:"), m_reason, "reasonEdit");
}

Date ChurnDialog::date() const
{
    return *m_date->optionalDate();
}

QString ChurnDialog::reason() const
{
    return m_reason->text().trimmed();
}

RenewDialog::RenewDialog(const Account &account, const Currency &currency, const Date &today,
                         QWidget *parent)
    : QDialog(parent), m_currency(currency), m_arrValue(account.arr),
      m_date(dateEdit(this, std::min(account.renewalOn.value_or(today), today))),
      m_arr(new QLineEdit(Formatting::amount(account.arr, currency), this)), m_term(new QSpinBox(this)),
      m_note(new QLineEdit(this))
{
    m_term->setRange(1, 120);
    m_term->setValue(12);
    m_term->setSuffix(tr(" months"));
    QFormLayout *form = formFor(this, tr("Renew %1").arg(account.name));
    addField(form, tr("&Date:"), m_date, "dateEdit");
    addField(form, tr("New &ARR (%1):").arg(currency.code()), m_arr, "arrEdit");
    addField(form, tr("&Term:"), m_term, "termSpin");
    addField(form, tr("&Note:"), m_note, "noteEdit");
}

Date RenewDialog::date() const
{
    return *m_date->optionalDate();
}

int RenewDialog::termMonths() const
{
    return m_term->value();
}

QString RenewDialog::note() const
{
    return m_note->text().trimmed();
}

void RenewDialog::accept()
{
    const auto parsed = m_currency.parse(m_arr->text().trimmed());
    if (!parsed) {
        QMessageBox::warning(this, tr("Renew"), parsed.error().message);
        m_arr->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_arrValue = *parsed;
    QDialog::accept();
}

} // namespace csw
