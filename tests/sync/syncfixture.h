#pragma once

// Shared by the sync tests: a small plant, the shipped factor maps, and a fake central
// platform (a QTcpServer on 127.0.0.1) that parses every frame with the codec, records it,
// answers 9014 as a policy says, and drops duplicates by QN as a real platform does.

#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/hj212/streamframer.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/upstreamqueue.h"
#include "vocsync/sync/upstreamforwarder.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtDebug>

#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace syncfixture {

inline const QString kMn = QStringLiteral("010000A8900016F000169DC0");
inline const QString kPw = QStringLiteral("123456");

/// The shipped factor maps (resources/hj212), as the acquisition module would load them.
inline vocsync::hj212::FactorMapSet loadMaps()
{
    vocsync::hj212::FactorMapSet set;
    const QDir dir(qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/hj212"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")})) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning() << "cannot read" << f.fileName();
            continue;
        }
        vocsync::Result<vocsync::hj212::FactorMap> map =
            vocsync::hj212::parseFactorMap(f.readAll(), f.fileName());
        if (!map) {
            qWarning() << map.error().toString();
            continue;
        }
        set.add(std::move(map).value());
    }
    return set;
}

/// Enterprise E1 with three points whose keys are not in id order (P-B key 1, P-C key 2,
/// P-A key 3: the channel is the storage key, so P-A is channel 3 although its id sorts
/// first), and E2 with one point (key 4).
inline bool createPlant(const QString &dbPath)
{
    auto conn = vocsync::storage::Connection::open(dbPath);
    if (!conn) {
        qWarning() << conn.error().toString();
        return false;
    }
    QSqlQuery q(conn->db());
    const char *const statements[] = {
        "INSERT INTO enterprise(id, name) VALUES('E1', 'Furniture'), ('E2', 'Printing')",
        "INSERT INTO facility(id, enterprise_id, name, kind) VALUES"
        " ('F1', 'E1', 'Spray booth', 'production'), ('F2', 'E1', 'Fan', 'treatment'),"
        " ('F3', 'E2', 'Press', 'production')",
        "INSERT INTO point(key, id, facility_id, interval_s, channels) VALUES"
        " (1, 'P-B', 'F1', 10, 'current_a:3,voltage_v:1,power_kw:3,energy_kwh:2'),"
        " (2, 'P-C', 'F2', 10, 'current_a:3,power_kw:3'),"
        " (3, 'P-A', 'F2', 10, 'current_a:3,voltage_v:1,power_kw:3,energy_kwh:2,frequency_hz:2'),"
        " (4, 'P-Z', 'F3', 10, 'current_a:3')"};
    for (const char *s : statements) {
        if (!q.exec(QString::fromLatin1(s))) {
            qWarning() << q.lastError().text() << s;
            return false;
        }
    }
    return true;
}

inline vocsync::Plant makePlant()
{
    vocsync::Plant p;
    vocsync::Enterprise e1;
    e1.id = QStringLiteral("E1");
    vocsync::Enterprise e2;
    e2.id = QStringLiteral("E2");
    p.enterprises = {e1, e2};
    const auto facility = [](const char *id, const char *ent) {
        vocsync::Facility f;
        f.id = QString::fromLatin1(id);
        f.enterpriseId = QString::fromLatin1(ent);
        return f;
    };
    p.facilities = {facility("F1", "E1"), facility("F2", "E1"), facility("F3", "E2")};
    const auto point = [](std::uint32_t key, const char *id, const char *fac,
                          QList<vocsync::Channel> channels) {
        vocsync::MonitoringPoint m;
        m.key = key;
        m.id = QString::fromLatin1(id);
        m.facilityId = QString::fromLatin1(fac);
        m.channels = std::move(channels);
        return m;
    };
    using vocsync::Quantity;
    const vocsync::Channel i{Quantity::CurrentA, 3}, u{Quantity::VoltageV, 1},
        pw{Quantity::PowerKw, 3}, e{Quantity::EnergyKwh, 2}, f{Quantity::FrequencyHz, 2};
    p.points = {point(1, "P-B", "F1", {i, u, pw, e}), point(2, "P-C", "F2", {i, pw}),
                point(3, "P-A", "F2", {i, u, pw, e, f}), point(4, "P-Z", "F3", {i})};
    return p;
}

/// Channel of a point key in E1: the key itself (P-B 1, P-C 2, P-A 3), not the id order.
inline int channelOf(std::uint32_t key)
{
    return key >= 1 && key <= 3 ? static_cast<int>(key) : 0;
}
inline std::uint32_t keyOfChannel(int channel)
{
    return channel >= 1 && channel <= 3 ? static_cast<std::uint32_t>(channel) : 0;
}

