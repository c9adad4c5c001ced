// SPDX-License-Identifier: MIT
#include "tasks/ReminderRunner.h"

#include "book/Book.h"
#include "tasks/RenewalReminders.h"

#include <QThread>

#include <memory>

namespace csw {

ReminderRunner::ReminderRunner(QObject *parent) : QObject(parent) {}

ReminderRunner::~ReminderRunner()
{
    if (m_thread)
        m_thread->wait();
}

void ReminderRunner::start(const QString &bookPath, int askAbove)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Expected<int>>(0);
    auto waited = std::make_shared<int>(0);
    const Date today = Dates::today();
    m_thread = QThread::create([result, waited, bookPath, today, askAbove] {
        auto book = Book::open(bookPath);
        if (!book) {
            *result = book.error();
            return;
        }
        RenewalReminders reminders(**book);
        if (askAbove >= 0) {
            const auto due = reminders.due(today);
            if (!due) {
                *result = due.error();
                return;
            }
            if (*due > askAbove) {
                *waited = *due;
                return;
            }
        }
        *result = reminders.run(today);
    });
    connect(m_thread, &QThread::finished, this, [this, result, waited] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!*result)
            Q_EMIT failed(result->error().message);
        else if (*waited > 0)
            Q_EMIT waiting(*waited);
        else
            Q_EMIT finished(**result);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace csw
