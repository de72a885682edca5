// MeterPoller polling DL/T 645-2007 meters: tests/support/dlt645_peer.py plays two meters on
// one end of a socat pty pair, the poller reads them through the other at 2400 8E1 by the
// shipped templates; a meter address nobody answers to becomes a comm fault.
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;

namespace {

const QString kMeterA = QStringLiteral("000012345678");
const QString kMeterB = QStringLiteral("202411110002");
const QString kNobody = QStringLiteral("999999999999");

Device dltMeter(const QString &id, const QString &port, const QString &address,
                const QString &templateId, int timeoutMs)
{
    Device d = meter(id, QStringLiteral("dlt645"), port, address, templateId, timeoutMs);
    d.serial.baud = 2400; // the templates' line: 2400 8E1
    d.serial.parity = 'E';
    return d;
}

} // namespace

class TestMeterPollerDlt645 : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    TemplateLibrary m_templates = TemplateLibrary::builtin();

private slots:
    void initTestCase()
    {
        const QString missing = missingTools(true, false);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_templates.dlt645Template(QStringLiteral("dlt645-2007-generic")));
        QVERIFY(m_templates.dlt645Template(QStringLiteral("dlt645-2007-single-phase")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    /// A three-phase and a single-phase meter and an address nobody has, on one bus at 1 s:
    /// every value of the two meters equals what the peer holds (signs included), their points
    /// get samples, and the missing meter becomes a comm fault with a timeout error.
    void twoMetersAndAMissingOne()
    {
        PtyPair pty;
        QString error = pty.start(m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Dlt645Peer peer(m_dir->path(), QStringLiteral("dlt"));
        error = peer.start(pty.peer(), {kMeterA, kMeterB});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QString a = QStringLiteral("DA");
        const QString b = QStringLiteral("DB");
        const QString gone = QStringLiteral("DX");
        const QList<Device> devices{
            dltMeter(a, pty.station(), kMeterA, QStringLiteral("dlt645-2007-generic"), 500),
            dltMeter(b, pty.station(), kMeterB, QStringLiteral("dlt645-2007-single-phase"), 500),
            dltMeter(gone, pty.station(), kNobody, QStringLiteral("dlt645-2007-generic"), 300)};
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        const QList<Error> errors =
            poller.configure(devices, {pointOf(1, a), pointOf(2, b), pointOf(3, gone)});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(poller.buses().size(), 1);
        poller.start();
        const auto done = [&] {
            return rec.readingCount(a) >= 2 && rec.readingCount(b) >= 2 &&
                   rec.status(gone) == DeviceHealth::Status::CommFault;
        };
        QVERIFY2(waitUntil(done, 20000),
                 qPrintable(rec.describe(a) + QLatin1Char('\n') + rec.describe(b) +
                            QLatin1Char('\n') + rec.describe(gone)));
        poller.stop();

        const QList<std::pair<QString, QString>> meters{{a, kMeterA}, {b, kMeterB}};
        for (const auto &[id, address] : meters) {
            const QJsonObject expected = peer.values(address);
            QVERIFY(!expected.isEmpty());
            const Device &d = id == a ? devices[0] : devices[1];
            const auto *t = m_templates.dlt645Template(d.templateId);
            for (const TimedReading &r : rec.readings(id)) {
                QCOMPARE(r.reading.values.size(), t->values.size());
                const QString diff = compareValues(r.reading, expected, false);
                QVERIFY2(diff.isEmpty(), qPrintable(id + QStringLiteral(": ") + diff));
            }
            const auto samples = rec.samples(id == a ? 1 : 2);
            QVERIFY(!samples.isEmpty());
            const QString sdiff = compareSample(samples.last(), d.templateId, expected);
            QVERIFY2(sdiff.isEmpty(), qPrintable(sdiff));
            const DeviceHealth h = rec.lastHealth(id);
            QCOMPARE(h.polls, h.good);
            QCOMPARE(h.exceptions, 0u);
        }
        // The peer's phase C current and power are negative (a CT wired backwards).
        const Reading ra = rec.readings(a).first().reading;
        const auto ic = std::find_if(ra.values.begin(), ra.values.end(), [](const ReadingValue &v) {
            return v.key == QLatin1String("ic");
        });
        QVERIFY(ic != ra.values.end() && ic->ok && ic->value < 0);

        QVERIFY(rec.samples(3).isEmpty());
        const DeviceHealth h = rec.lastHealth(gone);
        QCOMPARE(h.good, 0u);
        QCOMPARE(h.consecutiveFailures, 3);
        QCOMPARE(h.timeouts, 3u);
        QVERIFY2(QRegularExpression(QStringLiteral("^timeout after \\d+ ms \\(meter 999999999999"))
                     .match(h.lastError)
                     .hasMatch(),
                 qPrintable(h.lastError));
        qInfo("meter A: %lld readings, %d ms a poll (11 requests); meter B: %d ms (6 requests); "
              "missing meter: %s",
              static_cast<long long>(rec.readingCount(a)), rec.lastHealth(a).lastRttMs,
              rec.lastHealth(b).lastRttMs, qPrintable(h.lastError));
    }
};

QTEST_GUILESS_MAIN(TestMeterPollerDlt645)
#include "tst_meterpoller_dlt645.moc"
