// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/Segments.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace csw {

class Book;

// "Segment conditions": the conditions typed (adoption < 40 and touch = low …), what they
// hold now (accounts and ARR) or why they cannot be read, and a name to save them under. Apply
// filters the accounts with them; Save also keeps them as a segment for everyone.
class SegmentDialog final : public QDialog
{
    Q_OBJECT

public:
    SegmentDialog(Book &book, const QString &conditions, QWidget *parent = nullptr);

    QString conditionsText() const;
    QList<SegmentCondition> conditions() const { return m_conditions; }
    // The name saved under; empty when applied without saving.
    QString savedName() const { return m_saved; }

private:
    void preview();
    void save();

    Book &m_book;
    QLineEdit *m_text;
    QLabel *m_result;
    QLineEdit *m_name;
    QPushButton *m_apply;
    QPushButton *m_save;
    QTimer *m_typing;
    QList<SegmentCondition> m_conditions;
    QString m_saved;
};

} // namespace csw
