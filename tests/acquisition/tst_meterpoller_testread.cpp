// Review: MeterPoller::startTestRead/stopTestRead against configured devices
// (meterpoller.h: configure "test reads go on"; startTestRead "Replaces an earlier test device
// with the same id"). No I/O needed: the serial ports do not exist, the buses just retry.
#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/acquisition/templatelibrary.h"

#include <QTest>

using namespace vocsync;
using namespace vocsync::acquisition;

namespace {

Device serialMeter(const QString &id, int baud)
{
    Device d;
    d.id = id;
    d.protocol = QStringLiteral("modbus_rtu");
    d.port = QStringLiteral("/dev/vocsync-review-no-such-port");
    d.address = QStringLiteral("3");
    d.templateId = QStringLiteral("acrel-adl400");
    d.pollIntervalMs = 1000;
    d.timeoutMs = 500;
    d.serial.baud = baud;
    return d;
}

bool has(const QList<DeviceHealth> &all, const QString &id)
{
    return std::any_of(all.begin(), all.end(), [&](const DeviceHealth &h) { return h.deviceId == id; });
}

} // namespace

class TestReviewTestRead : public QObject
{
    Q_OBJECT

    TemplateLibrary m_templates = TemplateLibrary::builtin();

private slots:
    /// A test read under the id of a configured device replaces (and on stop deletes) the
    /// configured device: the station stops polling it until the next configure.
    void testReadDoesNotDeleteTheConfiguredDevice()
    {
        MeterPoller poller(&m_templates);
        QVERIFY(poller.configure({serialMeter(QStringLiteral("m1"), 9600)}, {}).isEmpty());
        poller.start();
        poller.startTestRead(serialMeter(QStringLiteral("m1"), 19200));
        poller.stopTestRead(QStringLiteral("m1"));
        QVERIFY2(has(poller.health(), QStringLiteral("m1")),
                 "configured device m1 is no longer polled after a test read with its id");
        poller.stop();
    }

    /// A test read that could not start (port used at other settings) leaves a phantom
    /// comm-fault device in health() even after stopTestRead.
    void failedTestReadLeavesNoPhantom()
    {
        MeterPoller poller(&m_templates);
        QVERIFY(poller.configure({serialMeter(QStringLiteral("m1"), 9600)}, {}).isEmpty());
        poller.start();
        poller.startTestRead(serialMeter(QStringLiteral("m1-test"), 19200));
        poller.stopTestRead(QStringLiteral("m1-test"));
        QVERIFY2(!has(poller.health(), QStringLiteral("m1-test")),
                 "the failed test read m1-test is still listed in health()");
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestReviewTestRead)
#include "tst_meterpoller_testread.moc"
