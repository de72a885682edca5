#include "meterread.h"

#include "cliutil.h"
#include "meteroptions.h"

#include "vocsync/acquisition/meterpoller.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace vocsync::cli {

int readMeter(const QString &command, const acquisition::TemplateLibrary &templates,
              const Device &device, const ReadPlan &plan)
{
    using acquisition::DeviceHealth;
    acquisition::PollPolicy policy;
    policy.commFaultAfter = plan.retries + 1;
    policy.reconnectMaxMs = 1000;
    acquisition::MeterPoller poller(&templates, policy);
    const QList<Error> errors = poller.configure({device}, {});
    if (!errors.isEmpty())
        return inputError(command, errors.first());
    QEventLoop loop;
    int got = 0;
    int failures = 0;
    int rc = kExitOk;
    QObject::connect(&poller, &acquisition::MeterPoller::readingReady, &loop,
                     [&](const acquisition::Reading &r) {
                         failures = 0;
                         if (plan.json)
                             out() << readingJson(r, device.templateId) << "\n";
                         else
                             out() << readingTable(r) << "\n";
                         out() << Qt::flush;
                         if (++got >= plan.count)
                             loop.quit();
                     });
    QObject::connect(
        &poller, &acquisition::MeterPoller::healthChanged, &loop, [&](const DeviceHealth &h) {
            const bool failed = h.status == DeviceHealth::Status::Retrying ||
                                h.status == DeviceHealth::Status::CommFault ||
                                h.status == DeviceHealth::Status::LinkDown;
            if (!failed || h.lastError.isEmpty())
                return;
            err() << command << ": " << h.lastError << "\n" << Qt::flush;
            if (++failures > plan.retries) {
                err() << command << ": "
                      << tr("giving up after %1 failed attempts in a row").arg(failures) << "\n"
                      << Qt::flush;
                rc = kExitBadInput;
                loop.quit();
            }
        });
    if (plan.frames) {
        poller.setFrameLogging(true);
        QObject::connect(&poller, &acquisition::MeterPoller::frameLogged, &loop,
                         [](const acquisition::FrameRecord &f) {
                             err() << frameLine(f) << "\n" << Qt::flush;
                         });
    }
    poller.start();
    loop.exec();
    poller.stop();
    return rc;
}

} // namespace vocsync::cli
