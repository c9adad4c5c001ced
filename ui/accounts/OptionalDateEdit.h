// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"

#include <QDateEdit>

#include <optional>

namespace csw {

// A date editor in the user's locale (four-digit years, calendar popup) for a book date that
// may be absent: when nullable, its minimum date stands for "no date" and reads "none".
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(bool nullable, QWidget *parent = nullptr);

    void setOptionalDate(const std::optional<Date> &date);
    std::optional<Date> optionalDate() const;
    bool isNullable() const { return m_nullable; }

Q_SIGNALS:
    // The user picked a day in the calendar popup; typing ends with editingFinished instead.
    void datePicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    static QDate sentinel();
    bool m_nullable;
};

} // namespace csw
