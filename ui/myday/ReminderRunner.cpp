// SPDX-License-Identifier: MIT
#include "myday/ReminderRunner.h"

#include "book/Book.h"
#include "tasks/Planning.h"

#include <QThread>

#include <memory>

namespace csw {

ReminderRunner::ReminderRunner(QObject *parent) : QObject(parent) {}

ReminderRunner::~ReminderRunner()
{
    if (m_thread)
        m_thread->wait();
}

void ReminderRunner::start(const QString &bookPath)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Expected<int>>(0);
    const Date today = Dates::today();
    m_thread = QThread::create([result, bookPath, today] {
        auto book = Book::open(bookPath);
        if (!book) {
            *result = book.error();
            return;
        }
        *result = RenewalReminders(**book).run(today);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*result)
            Q_EMIT finished(**result);
        else
            Q_EMIT failed(result->error().message);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace csw
