// SPDX-License-Identifier: MIT
#pragma once

#include "common/Expected.h"
#include "common/Dates.h"
#include "calendar/JapaneseHolidays.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace csw {

class Book;
class OptionalDateEdit;

// The Preferences page that edits the book's business calendar: the holidays playbook due
// dates skip. Adding or removing a day, or Japan's public holidays of a year, changes the list
// shown; OK writes it (save()), Cancel leaves the book as it was, like every other page.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { Day, Weekday, Name, ColumnCount };

    explicit CalendarPage(Book *book, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QLineEdit *nameEdit() const { return m_name; }
    // What the last refused change said; empty when none.
    QString errorText() const;
    // Writes the edited list, when it changed, in one write.
    Status save();

public Q_SLOTS:
    // Adds the day and name in the editors.
    void addHoliday();
    // Removes the selected holiday.
    void removeHoliday();
    // Asks for a year, then adds Japan's public holidays of it.
    void addJapaneseHolidays();

private:
    void reload();
    void showHolidays();
    void report(const Status &status);

    Book *m_book;
    QStandardItemModel *m_model;
    QTableView *m_table;
    OptionalDateEdit *m_date;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_japanese;
    QLabel *m_status;
    QList<Holiday> m_stored;   // as the book has them
    QList<Holiday> m_edited;   // as shown, by date
};

} // namespace csw
