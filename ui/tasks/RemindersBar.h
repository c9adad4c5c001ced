// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace csw {

// A bar across My Day offering the renewal reminders a book's opening did not make unasked
// (more than MyDayView::AskAbove at once): how many, "Make N tasks" and "Not now". It asks
// without stopping anyone: the window stays usable, and nothing is made until asked.
class RemindersBar final : public QFrame
{
    Q_OBJECT

public:
    explicit RemindersBar(QWidget *parent = nullptr);

    // Shows the offer for `due` reminders.
    void offer(int due);
    QPushButton *makeButton() const { return m_make; }
    QPushButton *laterButton() const { return m_later; }

Q_SIGNALS:
    void makeRequested();
    void declined(int due);

private:
    QLabel *m_text;
    QPushButton *m_make;
    QPushButton *m_later;
    int m_due = 0;
};

} // namespace csw