/// A deterministic sample of point `key` at `tMs`, at the points' resolutions.
inline vocsync::Sample makeSample(std::uint32_t key, std::int64_t tMs, std::int64_t seq)
{
    vocsync::Sample s;
    s.point = key;
    s.tMs = tMs;
    const std::int64_t h = (seq * 2654435761LL + key * 97) % 100000;
    s.set(vocsync::Quantity::CurrentA, static_cast<double>(20000 + h % 3000) / 1000.0);
    if (key == 4) // E2's point measures current only
        return s;
    s.set(vocsync::Quantity::PowerKw, static_cast<double>(9000 + h % 700) / 1000.0);
    if (key != 2) {
        s.set(vocsync::Quantity::VoltageV, static_cast<double>(3800 + h % 41) / 10.0);
        s.set(vocsync::Quantity::EnergyKwh, static_cast<double>(100000 + seq * 3) / 100.0);
    }
    if (key == 3)
        s.set(vocsync::Quantity::FrequencyHz, static_cast<double>(4990 + h % 20) / 100.0);
    return s;
}

/// One received data frame.
struct Received
{
    QByteArray qn;
    int cn = 0;
    std::int64_t dataTimeMs = 0;
    QByteArray frame;
    vocsync::hj212::Packet packet;
    int connection = 0;
};

/// The fake platform. `answerDelayMs(packet, receiptNumber)` says when to answer a data
/// packet with 9014: 0 at once, > 0 after that many ms, < 0 never (receiptNumber counts the
/// receipts of this QN, from 1).
class FakePlatform
{
public:
    std::function<int(const Received &, int)> answerDelayMs = [](const Received &, int) {
        return 0;
    };
    /// Close the connection after this many data frames on it (0: never).
    int dropAfterFrames = 0;
    /// Accept connections and close them at once (a broken platform).
    bool closeOnAccept = false;

    FakePlatform()
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                         [this] { onNewConnection(); });
    }
    ~FakePlatform() { close(); }

    bool listen(quint16 port)
    {
        return m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), port);
    }
    quint16 port() const { return m_server.serverPort(); }
    /// The clock of acceptMs.
    std::int64_t nowMs() const { return m_clock.elapsed(); }
    void close()
    {
        m_server.close();
        dropConnections();
    }
    void dropConnections()
    {
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }
    bool hasConnection() const
    {
        for (const QPointer<QTcpSocket> &s : m_sockets) {
            if (s && s->state() == QAbstractSocket::ConnectedState)
                return true;
        }
        return false;
    }
    /// Writes a frame to the newest connection.
    bool send(const QByteArray &frame)
    {
        for (auto it = m_sockets.crbegin(); it != m_sockets.crend(); ++it) {
            if (*it && (*it)->state() == QAbstractSocket::ConnectedState) {
                (*it)->write(frame);
                return true;
            }
        }
        return false;
    }

    QList<Received> data;           ///< every data frame in arrival order, duplicates included
    QList<Received> distinct;       ///< first receipt of each QN, in arrival order
    QList<vocsync::hj212::Packet> others;    ///< frames without A: answers, history uploads
    QList<QByteArray> rejected;     ///< frames the codec refused
    QList<std::int64_t> acceptMs;   ///< when each connection was accepted (monotonic)
    QHash<QByteArray, int> receipts;

private:
    void onNewConnection()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            acceptMs.append(m_clock.elapsed());
            if (closeOnAccept) {
                s->abort();
                s->deleteLater();
                continue;
            }
            const int id = ++m_connections;
            auto framer = std::make_shared<vocsync::hj212::StreamFramer>();
            auto count = std::make_shared<int>(0);
            m_sockets.append(s);
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, framer, count, id] {
                framer->append(s->readAll());
                vocsync::hj212::StreamFramer::Item item;
                while (s->state() == QAbstractSocket::ConnectedState && framer->next(item)) {
                    if (item.kind == vocsync::hj212::StreamFramer::Kind::Frame)
                        onFrame(s, item.bytes, id, *count);
                }
            });
        }
    }

    void onFrame(QTcpSocket *s, const QByteArray &bytes, int connection, int &count)
    {
        vocsync::hj212::Packet p;
        vocsync::hj212::Rejection why;
        if (!vocsync::hj212::parseFrame(bytes, p, why)) {
            rejected.append(bytes);
            qWarning() << "platform rejected" << why.message << bytes.left(80);
            return;
        }
        if (!p.answerRequested()) {
            others.append(p);
            return;
        }
        Received r{p.qn.toByteArray(), p.cn, p.dataTimeMs, bytes, p, connection};
        data.append(r);
        const int n = ++receipts[r.qn];
        if (n == 1)
            distinct.append(r);
        ++count;
        const int delay = answerDelayMs(r, n);
        if (delay >= 0) {
            const QByteArray answer =
                vocsync::hj212::encodeFrame(vocsync::hj212::dataAnswer(p)).value();
            QPointer<QTcpSocket> guard(s);
            if (delay == 0)
                s->write(answer);
            else
                QTimer::singleShot(delay, s, [guard, answer] {
                    if (guard && guard->state() == QAbstractSocket::ConnectedState)
                        guard->write(answer);
                });
        }
        if (dropAfterFrames > 0 && count >= dropAfterFrames) {
            dropAfterFrames = 0;
            s->abort();
        }
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QElapsedTimer m_clock;
    int m_connections = 0;
};

