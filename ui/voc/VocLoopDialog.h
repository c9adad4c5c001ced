// SPDX-License-Identifier: MIT
#pragma once

#include "voc/Voc.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace csw {

class Book;
class ContactPicker;
class OptionalDateEdit;

// "Customer told": which linked account heard back, who there, how and when; and whether the
// entry is now closed-loop (offered when the workflow allows it).
class VocLoopDialog final : public QDialog
{
    Q_OBJECT

public:
    VocLoopDialog(Book &book, const VocEntry &entry, QWidget *parent = nullptr);

    VocLoop loop() const;
    // Also move the entry to closed-loop.
    bool closeLoop() const;

private:
    QComboBox *m_account;
    ContactPicker *m_contact;
    QComboBox *m_via;
    OptionalDateEdit *m_date;
    QLineEdit *m_note;
    QCheckBox *m_close;
};

} // namespace csw
