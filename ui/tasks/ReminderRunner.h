// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QThread;

namespace csw {

// Makes the renewal reminders due today off the GUI thread: a thread of its own opens the
// book file on its own connection and runs RenewalReminders::run() (one transaction). With a
// limit (the automatic run as a book opens), more reminders than that are not made but
// reported as waiting, for the person to decide.
class ReminderRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ReminderRunner(QObject *parent = nullptr);
    // Waits for a run in progress: no thread outlives the runner.
    ~ReminderRunner() override;

    // Starts a run on `bookPath`; does nothing while one runs. `askAbove` >= 0: when more
    // reminders than that are due, none is made and waiting() says how many.
    void start(const QString &bookPath, int askAbove = -1);
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(int made);
    void waiting(int due);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
};

} // namespace csw
