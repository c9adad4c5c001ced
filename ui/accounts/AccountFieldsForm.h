// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Account.h"
#include "common/Money.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace csw {

class OptionalDateEdit;

// The account detail view's fields, edited in place. It never writes the book: each finished
// edit of one field becomes an editRequested with only that field set, and the view runs it
// as an undoable command, then shows the account again with setAccount.
class AccountFieldsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFieldsForm(QWidget *parent = nullptr);

    // Shows `account` (or empty, disabled editors for none) without emitting anything.
    void setAccount(const std::optional<Account> &account, const Currency &currency);
    // Whether the person is typing in a field (changed, not yet committed).
    bool isEditing() const;

Q_SIGNALS:
    // The user changed one field; `field` names it for the undo command's text.
    void editRequested(const QString &field, const csw::AccountChanges &changes);

private:
    // A free-text field: its editor, its name for people, and where it lives in the account.
    struct TextField
    {
        QLineEdit *edit;
        QString label;
        QString Account::*value;
        std::optional<QString> AccountChanges::*change;
    };
    struct DateField
    {
        OptionalDateEdit *edit;
        QString label;
        std::optional<Date> Account::*value;
        std::optional<std::optional<Date>> AccountChanges::*change;
    };

    void addText(QFormLayout *form, const char *name, const QString &label,
                 QString Account::*value, std::optional<QString> AccountChanges::*change);
    void addDate(QFormLayout *form, const char *name, const QString &label,
                 std::optional<Date> Account::*value,
                 std::optional<std::optional<Date>> AccountChanges::*change);
    void commitText(const TextField &field);
    void commitDate(const DateField &field);
    void commitTouch();
    void commitArr();
    void refuse(const QString &message);
    void load();

    std::optional<Account> m_account;
    Currency m_currency;
    QList<TextField> m_texts;
    QList<DateField> m_dates;
    QComboBox *m_touch = nullptr;
    QLineEdit *m_arr = nullptr;
    QLabel *m_arrRowLabel = nullptr;
    QString m_arrLabel;
};

} // namespace csw
