// SPDX-License-Identifier: MIT
#include "metrics/PeriodRangeDialog.h"

#include "accounts/OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csw {

PeriodRangeDialog::PeriodRangeDialog(const Period &current, QWidget *parent)
    : QDialog(parent), m_first(new OptionalDateEdit(false, this)), m_last(new OptionalDateEdit(false, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Custom Period"));
    m_first->setObjectName(QStringLiteral("firstDay"));
    m_last->setObjectName(QStringLiteral("lastDay"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_first->setOptionalDate(current.first());
    m_last->setOptionalDate(current.last());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    auto *what = new QLabel(tr("The KPIs are measured from the first day to the last, both included, "
                               "and compared with the same length just before."),
                            this);
    what->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_first);
    form->addRow(tr("&To:"), m_last);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 420), sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &PeriodRangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PeriodRangeDialog::reject);
}

std::optional<Period> PeriodRangeDialog::period() const
{
    const auto first = m_first->optionalDate(), last = m_last->optionalDate();
    if (!first || !last)
        return std::nullopt;
    auto range = Period::range(*first, *last);
    return range ? std::optional<Period>(*range) : std::nullopt;
}

QString PeriodRangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PeriodRangeDialog::accept()
{
    const auto first = m_first->optionalDate(), last = m_last->optionalDate();
    if (!first || !last) {
        m_error->setText(tr("Give both the first and the last day."));
        m_error->show();
        return;
    }
    if (auto range = Period::range(*first, *last); !range) {
        m_error->setText(tr("This period cannot be used: %1").arg(range.error().message));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace csw
