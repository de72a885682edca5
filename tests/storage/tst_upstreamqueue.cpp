// The store-and-forward queue of the HJ 212 upstream (storage/upstreamqueue.h): targets,
// queue order, answers by QN, statistics, pruning, and that a queued packet survives closing
// the database and a SIGKILL of the process right after enqueue() returned.
#include "vocsync/storage/upstreamqueue.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace vocsync;
using storage::QueuedPacket;
using storage::UpstreamQueue;
using storage::UpstreamTarget;

namespace {

constexpr char kChildFlag[] = "--enqueue-child";

UpstreamTarget makeTarget(const QString &name)
{
    UpstreamTarget t;
    t.name = name;
    t.host = QStringLiteral("127.0.0.1");
    t.port = 9000;
    t.mn = QStringLiteral("010000A8900016F000169DC0");
    t.password = QStringLiteral("123456");
    t.sourceId = QStringLiteral("E1");
    return t;
}

/// Packet i of a target: QN and frame derived from i, so a test can check every byte.
QueuedPacket makePacket(int targetId, int i)
{
    QueuedPacket p;
    p.targetId = targetId;
    p.qn = QByteArray("20261125100000") + QByteArray::number(i).rightJustified(3, '0');
    p.cn = 2011;
    p.dataTimeMs = 1'795'000'000'000 + i * 60'000LL;
    p.frame = "##0010frame-" + QByteArray::number(i) + "\r\n";
    p.createdMs = 1'795'000'100'000 + i;
    return p;
}

std::unique_ptr<UpstreamQueue> openQueue(const QString &path)
{
    auto q = UpstreamQueue::open(path);
    if (!q) {
        qWarning() << q.error().toString();
        return nullptr;
    }
    return std::move(q).value();
}

/// Child mode: queue `count` packets for a new target, say so on stdout, and wait to be
/// killed. Nothing after enqueue() returned may be needed for the rows to be there.
int runChild(const QString &path, int count)
{
    auto queue = openQueue(path);
    if (!queue)
        return 1;
    Result<int> id = queue->saveTarget(makeTarget(QStringLiteral("child")));
    if (!id)
        return 1;
    QList<QueuedPacket> packets;
    for (int i = 0; i < count; ++i)
        packets.append(makePacket(*id, i));
    if (Status s = queue->enqueue(packets); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    std::printf("enqueued %d\n", *id);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestUpstreamQueue : public QObject
{
    Q_OBJECT

private slots:
    void targetsSaveUpdateRemove();
    void pendingInOrderAndAckByQn();
    void statsAndPrune();
    void survivesReopen();
    void survivesSigkillAfterEnqueue();
    void latestQn();

private:
    QTemporaryDir m_dir;
};

void TestUpstreamQueue::targetsSaveUpdateRemove()
{
    auto queue = openQueue(m_dir.filePath(QStringLiteral("targets.db")));
    QVERIFY(queue);
    UpstreamTarget t = makeTarget(QStringLiteral("province"));
    t.version = 0;
    t.st = QStringLiteral("32");
    t.sourceKind = QStringLiteral("transmitter");
    t.sourceId = QStringLiteral("88888880000001");
    t.factorMap = QStringLiteral("hj212-2017");
    t.enabled = false;
    Result<int> id = queue->saveTarget(t);
    QVERIFY2(id, qPrintable(id.error().toString()));
    QVERIFY(*id > 0);
    Result<int> second = queue->saveTarget(makeTarget(QStringLiteral("city")));
    QVERIFY(second);
    QVERIFY(*second != *id);

    auto list = queue->targets();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    const UpstreamTarget &read = list->at(0);
    QCOMPARE(read.id, *id);
    QCOMPARE(read.name, QStringLiteral("province"));
    QCOMPARE(read.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(read.port, quint16(9000));
    QCOMPARE(read.mn, t.mn);
    QCOMPARE(read.password, t.password);
    QCOMPARE(read.st, QStringLiteral("32"));
    QCOMPARE(read.version, 0);
    QCOMPARE(read.sourceKind, QStringLiteral("transmitter"));
    QCOMPARE(read.sourceId, QStringLiteral("88888880000001"));
    QCOMPARE(read.factorMap, QStringLiteral("hj212-2017"));
    QCOMPARE(read.enabled, false);

    t.id = *id;
    t.port = 9100;
    t.enabled = true;
    QCOMPARE(queue->saveTarget(t).value(), *id);
    list = queue->targets();
    QCOMPARE(list->at(0).port, quint16(9100));
    QCOMPARE(list->at(0).enabled, true);

    UpstreamTarget bad = makeTarget(QStringLiteral("bad"));
    bad.sourceKind = QStringLiteral("point");
    QVERIFY(!queue->saveTarget(bad));
    UpstreamTarget missing = makeTarget(QStringLiteral("missing"));
    missing.id = 999;
    QVERIFY(!queue->saveTarget(missing));

    QVERIFY(queue->enqueue({makePacket(*id, 1), makePacket(*second, 1)}));
    QVERIFY(queue->removeTarget(*id));
    list = queue->targets();
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, *second);
    QCOMPARE(queue->pending(*id, 10)->size(), 0);   // its queue went with it
    QCOMPARE(queue->pending(*second, 10)->size(), 1);
}

void TestUpstreamQueue::pendingInOrderAndAckByQn()
{
    auto queue = openQueue(m_dir.filePath(QStringLiteral("order.db")));
    QVERIFY(queue);
    const int a = queue->saveTarget(makeTarget(QStringLiteral("a"))).value();
    const int b = queue->saveTarget(makeTarget(QStringLiteral("b"))).value();
    QList<QueuedPacket> batch;
    for (int i = 0; i < 10; ++i)
        batch.append(makePacket(a, i));
    QVERIFY(queue->enqueue(batch));
    QVERIFY(queue->enqueue({makePacket(b, 0)})); // same QN, other target: allowed
    // The same QN twice for one target is refused, and the whole batch with it.
    QVERIFY(!queue->enqueue({makePacket(a, 10), makePacket(a, 3)}));
    QCOMPARE(queue->pending(a, 100)->size(), 10);

    auto pending = queue->pending(a, 4);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QueuedPacket &p = pending->at(i);
        const QueuedPacket want = makePacket(a, i);
        QCOMPARE(p.qn, want.qn);
        QCOMPARE(p.frame, want.frame);
        QCOMPARE(p.cn, 2011);
        QCOMPARE(p.dataTimeMs, want.dataTimeMs);
        QCOMPARE(p.createdMs, want.createdMs);
        QCOMPARE(p.attempts, 0);
        QCOMPARE(p.ackedMs, std::int64_t(0));
        if (i > 0)
            QVERIFY(p.id > pending->at(i - 1).id);
    }

    QVERIFY(queue->markSent(pending->at(0).id, 5000, 15000));
    QVERIFY(queue->markSent(pending->at(0).id, 16000, 28000));
    auto again = queue->pending(a, 1);
    QCOMPARE(again->at(0).attempts, 2);
    QCOMPARE(again->at(0).lastSentMs, std::int64_t(16000));
    QCOMPARE(again->at(0).nextTryMs, std::int64_t(28000));

    // Answers arrive out of order: the oldest unanswered stays first.
    QCOMPARE(queue->markAcked(a, makePacket(a, 1).qn, 20000, QStringLiteral("9014")).value(),
             true);
    QCOMPARE(queue->markAcked(a, makePacket(a, 1).qn, 20001, QStringLiteral("9014")).value(),
             false); // a late duplicate answer
    QCOMPARE(queue->markAcked(a, "20990101000000000", 20002, QStringLiteral("9014")).value(),
             false);
    pending = queue->pending(a, 3);
    QCOMPARE(pending->at(0).qn, makePacket(a, 0).qn);
    QCOMPARE(pending->at(1).qn, makePacket(a, 2).qn);
    QCOMPARE(pending->at(2).qn, makePacket(a, 3).qn);
    // Target b's packet with the same QN is untouched.
    QCOMPARE(queue->pending(b, 10)->size(), 1);
}

void TestUpstreamQueue::statsAndPrune()
{
    auto queue = openQueue(m_dir.filePath(QStringLiteral("stats.db")));
    QVERIFY(queue);
    const int a = queue->saveTarget(makeTarget(QStringLiteral("a"))).value();
    auto empty = queue->stats(a);
    QVERIFY(empty);
    QCOMPARE(empty->pending, std::int64_t(0));
    QCOMPARE(empty->oldestPendingMs, std::int64_t(0));
    QList<QueuedPacket> batch;
    for (int i = 0; i < 6; ++i)
        batch.append(makePacket(a, i));
    QVERIFY(queue->enqueue(batch));
    QVERIFY(queue->markAcked(a, makePacket(a, 0).qn, 1000, QStringLiteral("first")).value());
    QVERIFY(queue->markAcked(a, makePacket(a, 2).qn, 3000, QStringLiteral("third")).value());
    QVERIFY(queue->markAcked(a, makePacket(a, 1).qn, 2000, QStringLiteral("second")).value());
    auto st = queue->stats(a);
    QVERIFY(st);
    QCOMPARE(st->pending, std::int64_t(3));
    QCOMPARE(st->acked, std::int64_t(3));
    QCOMPARE(st->oldestPendingMs, makePacket(a, 3).createdMs);
    QCOMPARE(st->lastAckedMs, std::int64_t(3000));
    QCOMPARE(st->lastAnswer, QStringLiteral("third"));

    auto pruned = queue->pruneAcked(2500);
    QVERIFY(pruned);
    QCOMPARE(*pruned, 2); // acked at 1000 and 2000; never a pending one
    st = queue->stats(a);
    QCOMPARE(st->pending, std::int64_t(3));
    QCOMPARE(st->acked, std::int64_t(1));
    QCOMPARE(queue->pruneAcked(1'000'000).value(), 1);
    QCOMPARE(queue->stats(a)->pending, std::int64_t(3));
}

void TestUpstreamQueue::survivesReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    int id = 0;
    {
        auto queue = openQueue(path);
        QVERIFY(queue);
        id = queue->saveTarget(makeTarget(QStringLiteral("a"))).value();
        QList<QueuedPacket> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(makePacket(id, i));
        QVERIFY(queue->enqueue(batch));
        QVERIFY(queue->markAcked(id, makePacket(id, 0).qn, 1000, QStringLiteral("ok")).value());
    }
    auto queue = openQueue(path);
    QVERIFY(queue);
    auto pending = queue->pending(id, 1000);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 49);
    for (int i = 0; i < 49; ++i)
        QCOMPARE(pending->at(i).frame, makePacket(id, i + 1).frame);
    QCOMPARE(queue->stats(id)->acked, std::int64_t(1));
}

