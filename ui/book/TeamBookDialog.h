// SPDX-License-Identifier: MIT
#pragma once

#include "book/BookLocation.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace csw {

// File ▸ Connect to Team Book: the server, port, database and login of a team book on
// PostgreSQL, and a password for this run only or kept in the desktop keyring (empty: the
// keyring's, else ~/.pgpass, PGPASSFILE or PGSERVICE).
class TeamBookDialog final : public QDialog
{
    Q_OBJECT

public:
    // Starts from `last` when it names a team book (the one connected to before).
    explicit TeamBookDialog(const QString &last, QWidget *parent = nullptr);

    BookLocation location() const;
    QString password() const;
    // Whether the user asked to keep the password in the desktop keyring.
    bool keepPassword() const;

private:
    void updateConnectButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_connect = nullptr;
};

} // namespace csw
