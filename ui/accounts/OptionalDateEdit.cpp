// SPDX-License-Identifier: MIT
#include "accounts/OptionalDateEdit.h"

#include "calendar/JapaneseEra.h"
#include "common/Formatting.h"
#include "importing/ImportValues.h"

#include <QCalendarWidget>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>

namespace csw {

OptionalDateEdit::OptionalDateEdit(bool nullable, QWidget *parent)
    : QDateEdit(parent), m_nullable(nullable)
{
    // The locale's short format, but with the whole year: a two-digit year is ambiguous to edit.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    setCalendarPopup(true);
    if (m_nullable) {
        setMinimumDate(sentinel());
        setSpecialValueText(tr("none"));
    }
    // The popup sets the date before these fire: listeners read the new value.
    connect(calendarWidget(), &QCalendarWidget::clicked, this, &OptionalDateEdit::datePicked);
    connect(calendarWidget(), &QCalendarWidget::activated, this, &OptionalDateEdit::datePicked);
    connect(this, &QDateEdit::dateChanged, this, [this] {
        const auto day = optionalDate();
        setToolTip(day && Formatting::eraDates() ? JapaneseEra::format(*day) : QString());
    });
}

bool OptionalDateEdit::pasteDate(const QString &text)
{
    const auto day = ImportValues::date(text.trimmed(), DateOrder::YearMonthDay);
    if (!day)
        return false;
    setOptionalDate(*day);
    Q_EMIT editingFinished();
    return true;
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && pasteDate(QGuiApplication::clipboard()->text()))
        return;
    QDateEdit::keyPressEvent(event);
}

QDate OptionalDateEdit::sentinel()
{
    return QDate(1900, 1, 1);
}

void OptionalDateEdit::setOptionalDate(const std::optional<Date> &date)
{
    if (date)
        setDate(Formatting::toQDate(*date));
    else
        setDate(m_nullable ? sentinel() : Formatting::toQDate(Dates::today()));
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    QDateEdit::mousePressEvent(event);
    // With no date the popup would open on January 1900; show this month instead.
    if (m_nullable && date() == sentinel() && calendarWidget()->isVisible()) {
        const QDate today = Formatting::toQDate(Dates::today());
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
}

std::optional<Date> OptionalDateEdit::optionalDate() const
{
    if (m_nullable && date() == sentinel())
        return std::nullopt;
    return Formatting::fromQDate(date());
}

} // namespace csw