void TestUpstreamQueue::survivesSigkillAfterEnqueue()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.db"));
    constexpr int kCount = 300;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kChildFlag), path, QString::number(kCount)});
    QVERIFY(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains('\n')) {
        QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("enqueued "), out.constData());
    const int id = out.mid(9).trimmed().toInt();
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto queue = openQueue(path);
    QVERIFY(queue);
    auto pending = queue->pending(id, kCount + 10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), kCount);
    for (int i = 0; i < kCount; ++i) {
        QCOMPARE(pending->at(i).qn, makePacket(id, i).qn);
        QCOMPARE(pending->at(i).frame, makePacket(id, i).frame);
    }
}

void TestUpstreamQueue::latestQn()
{
    auto queue = openQueue(m_dir.filePath(QStringLiteral("qn.db")));
    QVERIFY(queue);
    QCOMPARE(queue->latestQn().value(), QByteArray());
    const int a = queue->saveTarget(makeTarget(QStringLiteral("a"))).value();
    const int b = queue->saveTarget(makeTarget(QStringLiteral("b"))).value();
    QVERIFY(queue->enqueue({makePacket(a, 7), makePacket(b, 42), makePacket(a, 9)}));
    QCOMPARE(queue->latestQn().value(), makePacket(b, 42).qn);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestUpstreamQueue test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_upstreamqueue.moc"
