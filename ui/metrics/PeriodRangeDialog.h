// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Period.h"

#include <QDialog>

class QLabel;

namespace csw {

class OptionalDateEdit;

// Asks for a custom reporting period: a first and a last day (both included). OK is refused,
// with the reason beside the dates, while the last day is before the first.
class PeriodRangeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodRangeDialog(const Period &current, QWidget *parent = nullptr);

    // The range chosen; empty until it is valid.
    std::optional<Period> period() const;
    OptionalDateEdit *firstEdit() const { return m_first; }
    OptionalDateEdit *lastEdit() const { return m_last; }
    QString errorText() const;

    void accept() override;

private:
    OptionalDateEdit *m_first;
    OptionalDateEdit *m_last;
    QLabel *m_error;
};

} // namespace csw
