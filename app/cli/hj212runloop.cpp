#include "hj212runloop.h"

#include "cliutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace vocsync::cli::hj212cli {

namespace {

/// 100 days: longer runs are a mistake in the number, not a plan.
constexpr qint64 kMaxDurationS = 100LL * 24 * 3600;

#ifdef Q_OS_UNIX
int g_fds[2] = {-1, -1};

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1); // async-signal-safe
}

/// The handler only writes a byte to a socket pair; the quit happens in the event loop, so the
/// command stops its server and commits what is queued (as the GUI's quitonsignal does).
void quitOnTerminationSignals(QObject *parent)
{
    if (g_fds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_fds[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTerminationSignals(QObject *) {}
#endif

} // namespace

QCommandLineOption durationOption()
{
    return QCommandLineOption(QStringLiteral("duration"),
                              tr("Stop after S seconds (default: run until Ctrl+C or SIGTERM)."),
                              QStringLiteral("S"));
}

Result<qint64> durationMs(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return qint64(0);
    bool ok = false;
    const double s = parser.value(option).toDouble(&ok);
    if (!ok || s <= 0 || s > static_cast<double>(kMaxDurationS))
        return Error{tr("expected seconds (more than 0, at most %1), found '%2'")
                         .arg(kMaxDurationS)
                         .arg(parser.value(option)),
                     QStringLiteral("--duration")};
    return static_cast<qint64>(s * 1000);
}

double runUntilStopped(qint64 durationMs)
{
    QObject guard;
    quitOnTerminationSignals(&guard);
    QElapsedTimer clock;
    clock.start();
    QTimer timer;
    // QTimer takes int ms: a long run is looked at once a minute until its end.
    const auto nextCheck = [&] {
        return static_cast<int>(std::min<qint64>(durationMs - clock.elapsed(), 60'000));
    };
    if (durationMs > 0) {
        QObject::connect(&timer, &QTimer::timeout, [&] {
            if (clock.elapsed() >= durationMs) {
                QCoreApplication::quit();
                return;
            }
            timer.start(nextCheck());
        });
        timer.setSingleShot(true);
        timer.start(nextCheck());
    }
    QCoreApplication::exec();
    return static_cast<double>(clock.elapsed()) / 1000.0;
}

} // namespace vocsync::cli::hj212cli
