// SPDX-License-Identifier: MIT
#include "settings/CalendarPage.h"

#include "common/RowTable.h"
#include "accounts/OptionalDateEdit.h"
#include "common/Formatting.h"
#include "tasks/Holidays.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace csw {

CalendarPage::CalendarPage(Book *book, QWidget *parent)
    : QWidget(parent), m_book(book), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_table(new QTableView(this)), m_date(new OptionalDateEdit(false, this)), m_name(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add holiday"), this)), m_remove(new QPushButton(tr("&Remove holiday"), this)),
      m_japanese(new QPushButton(tr("Add &Japanese holidays for year…"), this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_date->setObjectName(QStringLiteral("holidayDateEdit"));
    m_name->setObjectName(QStringLiteral("holidayNameEdit"));
    m_add->setObjectName(QStringLiteral("addHolidayButton"));
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    m_japanese->setObjectName(QStringLiteral("japaneseHolidaysButton"));
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Holiday")});
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRowTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Day, 120);
    m_table->setColumnWidth(Weekday, 90);
    m_date->setOptionalDate(Dates::today());
    m_name->setPlaceholderText(tr("e.g. company holiday"));

    auto *intro = new QLabel(tr("Business days skip weekends and these holidays. Changes are saved with OK."), this);
    intro->setWordWrap(true);
    auto *add = new QHBoxLayout;
    add->addWidget(m_date);
    add->addWidget(m_name, 1);
    add->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_japanese);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(add);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &CalendarPage::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &CalendarPage::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &CalendarPage::removeHoliday);
    connect(m_japanese, &QPushButton::clicked, this, &CalendarPage::addJapaneseHolidays);
    setEnabled(book);
    reload();
}

QString CalendarPage::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

void CalendarPage::reload()
{
    m_stored.clear();
    if (m_book) {
        auto list = Holidays(*m_book).list();
        if (list)
            m_stored = *list;
        else
            report(list.error());
    }
    m_edited = m_stored;
    showHolidays();
}

void CalendarPage::showHolidays()
{
    std::sort(m_edited.begin(), m_edited.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const Holiday &h : std::as_const(m_edited)) {
        const QDate day = Formatting::toQDate(h.day);
        auto *date = new QStandardItem(Formatting::date(h.day));
        date->setData(Dates::toIso(h.day), Qt::UserRole);
        m_model->appendRow({date, new QStandardItem(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat)),
                            new QStandardItem(h.name)});
    }
    m_remove->setEnabled(m_model->rowCount() > 0);
}

Status CalendarPage::save()
{
    const auto same = [](const Holiday &a, const Holiday &b) { return a.day == b.day && a.name == b.name; };
    if (!m_book || std::equal(m_stored.cbegin(), m_stored.cend(), m_edited.cbegin(), m_edited.cend(), same))
        return {};
    const Status saved = Holidays(*m_book).setAll(m_edited);
    if (saved)
        m_stored = m_edited;
    return saved;
}

void CalendarPage::report(const Status &status)
{
    m_status->setProperty("error", !status);
    m_status->setStyleSheet(status ? QString() : QStringLiteral("color: #c62828;"));
    if (!status)
        m_status->setText(status.error().message);
}

void CalendarPage::addHoliday()
{
    const auto day = m_date->optionalDate();
    if (!m_book || !day)
        return;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("Holiday") : m_name->text().trimmed();
    m_edited.erase(std::remove_if(m_edited.begin(), m_edited.end(), [&](const Holiday &h) { return h.day == *day; }),
                   m_edited.end());
    m_edited << Holiday{*day, name};
    report({});
    m_status->setText(tr("Added %1.").arg(Formatting::date(*day)));
    m_name->clear();
    showHolidays();
}

void CalendarPage::removeHoliday()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_book || !current.isValid())
        return;
    const QString iso = m_model->item(current.row(), Day)->data(Qt::UserRole).toString();
    const auto day = Dates::parseIso(iso);
    if (!day)
        return;
    m_edited.erase(std::remove_if(m_edited.begin(), m_edited.end(), [&](const Holiday &h) { return h.day == *day; }),
                   m_edited.end());
    report({});
    m_status->setText(tr("Removed %1.").arg(Formatting::date(*day)));
    showHolidays();
}

void CalendarPage::addJapaneseHolidays()
{
    if (!m_book)
        return;
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Japanese Holidays"), tr("Add Japan's public holidays of:"),
                                          int(Dates::today().year()) + 1, 1980, 2099, 1, &ok);
    if (!ok)
        return;
    int added = 0;
    for (const Holiday &h : JapaneseHolidays::of(year)) {
        const bool known = std::any_of(m_edited.cbegin(), m_edited.cend(), [&](const Holiday &e) { return e.day == h.day; });
        if (!known) {
            m_edited << h;
            ++added;
        }
    }
    report({});
    m_status->setText(tr("Japanese holidays of %1 added: %2.").arg(year).arg(added));
    showHolidays();
}

} // namespace csw
