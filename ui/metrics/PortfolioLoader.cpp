// SPDX-License-Identifier: MIT
#include "metrics/PortfolioLoader.h"

#include "book/Book.h"

#include <QThread>

#include <optional>

namespace csw {

struct PortfolioLoader::Job
{
    std::atomic_bool cancel{false};
    std::optional<Expected<PortfolioData>> result;   // written by the worker before it ends
};

PortfolioLoader::PortfolioLoader(QObject *parent) : QObject(parent) {}

PortfolioLoader::~PortfolioLoader()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void PortfolioLoader::cancel()
{
    if (m_current)
        m_current->cancel = true;
    m_current.reset();
}

void PortfolioLoader::start(const QString &bookPath, const PortfolioRequest &request)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_current = job;
    QThread *thread = QThread::create([this, job, bookPath, request] {
        // A Book of this thread's own: Qt SQL connections belong to the thread that made them.
        auto book = Book::openForReading(bookPath);
        if (!book) {
            job->result = Expected<PortfolioData>(book.error());
            return;
        }
        // Posted to this loader's (the GUI) thread; the loader outlives its threads.
        const auto partial = [this, job](const PortfolioData &data) {
            QMetaObject::invokeMethod(this, [this, job, data] {
                if (job == m_current)
                    Q_EMIT progressed(data);
            }, Qt::QueuedConnection);
        };
        job->result = PortfolioReport::compute(**book, request, &job->cancel, partial);
    });
    thread->setObjectName(QStringLiteral("portfolio"));
    m_threads.append(thread);
    // Queued to this (the GUI) thread once the worker has ended.
    connect(thread, &QThread::finished, this, [this, thread, job] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        deliver(job);
    });
    thread->start(QThread::LowPriority);
}

void PortfolioLoader::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_current || !job->result)
        return;   // superseded or cancelled
    m_current.reset();
    if (*job->result)
        Q_EMIT finished(**job->result);
    else
        Q_EMIT failed(job->result->error().message);
}

} // namespace csw
