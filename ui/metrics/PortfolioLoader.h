// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/PortfolioReport.h"

#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace csw {

// Computes PortfolioData off the GUI thread: each request runs on a thread of its own that
// opens the book file read-only on its own connection. A newer request cancels the one
// before; only the newest result is delivered.
class PortfolioLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioLoader(QObject *parent = nullptr);
    // Cancels what runs and waits for it: no thread outlives the loader.
    ~PortfolioLoader() override;

    void start(const QString &bookPath, const PortfolioRequest &request);
    // Drops the running request's result.
    void cancel();
    bool isBusy() const { return m_current != nullptr; }

Q_SIGNALS:
    // The data but the retention trend, while the trend is still computed.
    void progressed(const csw::PortfolioData &data);
    void finished(const csw::PortfolioData &data);
    void failed(const QString &message);

private:
    struct Job;
    void deliver(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_current;
    QList<QThread *> m_threads;
};

} // namespace csw
