// Review: line noise (a false 0x68 start) before a DL/T 645 reply must be skipped, not fail
// the poll. docs/dlt645.md: "scanFrame skips wake-up bytes and noise before a 68 ... and
// reports checksum, end-byte, second-68 and length errors; the caller drops the bytes it
// reports and scans again." dlt645_peer.py --garbage-every 1 puts such noise before every
// reply, then the complete, correct reply.
#include "peerprocess.h"
#include "pollrecorder.h"

#include "vocsync/acquisition/templatelibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vocsync;
using namespace vocsync::acquisition;
using namespace peertest;

class TestReviewDlt645Noise : public QObject
{
    Q_OBJECT

    TemplateLibrary m_templates = TemplateLibrary::builtin();

private slots:
    void noiseBeforeTheReplyIsSkipped()
    {
        const QString missing = missingTools(true, false);
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PtyPair pty;
        QString error = pty.start(dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString address = QStringLiteral("000012345678");
        Dlt645Peer peer(dir.path(), QStringLiteral("dlt"));
        error = peer.start(pty.peer(), {address}, {QStringLiteral("--garbage-every"),
                                                   QStringLiteral("1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Device d = meter(QStringLiteral("D"), QStringLiteral("dlt645"), pty.station(), address,
                         QStringLiteral("dlt645-2007-single-phase"), 800);
        d.serial.baud = 2400;
        d.serial.parity = 'E';
        MeterPoller poller(&m_templates);
        PollRecorder rec(poller);
        QVERIFY(poller.configure({d}, {}).isEmpty());
        poller.start();
        const bool done = waitUntil([&] { return rec.lastHealth(QStringLiteral("D")).polls >= 3; },
                                    30000);
        poller.stop();
        QVERIFY2(done, qPrintable(rec.describe(QStringLiteral("D"))));
        const DeviceHealth h = rec.lastHealth(QStringLiteral("D"));
        QVERIFY2(h.good == h.polls && h.badFrames == 0, qPrintable(rec.describe(QStringLiteral("D"))));
    }
};

QTEST_GUILESS_MAIN(TestReviewDlt645Noise)
#include "tst_meterpoller_dlt645noise.moc"
