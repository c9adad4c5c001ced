// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace csw {

class Book;

// The Preferences page for My Day: whose day it shows ("me", or every CSM), how many days in
// onboarding without a quick win warn, and, with a book open, the renewal reminder lead times.
class MyDayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MyDayPage(Book *book, QWidget *parent = nullptr);

    QComboBox *csmCombo() const { return m_csm; }
    QSpinBox *quickWinSpin() const { return m_quickWin; }
    QLineEdit *leadDaysEdit() const { return m_leadDays; }
    // Stores the settings and the book's lead times; a refusal says why and stores nothing.
    Status save();

private:
    Book *m_book;
    QComboBox *m_csm;
    QSpinBox *m_quickWin;
    QLineEdit *m_leadDays;
};

} // namespace csw
