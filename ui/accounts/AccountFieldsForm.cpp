// SPDX-License-Identifier: MIT
#include "accounts/AccountFieldsForm.h"

#include "accounts/OptionalDateEdit.h"
#include "common/Formatting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace csw {

AccountFieldsForm::AccountFieldsForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addText(form, "nameEdit", tr("Name"), &Account::name, &AccountChanges::name);
    addText(form, "externalIdEdit", tr("External ID"), &Account::externalId,
            &AccountChanges::externalId);
    addText(form, "csmEdit", tr("CSM"), &Account::csm, &AccountChanges::csm);

    m_touch = new QComboBox(this);
    m_touch->setObjectName(QStringLiteral("touchCombo"));
    for (Touch touch : {Touch::High, Touch::Low, Touch::Tech})
        m_touch->addItem(Stages::label(touch), int(touch));
    form->addRow(tr("Touch model"), m_touch);
    connect(m_touch, &QComboBox::activated, this, &AccountFieldsForm::commitTouch);

    addText(form, "planEdit", tr("Plan"), &Account::plan, &AccountChanges::plan);
    addText(form, "industryEdit", tr("Industry"), &Account::industry, &AccountChanges::industry);
    addText(form, "sourceEdit", tr("Acquisition source"), &Account::source,
            &AccountChanges::source);

    m_arr = new QLineEdit(this);
    m_arr->setObjectName(QStringLiteral("arrEdit"));
    m_arr->setAlignment(Qt::AlignRight);
    m_arrLabel = Formatting::revenueText(tr("ARR"));
    m_arrRowLabel = new QLabel(m_arrLabel, this);
    m_arrRowLabel->setBuddy(m_arr);
    form->addRow(m_arrRowLabel, m_arr);
    connect(m_arr, &QLineEdit::editingFinished, this, &AccountFieldsForm::commitArr);

    addDate(form, "startEdit", tr("Start date"), &Account::startOn, &AccountChanges::startOn);
    addDate(form, "renewalEdit", tr("Renewal date"), &Account::renewalOn,
            &AccountChanges::renewalOn);
    setAccount(std::nullopt, m_currency);
}

void AccountFieldsForm::addText(QFormLayout *form, const char *name, const QString &label,
                                QString Account::*value,
                                std::optional<QString> AccountChanges::*change)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    form->addRow(label, edit);
    const qsizetype index = m_texts.size();
    m_texts << TextField{edit, label, value, change};
    connect(edit, &QLineEdit::editingFinished, this, [this, index] { commitText(m_texts[index]); });
}

void AccountFieldsForm::addDate(QFormLayout *form, const char *name, const QString &label,
                                std::optional<Date> Account::*value,
                                std::optional<std::optional<Date>> AccountChanges::*change)
{
    auto *edit = new OptionalDateEdit(true, this);
    edit->setObjectName(QLatin1String(name));
    // Stepping down to the sentinel by hand is no way to remove a date: a button clears it.
    auto *clear = new QToolButton(this);
    clear->setObjectName(QLatin1String(name).chopped(4) + QStringLiteral("Clear"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove the %1").arg(label));
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(clear);
    form->addRow(label, row);
    const qsizetype index = m_dates.size();
    m_dates << DateField{edit, label, value, change};
    connect(edit, &QAbstractSpinBox::editingFinished, this, [this, index] { commitDate(m_dates[index]); });
    connect(edit, &OptionalDateEdit::datePicked, this, [this, index] { commitDate(m_dates[index]); });
    connect(clear, &QToolButton::clicked, this, [this, index] {
        m_dates[index].edit->setOptionalDate(std::nullopt);
        commitDate(m_dates[index]);
    });
}

void AccountFieldsForm::setAccount(const std::optional<Account> &account,
                                   const Currency &currency)
{
    m_account = account;
    m_currency = currency;
    load();
}

void AccountFieldsForm::load()
{
    // Blocked, so that showing a value is never mistaken for the user editing it.
    const Account shown = m_account.value_or(Account{});
    for (const TextField &field : std::as_const(m_texts)) {
        const QSignalBlocker blocker(field.edit);
        field.edit->setText(m_account ? shown.*field.value : QString());
    }
    {
        const QSignalBlocker blocker(m_touch);
        m_touch->setCurrentIndex(m_account ? m_touch->findData(int(shown.touch)) : -1);
    }
    {
        const QSignalBlocker blocker(m_arr);
        m_arr->setText(m_account ? Formatting::revenueAmount(shown.arr, m_currency) : QString());
        m_arr->setToolTip(m_account && shown.isChurned()
                              ? Formatting::revenueText(tr("A churned account's ARR is kept as it was lost"))
                              : QString());
    }
    for (const DateField &field : std::as_const(m_dates)) {
        const QSignalBlocker blocker(field.edit);
        field.edit->setOptionalDate(shown.*field.value);
    }
    m_arrRowLabel->setText(Formatting::revenueText(tr("ARR (%1)")).arg(m_currency.code()));
    setEnabled(m_account.has_value());
    m_arr->setEnabled(m_account && !shown.isChurned());
}

void AccountFieldsForm::refuse(const QString &message)
{
    load();   // first, so that losing focus to the message box finds nothing to commit
    QMessageBox::warning(this, tr("Edit account"), message);
}

bool AccountFieldsForm::isEditing() const
{
    // Typed into since it was last filled or committed (leaving a field commits it).
    const auto typing = [](const QLineEdit *edit) { return edit->isModified(); };
    return typing(m_arr) || std::any_of(m_texts.cbegin(), m_texts.cend(),
                                        [&](const TextField &field) { return typing(field.edit); });
}

void AccountFieldsForm::commitText(const TextField &field)
{
    if (!m_account)
        return;
    const QString text = field.edit->text().trimmed();
    field.edit->setModified(false);   // the edit is the command's from here on
    if (text == (*m_account).*field.value)
        return;
    if (field.value == &Account::name && text.isEmpty())
        return refuse(tr("An account needs a name."));
    AccountChanges changes;
    changes.*field.change = text;
    Q_EMIT editRequested(field.label, changes);
}

void AccountFieldsForm::commitDate(const DateField &field)
{
    if (!m_account)
        return;
    const std::optional<Date> date = field.edit->optionalDate();
    if (date == (*m_account).*field.value)
        return;
    AccountChanges changes;
    changes.*field.change = date;
    Q_EMIT editRequested(field.label, changes);
}

void AccountFieldsForm::commitTouch()
{
    if (!m_account || m_touch->currentIndex() < 0)
        return;
    const auto touch = static_cast<Touch>(m_touch->currentData().toInt());
    if (touch == m_account->touch)
        return;
    AccountChanges changes;
    changes.touch = touch;
    Q_EMIT editRequested(tr("Touch model"), changes);
}

void AccountFieldsForm::commitArr()
{
    if (!m_account || m_account->isChurned())
        return;
    const auto arr = m_currency.parse(m_arr->text().trimmed());
    m_arr->setModified(false);
    if (!arr)
        return refuse(Formatting::revenueText(tr("“%1” is not an amount of ARR: %2"))
                          .arg(m_arr->text(), arr.error().message));
    // Typed per month or per year as shown; unchanged as shown keeps the stored ARR (an MRR is
    // a rounded twelfth of it).
    const RevenueView &view = Formatting::revenueView();
    if (*arr == view.shown(m_account->arr))
        return;
    AccountChanges changes;
    changes.arr = view.toArr(*arr);
    Q_EMIT editRequested(m_arrLabel, changes);
}

} // namespace csw
