// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace csw {

class Book;

// The segment dialog's small condition editor (issue 19): a field (an account field, a health
// measure, or how long since a measure was taken), a comparison and a value, added to the
// conditions as written ("adoption < 40") with one click; the conditions stay text to read and
// edit.
class ConditionBuilder final : public QWidget
{
    Q_OBJECT

public:
    ConditionBuilder(Book &book, QWidget *parent = nullptr);

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *operatorCombo() const { return m_op; }
    QLineEdit *valueEdit() const { return m_value; }
    // The condition as chosen, "FIELD OP VALUE"; empty while there is no value.
    QString condition() const;

Q_SIGNALS:
    void added(const QString &condition);

private:
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QPushButton *m_add;
};

} // namespace csw
