// SPDX-License-Identifier: MIT
#include "book/TeamBookDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csw {

TeamBookDialog::TeamBookDialog(const QString &last, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_keep(new QCheckBox(tr("&Keep the password in the desktop keyring"), this))
{
    setWindowTitle(tr("Connect to Team Book"));
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    auto *intro = new QLabel(tr("A team book is one book on a PostgreSQL server that the whole "
                                "team shares. Ask your administrator for these details."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("db.example.co.jp (empty: this computer)"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("cs_team"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from the keyring or ~/.pgpass"));
    if (const auto known = BookLocation::parse(last); known && known->engine == BookEngine::Postgres) {
        m_host->setText(known->host);
        if (known->port > 0)
            m_port->setValue(known->port);
        m_database->setText(known->database);
        m_user->setText(known->user);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *kept = new QLabel(tr("Otherwise the password is used only until you quit CS Workbench. "
                               "It is never saved in the settings."),
                            this);
    m_keep->setObjectName(QStringLiteral("keep"));
    kept->setWordWrap(true);
    kept->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &TeamBookDialog::updateConnectButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addWidget(kept);
    layout->addWidget(buttons);
    updateConnectButton();
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    setMinimumWidth(420);
}

BookLocation TeamBookDialog::location() const
{
    BookLocation location;
    location.engine = BookEngine::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value() == 5432 ? -1 : m_port->value();
    location.user = m_user->text().trimmed();
    location.database = m_database->text().trimmed();
    return location;
}

QString TeamBookDialog::password() const
{
    return m_password->text();
}

bool TeamBookDialog::keepPassword() const
{
    return m_keep->isChecked() && !m_password->text().isEmpty();
}

void TeamBookDialog::updateConnectButton()
{
    m_connect->setEnabled(!m_database->text().trimmed().isEmpty());
}

} // namespace csw
