// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;

namespace csw {

// A dialog that writes what it holds when the user presses OK: the submit function stores it
// (as an undoable command); when that fails, the dialog stays open and says why, and the book
// is unchanged. The activity, task, objective, contact, hand-off and NPS dialogs build their
// fields on form().
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status()>;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // What the last refused OK said; empty when none was refused.
    QString errorText() const;

    void accept() override;

protected:
    explicit SubmitDialog(const QString &title, QWidget *parent = nullptr);
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
    QLabel *m_error;
    Submit m_submit;
};

} // namespace csw
