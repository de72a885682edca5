// StreamFramer: a TCP byte stream cut into frames, whatever the reads look like: split at
// every byte position, several frames per read, noise, damaged frames (resynchronising on the
// next "##" after the bad one), oversize lengths, bounded memory under random bytes.
#include "vocsync/hj212/streamframer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vocsync::hj212;

namespace {

const QByteArray kC14 = "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80\r\n";
const QByteArray kA1 = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n";
const QByteArray k9014 = "##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&3240\r\n";

using Items = QList<StreamFramer::Item>;

Items drain(StreamFramer &f)
{
    Items out;
    StreamFramer::Item item;
    while (f.next(item))
        out.append(item);
    return out;
}

Items feed(const QList<QByteArray> &reads, bool finish = false, int maxSegment = kMaxSegment)
{
    StreamFramer f(maxSegment);
    Items out;
    for (const QByteArray &r : reads) {
        f.append(r);
        out += drain(f);
    }
    if (finish) {
        f.finish();
        out += drain(f);
    }
    return out;
}

QString describe(const Items &items)
{
    QStringList s;
    for (const auto &i : items) {
        s << (i.kind == StreamFramer::Kind::Frame ? QStringLiteral("frame@") : QStringLiteral("junk@"))
                 + QString::number(i.streamOffset) + QLatin1Char('+')
                 + QString::number(i.bytes.size()) + QLatin1Char('[')
                 + reasonKey(i.why.reason) + QLatin1Char(']');
    }
    return s.join(QStringLiteral(", "));
}

bool isFrame(const StreamFramer::Item &i, const QByteArray &bytes, std::int64_t at)
{
    return i.kind == StreamFramer::Kind::Frame && i.bytes == bytes && i.streamOffset == at;
}

bool isJunk(const StreamFramer::Item &i, Reason why, std::int64_t at, qsizetype size)
{
    return i.kind == StreamFramer::Kind::Junk && i.why.reason == why && i.streamOffset == at
           && i.bytes.size() == size;
}

} // namespace

class TestStreamFramer : public QObject
{
    Q_OBJECT

private slots:
    void oneFrame();
    void splitAtEveryPosition_data();
    void splitAtEveryPosition();
    void splitInThreeEverywhere();
    void severalFramesInOneRead();
    void byteByByte();
    void noiseBeforeHeader();
    void hashesInsideNoise();
    void badCrcResyncs();
    void badLengthResyncs();
    void badTailResyncs();
    void oversizeLengthIsJunkAtOnce();
    void perConnectionLimit();
    void terminators();
    void terminatorInNextRead();
    void quietFlushWithoutTerminator();
    void finishReturnsPartialTail();
    void randomBytesKeepMemoryBounded();
    void randomReadsFindEveryFrame();
};

void TestStreamFramer::oneFrame()
{
    const Items items = feed({kC14});
    QCOMPARE(items.size(), 1);
    QVERIFY(isFrame(items[0], kC14, 0));
    StreamFramer f;
    f.append(kC14);
    QCOMPARE(f.pending(), kC14.size());
    QCOMPARE(f.bytesIn(), std::int64_t(kC14.size()));
    drain(f);
    QCOMPARE(f.pending(), 0);
}

void TestStreamFramer::splitAtEveryPosition_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("2017-C.14-2011") << kC14;
    QTest::newRow("2017-A.example-1062") << kA1;
    QTest::newRow("2017-C.14-9014") << k9014;
}

void TestStreamFramer::splitAtEveryPosition()
{
    QFETCH(QByteArray, frame);
    const QByteArray stream = frame + kA1; // a second frame behind, to see the cut is clean
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        const Items items = feed({stream.left(cut), stream.mid(cut)});
        QVERIFY2(items.size() == 2, qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(describe(items))));
        QVERIFY2(isFrame(items[0], frame, 0),
                 qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(describe(items))));
        QVERIFY2(isFrame(items[1], kA1, frame.size()),
                 qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(describe(items))));
    }
}

void TestStreamFramer::splitInThreeEverywhere()
{
    const QByteArray &frame = k9014;
    for (qsizetype a = 1; a < frame.size() - 3; ++a) {
        for (qsizetype b = a + 1; b < frame.size() - 2; ++b) {
            const Items items = feed({frame.left(a), frame.mid(a, b - a), frame.mid(b)});
            QVERIFY2(items.size() == 1 && isFrame(items[0], frame, 0),
                     qPrintable(QStringLiteral("%1/%2: %3").arg(a).arg(b).arg(describe(items))));
        }
    }
}

