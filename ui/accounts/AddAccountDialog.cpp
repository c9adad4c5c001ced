// SPDX-License-Identifier: MIT
#include "accounts/AddAccountDialog.h"

#include "common/Formatting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace csw {

AddAccountDialog::AddAccountDialog(const Currency &currency, const QStringList &csms,
                                   QWidget *parent)
    : QDialog(parent), m_currency(currency), m_name(new QLineEdit(this)),
      m_externalId(new QLineEdit(this)), m_csm(new QComboBox(this)), m_touch(new QComboBox(this)),
      m_plan(new QLineEdit(this)), m_industry(new QLineEdit(this)), m_source(new QLineEdit(this)),
      m_stage(new QComboBox(this)), m_arr(new QLineEdit(this)), m_start(new QDateEdit(this)),
      m_renewal(new QDateEdit(this))
{
    setWindowTitle(tr("Add Account"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_arr->setObjectName(QStringLiteral("arrEdit"));
    m_csm->setEditable(true);
    m_csm->addItems(csms);
    m_csm->setCurrentText(QString());
    for (const QString &key : Stages::touchKeys()) {
        const Touch touch = *Stages::touchFromKey(key);
        m_touch->addItem(Stages::label(touch), int(touch));
    }
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (const QString &key : Stages::keys()) {
        const Stage stage = *Stages::fromKey(key);
        if (stage != Stage::Churned)   // an account is churned by the churn action, dated
            m_stage->addItem(Stages::label(stage), int(stage));
    }
    m_industry->setObjectName(QStringLiteral("industryEdit"));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("e.g. 展示会, Web問い合わせ, partner"));
    m_arr->setPlaceholderText(tr("e.g. 1,200,000"));
    const QDate today = Formatting::toQDate(Dates::today());
    for (QDateEdit *edit : {m_start, m_renewal})
        edit->setCalendarPopup(true);
    m_start->setDate(today);
    m_renewal->setDate(today.addYears(1));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("External ID:"), m_externalId);
    form->addRow(tr("CSM:"), m_csm);
    form->addRow(tr("Touch model:"), m_touch);
    form->addRow(tr("Plan:"), m_plan);
    form->addRow(tr("Industry:"), m_industry);
    form->addRow(tr("Acquisition channel:"), m_source);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(Formatting::revenueText(tr("ARR (%1):")).arg(currency.code()), m_arr);
    form->addRow(tr("Contract start:"), m_start);
    form->addRow(tr("Renewal date:"), m_renewal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for a long Japanese company name ("株式会社…精密工業 横浜本社").
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 48);
}

Expected<Account> AddAccountDialog::account() const
{
    Account a;
    a.name = m_name->text().trimmed();
    if (a.name.isEmpty())
        return Error{tr("An account needs a name.")};
    a.externalId = m_externalId->text().trimmed();
    a.csm = m_csm->currentText().trimmed();
    a.touch = Touch(m_touch->currentData().toInt());
    a.plan = m_plan->text().trimmed();
    a.industry = m_industry->text().trimmed();
    a.source = m_source->text().trimmed();
    a.stage = Stage(m_stage->currentData().toInt());
    if (!m_arr->text().trimmed().isEmpty()) {
        auto arr = m_currency.parse(m_arr->text());
        if (!arr)
            return Error{Formatting::revenueText(tr("ARR: %1")).arg(arr.error().message)};
        a.arr = Formatting::revenueView().toArr(*arr);   // typed per month when the book shows MRR
    }
    a.startOn = Formatting::fromQDate(m_start->date());
    a.renewalOn = Formatting::fromQDate(m_renewal->date());
    return a;
}

void AddAccountDialog::validateAndAccept()
{
    const auto entered = account();
    if (!entered) {
        QMessageBox::warning(this, windowTitle(), entered.error().message);
        return;
    }
    accept();
}

} // namespace csw
