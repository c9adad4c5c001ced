// SPDX-License-Identifier: MIT
#include "accounts/AccountDialogs.h"

#include "accounts/OptionalDateEdit.h"
#include "common/Formatting.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
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

ChurnDialog::ChurnDialog(const Account &account, const Date &today, const QList<ChurnReason> &reasons,
                         const QList<std::pair<qint64, QString>> &voc, QWidget *parent)
    : QDialog(parent), m_date(dateEdit(this, today)), m_category(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_voc(new QListWidget(this)), m_error(new QLabel(this))
{
    const QString language = Translations::current();
    for (const ChurnReason &r : reasons)
        m_category->addItem(r.label(language), r.code);
    m_category->setCurrentIndex(-1);
    m_category->setPlaceholderText(tr("Choose why the customer left"));
    m_reason->setPlaceholderText(tr("In the customer's words (optional)"));
    for (const auto &[id, text] : voc) {
        auto *item = new QListWidgetItem(text.section(QLatin1Char('\n'), 0, 0).left(80), m_voc);
        item->setToolTip(text);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_voc->setMaximumHeight(m_voc->sizeHintForRow(0) * 5 + 2 * m_voc->frameWidth() + 4);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    QFormLayout *form = formFor(this, tr("Churn %1").arg(account.name));
    addField(form, tr("&Date:"), m_date, "dateEdit");
    addField(form, tr("Rea&son:"), m_category, "reasonCombo");
    addField(form, tr("&Note:"), m_reason, "reasonEdit");
    if (!voc.isEmpty())
        addField(form, tr("&VOC behind it:"), m_voc, "vocList");
    else
        m_voc->hide();
    form->insertRow(form->rowCount() - 1, m_error);
}

Date ChurnDialog::date() const
{
    return *m_date->optionalDate();
}

QString ChurnDialog::reasonCode() const
{
    return m_category->currentData().toString();
}

QString ChurnDialog::reason() const
{
    return m_reason->text().trimmed();
}

QList<qint64> ChurnDialog::vocIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_voc->count(); ++i)
        if (m_voc->item(i)->checkState() == Qt::Checked)
            ids << m_voc->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ChurnDialog::accept()
{
    if (m_category->currentIndex() < 0) {
        m_error->setText(tr("Choose a reason: it is what product and marketing read in the churn report."));
        m_error->show();
        m_category->setFocus();
        return;
    }
    QDialog::accept();
}

RenewDialog::RenewDialog(const Account &account, const Currency &currency, const Date &today,
                         QWidget *parent)
    : QDialog(parent), m_currency(currency), m_arrValue(account.arr),
      m_date(dateEdit(this, std::min(account.renewalOn.value_or(today), today))),
      m_arr(new QLineEdit(Formatting::revenueAmount(account.arr, currency), this)), m_term(new QSpinBox(this)),
      m_note(new QLineEdit(this))
{
    m_term->setRange(1, 120);
    m_term->setValue(12);
    m_term->setSuffix(tr(" months"));
    QFormLayout *form = formFor(this, tr("Renew %1").arg(account.name));
    addField(form, tr("&Date:"), m_date, "dateEdit");
    addField(form, Formatting::revenueText(tr("New &ARR (%1):")).arg(currency.code()), m_arr, "arrEdit");
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
    // Typed as shown (per month for MRR); left as shown, the stored ARR is kept exactly.
    const RevenueView &view = Formatting::revenueView();
    if (*parsed != view.shown(m_arrValue))
        m_arrValue = view.toArr(*parsed);
    QDialog::accept();
}

} // namespace csw