void TestStreamFramer::severalFramesInOneRead()
{
    const Items items = feed({kC14 + kA1 + k9014 + kA1});
    QCOMPARE(items.size(), 4);
    QVERIFY(isFrame(items[0], kC14, 0));
    QVERIFY(isFrame(items[1], kA1, kC14.size()));
    QVERIFY(isFrame(items[2], k9014, kC14.size() + kA1.size()));
    QVERIFY(isFrame(items[3], kA1, kC14.size() + kA1.size() + k9014.size()));
}

void TestStreamFramer::byteByByte()
{
    const QByteArray stream = kA1 + kC14;
    QList<QByteArray> reads;
    for (char c : stream)
        reads.append(QByteArray(1, c));
    const Items items = feed(reads);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].bytes.left(kA1.size() - 2), kA1.left(kA1.size() - 2));
    QCOMPARE(items[1].streamOffset, std::int64_t(kA1.size()));
}

void TestStreamFramer::noiseBeforeHeader()
{
    const Items items = feed({"\r\nGARBAGE#" + kA1});
    QVERIFY2(items.size() == 2, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::BadHeader, 0, 10));
    QCOMPARE(items[0].bytes, QByteArray("\r\nGARBAGE#"));
    QVERIFY(isFrame(items[1], kA1, 10));
}

void TestStreamFramer::hashesInsideNoise()
{
    // "##yy" is a false start: junk up to the next "##", then the frame.
    const Items items = feed({"xx##yy" + kA1});
    QVERIFY2(items.size() == 3, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::BadHeader, 0, 2));
    QVERIFY(isJunk(items[1], Reason::BadLength, 2, 4));
    QCOMPARE(items[1].why.offset, qsizetype(2));
    QVERIFY(isFrame(items[2], kA1, 6));
    // "###0101...": the first '#' is noise, the frame starts at the second.
    const Items three = feed({"#" + kA1});
    QVERIFY2(three.size() == 2, qPrintable(describe(three)));
    QVERIFY(isFrame(three[1], kA1, 1));
}

void TestStreamFramer::badCrcResyncs()
{
    QByteArray bad = kA1;
    bad[bad.size() - 3] = '1'; // 1C80 -> 1C81
    const Items items = feed({bad + kC14});
    QVERIFY2(items.size() == 2, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::BadCrc, 0, bad.size()));
    QVERIFY2(items[0].why.message.contains(QStringLiteral("expected 1C80, found 1C81")),
             qPrintable(items[0].why.message));
    QCOMPARE(items[0].why.offset, qsizetype(107));
    QVERIFY(isFrame(items[1], kC14, bad.size()));
}

void TestStreamFramer::badLengthResyncs()
{
    // Declared 0150 for a 101-byte segment: the "CRC" lands inside the next frame.
    QByteArray bad = kA1;
    bad.replace(2, 4, "0150");
    const Items items = feed({bad + kC14});
    QVERIFY2(items.size() == 2, qPrintable(describe(items)));
    QCOMPARE(items[0].kind, StreamFramer::Kind::Junk);
    QCOMPARE(items[0].bytes, bad);
    QVERIFY(isFrame(items[1], kC14, bad.size()));
    // Declared too short: the CRC position holds segment text.
    QByteArray shortLen = kA1;
    shortLen.replace(2, 4, "0090");
    const Items second = feed({shortLen + kC14});
    QVERIFY2(second.size() == 2, qPrintable(describe(second)));
    QCOMPARE(second[0].why.reason, Reason::BadCrc);
    QVERIFY(isFrame(second[1], kC14, shortLen.size()));
}

void TestStreamFramer::badTailResyncs()
{
    const QByteArray bad = kA1.left(kA1.size() - 2) + "XY";
    const Items items = feed({bad + k9014});
    QVERIFY2(items.size() == 2, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::BadTail, 0, bad.size()));
    QCOMPARE(items[0].why.offset, qsizetype(111));
    QVERIFY(isFrame(items[1], k9014, bad.size()));
}

