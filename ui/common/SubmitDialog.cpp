// SPDX-License-Identifier: MIT
#include "common/SubmitDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csw {

SubmitDialog::SubmitDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SubmitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SubmitDialog::accept()
{
    if (m_submit) {
        if (const Status done = m_submit(); !done) {
            m_error->setText(done.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace csw
