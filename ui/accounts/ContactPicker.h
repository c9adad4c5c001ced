// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Contacts.h"

#include <QComboBox>
#include <QListWidget>

#include <optional>

namespace csw {

// Chooses one of an account's contacts where the book names a person (who was told, who
// answered, who said it). With free text, another name may be typed and is kept as written.
class ContactPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit ContactPicker(bool freeText, QWidget *parent = nullptr);

    // The contacts offered (a former one that is already chosen stays offered, marked).
    void setContacts(const QList<Contact> &contacts);
    void setContactId(std::optional<qint64> id);
    // The chosen contact; nullopt for none or a typed name that is none of them.
    std::optional<qint64> contactId() const;
    // The name as shown or typed (empty for none).
    QString name() const;

private:
    bool m_freeText;
};

// Ticks the account's contacts who took part in an activity.
class ContactChecklist final : public QListWidget
{
    Q_OBJECT

public:
    explicit ContactChecklist(QWidget *parent = nullptr);

    void setContacts(const QList<Contact> &contacts);
    QList<qint64> checked() const;
    void setChecked(const QList<qint64> &ids);
};

} // namespace csw