void TestStreamFramer::oversizeLengthIsJunkAtOnce()
{
    StreamFramer f;
    f.append("##9999QN=2016");
    StreamFramer::Item item;
    QVERIFY(f.next(item)); // no waiting for 9999 bytes
    QCOMPARE(item.kind, StreamFramer::Kind::Junk);
    QCOMPARE(item.why.reason, Reason::TooLong);
    QCOMPARE(item.why.offset, qsizetype(2));
    QVERIFY(item.why.message.contains(QStringLiteral("9999")));
    f.append(kA1);
    const Items rest = drain(f);
    QVERIFY2(rest.size() == 1 && isFrame(rest[0], kA1, 13), qPrintable(describe(rest)));
}

void TestStreamFramer::perConnectionLimit()
{
    const Items items = feed({kC14 + kA1}, false, 200);
    QVERIFY2(items.size() == 2, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::TooLong, 0, kC14.size()));
    QVERIFY(isFrame(items[1], kA1, kC14.size()));
}

void TestStreamFramer::terminators()
{
    const QByteArray lf = kA1.left(kA1.size() - 2) + "\n";
    const QByteArray none = k9014.left(k9014.size() - 2);
    StreamFramer f;
    f.append(QByteArray(lf + none + kC14 + none));
    Items items = drain(f);
    QVERIFY2(items.size() == 3, qPrintable(describe(items)));
    QVERIFY(isFrame(items[0], lf, 0));
    QVERIFY(isFrame(items[1], none, lf.size()));
    QVERIFY(isFrame(items[2], kC14, lf.size() + none.size()));
    // The last frame has no terminator: whether one comes is known at the next byte or at
    // the end of the stream.
    QCOMPARE(f.pending(), none.size());
    f.finish();
    items = drain(f);
    QVERIFY2(items.size() == 1, qPrintable(describe(items)));
    QVERIFY(isFrame(items[0], none, lf.size() + none.size() + kC14.size()));
    // A lone CR is not a terminator.
    const Items cr = feed({none + "\r" + kA1});
    QVERIFY2(cr.size() == 2, qPrintable(describe(cr)));
    QVERIFY(isJunk(cr[0], Reason::BadTail, 0, none.size() + 1));
    QVERIFY(isFrame(cr[1], kA1, none.size() + 1));
}

void TestStreamFramer::terminatorInNextRead()
{
    const QByteArray body = kA1.left(kA1.size() - 2);
    for (const QList<QByteArray> &reads :
         {QList<QByteArray>{body, "\r\n" + k9014}, QList<QByteArray>{body + "\r", "\n" + k9014},
          QList<QByteArray>{body, "\r", "\n", k9014}}) {
        const Items items = feed(reads);
        QVERIFY2(items.size() == 2, qPrintable(describe(items)));
        QVERIFY(isFrame(items[0], kA1, 0));
        QVERIFY(isFrame(items[1], k9014, kA1.size()));
    }
    // A stream that stops after the CRC: the frame comes out at finish().
    const Items closed = feed({body + "\r"}, true);
    QVERIFY2(closed.size() == 2, qPrintable(describe(closed)));
    QVERIFY(isFrame(closed[0], body, 0));
    QVERIFY(isJunk(closed[1], Reason::BadHeader, body.size(), 1));
}

/// A peer that sends no terminator and waits for the answer (hj212.md §13.3): the frame comes
/// out on flushComplete() (the connection calls it after a quiet time), and a terminator that
/// does arrive later is not reported as junk.
void TestStreamFramer::quietFlushWithoutTerminator()
{
    const QByteArray body = kA1.left(kA1.size() - 2);
    const QByteArray answerBody = k9014.left(k9014.size() - 2);
    for (const QList<QByteArray> &later :
         {QList<QByteArray>{answerBody}, QList<QByteArray>{"\r\n" + answerBody},
          QList<QByteArray>{"\n" + answerBody}, QList<QByteArray>{"\r", "\n", answerBody}}) {
        StreamFramer f;
        f.append(body);
        Items items = drain(f);
        QVERIFY2(items.isEmpty(), qPrintable(describe(items))); // may still get its CR LF
        f.flushComplete();
        items = drain(f);
        QVERIFY2(items.size() == 1, qPrintable(describe(items)));
        QVERIFY(isFrame(items[0], body, 0));
        for (const QByteArray &r : later) {
            f.append(r);
            items += drain(f);
        }
        f.flushComplete();
        items += drain(f);
        QVERIFY2(items.size() == 2, qPrintable(describe(items)));
        QVERIFY(items[1].kind == StreamFramer::Kind::Frame && items[1].bytes == answerBody);
    }
    // flushComplete() on a partial frame changes nothing: it is not complete.
    StreamFramer f;
    f.append(kA1.left(40));
    f.flushComplete();
    QVERIFY(drain(f).isEmpty());
    QCOMPARE(f.pending(), 40);
}

