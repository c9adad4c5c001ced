// SPDX-License-Identifier: MIT
#pragma once

#include "common/Dates.h"

#include <QDateEdit>

#include <optional>

namespace csw {

// A date editor in the user's locale (four-digit years, calendar popup) for a book date that
// may be absent: when nullable, its minimum date stands for "no date" and reads "none". A date
// pasted as text is read as imports read it (2026/4/1, 2026年4月1日, 令和8年4月1日, R8.4.1);
// with era dates chosen, the tooltip shows the day in the Japanese era calendar.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(bool nullable, QWidget *parent = nullptr);

    void setOptionalDate(const std::optional<Date> &date);
    std::optional<Date> optionalDate() const;
    bool isNullable() const { return m_nullable; }
    // Reads `text` as a date and shows it; false (nothing changed) when it is none.
    bool pasteDate(const QString &text);

Q_SIGNALS:
    // The user picked a day in the calendar popup; typing ends with editingFinished instead.
    void datePicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QDate sentinel();
    bool m_nullable;
};

} // namespace csw