/// A free TCP port on 127.0.0.1 (nobody listens on it afterwards: connections are refused).
inline quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
        return 0;
    return s.serverPort();
}

/// One decoded value a platform got: point key, DataTime, quantity -> value.
struct SampleKey
{
    std::uint32_t point = 0;
    std::int64_t tMs = 0;
    friend bool operator<(const SampleKey &a, const SampleKey &b)
    {
        return a.point != b.point ? a.point < b.point : a.tMs < b.tMs;
    }
    friend bool operator==(const SampleKey &, const SampleKey &) = default;
};
using SampleValues = std::map<SampleKey, std::map<int, double>>;

/// What the platform can read out of real-time packets of E1 under vocsync-electric.
inline SampleValues decodeSamples(const QList<Received> &packets,
                                  const vocsync::hj212::FactorMapSet &maps)
{
    SampleValues out;
    for (const Received &r : packets) {
        for (const vocsync::hj212::Factor &f : r.packet.factors) {
            const auto meaning = maps.resolve(QStringLiteral("vocsync-electric"), f.code.view());
            if (!meaning || !meaning->quantity || !f.has(vocsync::hj212::Part::Rtd))
                continue;
            const SampleKey key{keyOfChannel(meaning->channel), r.dataTimeMs};
            out[key][vocsync::index(*meaning->quantity)] = f.value(vocsync::hj212::Part::Rtd);
        }
    }
    return out;
}

inline SampleValues expectedSamples(const vocsync::SampleBatch &batch)
{
    SampleValues out;
    for (const vocsync::Sample &s : batch) {
        if (channelOf(s.point) == 0)
            continue;
        for (vocsync::Quantity q : vocsync::kAllQuantities) {
            if (s.has(q))
                out[{s.point, s.tMs}][vocsync::index(q)] = s.value(q);
        }
    }
    return out;
}

/// An upstream target of E1 (or of a transmitter) on 127.0.0.1:port, saved in the database.
inline int saveTarget(const QString &dbPath, quint16 port,
                      const QString &kind = QStringLiteral("enterprise"),
                      const QString &source = QStringLiteral("E1"))
{
    auto queue = vocsync::storage::UpstreamQueue::open(dbPath);
    if (!queue) {
        qWarning() << queue.error().toString();
        return 0;
    }
    vocsync::storage::UpstreamTarget t;
    t.name = QStringLiteral("province");
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.mn = kMn;
    t.password = kPw;
    t.sourceKind = kind;
    t.sourceId = source;
    auto id = queue.value()->saveTarget(t);
    return id ? *id : 0;
}

/// An UpstreamForwarder on a thread of its own, as the app runs it.
class ForwarderThread
{
public:
    ForwarderThread(const QString &dbPath, const vocsync::Plant &plant,
                    const vocsync::hj212::FactorMapSet &maps,
                    const vocsync::sync::UpstreamSettings &settings)
    {
        m_forwarder = new vocsync::sync::UpstreamForwarder(dbPath, plant, maps);
        m_forwarder->setSettings(settings);
        QObject::connect(m_forwarder, &vocsync::sync::UpstreamForwarder::problem, &m_context,
                         [this](const QString &m) {
                             problems.append(m);
                             qWarning() << "problem:" << m;
                         });
        m_forwarder->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("upstream"));
        m_thread.start();
        QMetaObject::invokeMethod(m_forwarder, &vocsync::sync::UpstreamForwarder::start,
                                  Qt::QueuedConnection);
    }
    ~ForwarderThread()
    {
        // Destroyed in its own thread, as the app does at shutdown.
        vocsync::sync::UpstreamForwarder *f = m_forwarder;
        QMetaObject::invokeMethod(f, [f] { delete f; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    void feed(const vocsync::SampleBatch &batch)
    {
        vocsync::sync::UpstreamForwarder *f = m_forwarder;
        QMetaObject::invokeMethod(f, [f, batch] { f->forwardSamples(batch); },
                                  Qt::QueuedConnection);
    }
    void feedFactors(const vocsync::FactorBatch &batch)
    {
        vocsync::sync::UpstreamForwarder *f = m_forwarder;
        QMetaObject::invokeMethod(f, [f, batch] { f->forwardFactors(batch); },
                                  Qt::QueuedConnection);
    }
    /// The status of the first target (default-constructed when there is none yet).
    vocsync::sync::UpstreamStatus status() const
    {
        const QList<vocsync::sync::UpstreamStatus> all = m_forwarder->status();
        return all.isEmpty() ? vocsync::sync::UpstreamStatus{} : all.first();
    }
    vocsync::sync::UpstreamForwarder *forwarder() const { return m_forwarder; }

    QStringList problems;

private:
    QThread m_thread;
    QObject m_context;
    vocsync::sync::UpstreamForwarder *m_forwarder = nullptr;
};

} // namespace syncfixture
