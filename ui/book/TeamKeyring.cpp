// SPDX-License-Identifier: MIT
#include "book/TeamKeyring.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace csw::TeamKeyring {

namespace {

const QString Service = QStringLiteral("CS Workbench team books");
constexpr int AnswerMs = 3000;   // a keyring that does not answer by then is taken as none

// Runs `job` and waits for it; false when it failed or did not finish in time (the job then
// deletes itself whenever it does finish).
bool finish(QKeychain::Job *job)
{
    auto done = std::make_shared<int>(-1);   // the job's error, once it finished
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [done, &loop](QKeychain::Job *finished) {
        *done = finished->error();
        loop.quit();
    });
    job->setAutoDelete(true);
    QTimer::singleShot(AnswerMs, &loop, &QEventLoop::quit);
    job->start();
    if (*done < 0)
        loop.exec();
    return *done == QKeychain::NoError;
}

} // namespace

QString read(const BookLocation &location)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(location.display());
    auto password = std::make_shared<QString>();   // outlives this call if the job is late
    QObject::connect(job, &QKeychain::Job::finished, job, [password](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            *password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
    return finish(job) ? *password : QString();
}

bool write(const BookLocation &location, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(location.display());
    job->setTextData(password);
    return finish(job);
}

} // namespace csw::TeamKeyring
