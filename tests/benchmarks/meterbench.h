#pragma once

// Helpers shared by the meter acquisition benchmarks (bench_modbus_tcp, bench_modbus_rtu):
// the event loop, peer processes, CPU time and the acquisition thread.

#include "vocsync/acquisition/meterpoller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMetaObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace meterbench {

/// The repository root: $VOCSYNC_SOURCE_DIR, else where this benchmark was built from.
inline QString sourceDir()
{
    const QByteArray env = qgetenv("VOCSYNC_SOURCE_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(VOCSYNC_BENCH_SOURCE_DIR);
}

inline QString python()
{
    return QStringLiteral("/usr/bin/python3"); // Debian's, which sees pymodbus (TOOLCHAIN.md)
}

/// A positive integer from the environment, else `fallback`.
inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

/// One QCoreApplication for the whole benchmark executable (benchmark_main owns main()).
inline QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "bench";
    static char *argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

/// User + system CPU seconds of this whole process, every thread included.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// Runs the event loop until `done` (checked every 20 ms) or `timeoutMs`; returns `done()`.
/// (QCoreApplication::processEvents with a time limit drops WaitForMoreEvents and would spin.)
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(20, deadline.remainingTime()), &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

/// Runs the event loop for `ms`, sleeping while nothing happens.
inline void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// A helper process (peer, socat) that is sent SIGTERM and waited for when destroyed.
class Child
{
public:
    Child(const QString &program, const QStringList &args)
    {
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
    }
    ~Child() { stop(); }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    bool running() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
};

/// Waits (with the event loop running) until `path` exists and holds a line; its text.
inline QString waitForFile(const QString &path, int timeoutMs)
{
    QString text;
    spinUntil(
        [&] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            text = QString::fromUtf8(f.readAll());
            return text.contains(QLatin1Char('\n'));
        },
        timeoutMs);
    return text;
}

/// A MeterPoller on its own "acquisition" thread, as the application runs it; the calls below
/// go through queued (blocking) invocations on that thread.
class PollerThread
{
public:
    explicit PollerThread(const vocsync::acquisition::TemplateLibrary *templates,
                          vocsync::acquisition::PollPolicy policy = {})
    {
        m_thread.setObjectName(QStringLiteral("acquisition"));
        m_poller = new vocsync::acquisition::MeterPoller(templates, policy);
        m_poller->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
        m_thread.start();
    }
    ~PollerThread()
    {
        QMetaObject::invokeMethod(
            m_poller, [p = m_poller] { p->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    PollerThread(const PollerThread &) = delete;
    PollerThread &operator=(const PollerThread &) = delete;

    vocsync::acquisition::MeterPoller *poller() const { return m_poller; }

    template <typename F> auto call(F f) const
    {
        decltype(f(m_poller)) result{};
        QMetaObject::invokeMethod(
            m_poller, [&] { result = f(m_poller); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    QThread m_thread;
    vocsync::acquisition::MeterPoller *m_poller = nullptr;
};

} // namespace meterbench
