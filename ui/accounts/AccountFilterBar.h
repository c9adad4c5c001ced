// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/AccountRepository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace csw {

class Book;

// The accounts view's filters: CSM, stage, touch model, health band and a search box (applied after a
// short pause in typing, so each keystroke does not query the book).
class AccountFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFilterBar(QWidget *parent = nullptr);

    // Offers the CSMs of `book` (or none) in the CSM filter.
    void setBook(Book *book);
    AccountFilter filter() const;
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const csw::AccountFilter &filter);

private:
    void emitFilter();

    QComboBox *m_csm;
    QComboBox *m_stage;
    QComboBox *m_touch;
    QComboBox *m_health;
    QLineEdit *m_search;
    QTimer *m_typing;
};

} // namespace csw
