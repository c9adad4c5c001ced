// SPDX-License-Identifier: MIT
// What the benchmarks share: timing whole programs and printing a ratio table.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace bench {

// Runs a program to completion with its output thrown away; returns seconds, or -1.
inline double timed(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        fprintf(stderr, "bench: %s failed: %s\n", qPrintable(program),
                process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

inline double bestOf(int runs, const QString &program, const QStringList &arguments)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, timed(program, arguments));
    return best;
}

// What the event loop does between two clicks: the posted events, then the objects a view let go
// of deleted. processEvents() alone leaves those (deleteLater waits for the loop), so a chart's
// old axes would pile up run after run and each run would be slower than the one before.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

inline void header(const char *title)
{
    printf("%s (%d cores)\n", title, QThread::idealThreadCount());
    printf("%-58s %10s  %10s  %7s  %s\n", "measure", "value", "baseline", "ratio", "target");
}

inline void report(const QString &what, double value, double baseline, const QString &target)
{
    printf("%-58s %8.3f s  %8.3f s  %6.2fx  %s\n", qPrintable(what), value, baseline,
           value / baseline, qPrintable(target));
}

} // namespace bench