void TestStreamFramer::finishReturnsPartialTail()
{
    StreamFramer f;
    f.append(QByteArray(kA1 + kC14.left(50)));
    Items items = drain(f);
    QCOMPARE(items.size(), 1);
    QCOMPARE(f.pending(), 50);
    f.finish();
    items = drain(f);
    QVERIFY2(items.size() == 1, qPrintable(describe(items)));
    QVERIFY(isJunk(items[0], Reason::LengthMismatch, kA1.size(), 50));
    QCOMPARE(f.pending(), 0);
    // Noise and a lone '#' at the end are junk too once the stream is closed.
    StreamFramer g;
    g.append("abc#");
    items = drain(g);
    QVERIFY2(items.size() == 1 && items[0].bytes == "abc", qPrintable(describe(items)));
    g.finish();
    items = drain(g);
    QVERIFY2(items.size() == 1 && items[0].bytes == "#", qPrintable(describe(items)));
    // The framer can be used again afterwards.
    g.append(kA1);
    items = drain(g);
    QVERIFY2(items.size() == 1 && isFrame(items[0], kA1, 4), qPrintable(describe(items)));
}

void TestStreamFramer::randomBytesKeepMemoryBounded()
{
    QRandomGenerator rng(212);
    StreamFramer f;
    std::int64_t junkBytes = 0;
    std::int64_t in = 0;
    const QByteArray alphabet = "##0123456789ABCDEF&;=\r\n";
    for (int round = 0; round < 20000; ++round) {
        const int size = int(rng.bounded(1, 300));
        QByteArray read(size, Qt::Uninitialized);
        for (char &c : read) {
            // Mostly protocol characters, so that "##" and digit lengths occur often.
            c = rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet[rng.bounded(alphabet.size())];
        }
        f.append(read);
        in += size;
        QVERIFY2(f.pending() <= kMaxFrame + size, qPrintable(QString::number(f.pending())));
        StreamFramer::Item item;
        while (f.next(item)) {
            QVERIFY(!item.bytes.isEmpty());
            junkBytes += item.bytes.size();
        }
        QVERIFY2(f.pending() <= kMaxFrame, qPrintable(QString::number(f.pending())));
    }
    f.finish();
    for (const auto &item : drain(f))
        junkBytes += item.bytes.size();
    // Every byte came out exactly once (as junk or, rarely, inside a frame).
    QCOMPARE(junkBytes, in);
    QCOMPARE(f.bytesIn(), in);
}

void TestStreamFramer::randomReadsFindEveryFrame()
{
    QRandomGenerator rng(2017);
    const QList<QByteArray> frames = {kC14, kA1, k9014};
    QByteArray stream;
    QList<std::int64_t> where;
    for (int i = 0; i < 400; ++i) {
        if (rng.bounded(3) == 0) {
            QByteArray noise(int(rng.bounded(1, 40)), Qt::Uninitialized);
            for (char &c : noise)
                c = "#0123xyz\r\n"[rng.bounded(10)];
            stream += noise;
        }
        where.append(stream.size());
        stream += frames[i % 3];
    }
    StreamFramer f;
    Items items;
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype n = std::min<qsizetype>(rng.bounded(1, 700), stream.size() - at);
        f.append(QByteArrayView(stream).sliced(at, n));
        at += n;
        items += drain(f);
    }
    f.finish();
    items += drain(f);
    QList<std::int64_t> found;
    for (const auto &i : items) {
        if (i.kind == StreamFramer::Kind::Frame)
            found.append(i.streamOffset);
    }
    QCOMPARE(found, where);
}

QTEST_APPLESS_MAIN(TestStreamFramer)
#include "tst_streamframer.moc"
