// SPDX-License-Identifier: MIT
#pragma once

#include "health/NpsAnswers.h"
#include "work/WorkDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace csw {

class OptionalDateEdit;

// "Add NPS answer": the day, the score (0–10), who answered and what they wrote.
class NpsAnswerDialog final : public WorkDialog
{
    Q_OBJECT

public:
    NpsAnswerDialog(const Date &today, QWidget *parent = nullptr);

    NpsAnswer answer() const;   // without its account

private:
    OptionalDateEdit *m_date;
    QSpinBox *m_score;
    QLineEdit *m_respondent;
    QPlainTextEdit *m_comment;
};

} // namespace csw
