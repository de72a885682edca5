#pragma once

// Helpers for the Hj212Server tests (tst_hj212server_*.cpp): a transmitter stand-in on a real
// QTcpSocket to 127.0.0.1 that writes frames and collects what the server answers, a recorder
// of the server's signals, and the plant, registry and factor maps the tests share.

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/hj212/streamframer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTest>

#include <cstdint>
#include <memory>
#include <optional>

namespace hj212test {

using vocsync::acquisition::CommandResult;
using vocsync::acquisition::Hj212Server;
using vocsync::acquisition::PacketRecord;
using vocsync::acquisition::TransmitterStatus;

inline const QString kMn = QStringLiteral("010000A8900016F000169DC0"); ///< HJ 212-2017 App. C
inline const QString kMn2 = QStringLiteral("010000A8900016F000169DC1");
inline const QString kMn2005 = QStringLiteral("88888880000001"); ///< HJ/T 212-2005 App. C
inline const QString kPw = QStringLiteral("123456");

/// "##LLLL" + segment + CRC + CRLF.
inline QByteArray frame(const QByteArray &segment)
{
    return vocsync::hj212::frameSegment(segment);
}

/// A 2017 real-time upload (CN 2011) of MN at local time `dataTime` (14 digits) with `cp`
/// items after DataTime.
inline QByteArray rtd(const QString &mn, const QByteArray &qn, const QByteArray &dataTime,
                      const QByteArray &cp, int flag = 5, const QString &pw = kPw)
{
    return frame("QN=" + qn + ";ST=32;CN=2011;PW=" + pw.toLatin1() + ";MN=" + mn.toLatin1() +
                 ";Flag=" + QByteArray::number(flag) + ";CP=&&DataTime=" + dataTime +
                 (cp.isEmpty() ? QByteArray() : ";" + cp) + "&&");
}

/// A 2017 packet of MN: `cn`, `qn`, Flag, optional header fields after Flag (";PNUM=2;PNO=1")
/// and the CP content between "&&" and "&&". ST 91 for answers (9011-9014), else 32.
inline QByteArray packet2017(const QString &mn, int cn, const QByteArray &qn, const QByteArray &cp,
                             int flag = 4, const QByteArray &headerTail = {})
{
    const QByteArray st = cn >= 9011 && cn <= 9014 ? "91" : "32";
    return frame("QN=" + qn + ";ST=" + st + ";CN=" + QByteArray::number(cn) +
                 ";PW=" + kPw.toLatin1() + ";MN=" + mn.toLatin1() +
                 ";Flag=" + QByteArray::number(flag) + headerTail + ";CP=&&" + cp + "&&");
}

/// The station-local (UTC+8) HJ 212 time text of UTC ms (14 digits).
inline QByteArray localText(std::int64_t ms)
{
    return vocsync::hj212::formatTime(ms, 8 * 3600);
}

/// UTC ms of a station-local (UTC+8) HJ 212 time text.
inline std::int64_t localMs(const QByteArray &text)
{
    std::int64_t ms = 0;
    vocsync::hj212::parseTime(text, ms, 8 * 3600);
    return ms;
}

/// The shipped factor maps (resources/hj212/*.json) read with the codec's parser.
inline vocsync::hj212::FactorMapSet shippedMaps(QStringList *errors = nullptr)
{
    vocsync::hj212::FactorMapSet set;
    const QDir dir(qEnvironmentVariable("VOCSYNC_SOURCE_DIR") + QStringLiteral("/resources/hj212"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            if (errors)
                *errors << f.fileName() + QStringLiteral(": cannot open");
            continue;
        }
        auto map = vocsync::hj212::parseFactorMap(f.readAll(), f.fileName());
        if (!map) {
            if (errors)
                *errors << map.error().toString();
            continue;
        }
        set.add(std::move(map.value()));
    }
    return set;
}

inline vocsync::MonitoringPoint point(std::uint32_t key, const QString &id,
                                      QList<vocsync::Channel> channels)
{
    vocsync::MonitoringPoint p;
    p.key = key;
    p.id = id;
    p.name = id;
    p.channels = std::move(channels);
    return p;
}

/// P1 (key 11): current 0.001 A, voltage 0.1 V, power 0.001 kW, energy 0.01 kWh; P2 (key 12):
/// current at 0.01 A only.
inline vocsync::Plant testPlant()
{
    using vocsync::Quantity;
    vocsync::Plant plant;
    plant.points << point(11, QStringLiteral("P1"),
                          {{Quantity::CurrentA, 3},
                           {Quantity::VoltageV, 1},
                           {Quantity::PowerKw, 3},
                           {Quantity::EnergyKwh, 2}})
                 << point(12, QStringLiteral("P2"), {{Quantity::CurrentA, 2}});
    return plant;
}

/// A registered transmitter with map vocsync-electric: channel 1 -> P1, channel 2 -> P2.
inline vocsync::TransmitterConfig transmitter(const QString &mn, const QString &pw = kPw)
{
    vocsync::TransmitterConfig t;
    t.mn = mn;
    t.name = QStringLiteral("T ") + mn.right(4);
    t.password = pw;
    t.points.insert(1, QStringLiteral("P1"));
    t.points.insert(2, QStringLiteral("P2"));
    return t;
}

/// A transmitter stand-in: a real QTcpSocket to the server. Everything waits by spinning the
/// event loop (the server runs on the same thread), never by blocking calls.
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &bindTo = {})
        : m_socket(std::make_unique<QTcpSocket>())
    {
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, m_socket.get(), [this] {
            const QByteArray bytes = m_socket->readAll();
            m_framer.append(bytes);
            vocsync::hj212::StreamFramer::Item item;
            while (m_framer.next(item)) {
                if (item.kind == vocsync::hj212::StreamFramer::Kind::Frame) {
                    QByteArray f = item.bytes;
                    while (f.endsWith('\n') || f.endsWith('\r'))
                        f.chop(1);
                    m_frames.append(f);
                    m_arrivalMs.append(m_clock.elapsed());
                } else {
                    m_junk.append(item.bytes);
                }
            }
        });
        QObject::connect(m_socket.get(), &QTcpSocket::disconnected, m_socket.get(),
                         [this] { m_disconnected = true; });
        m_clock.start();
        if (!bindTo.isNull())
            m_socket->bind(bindTo);
        m_socket->connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    }

    bool waitConnected(int ms = 5000)
    {
        return QTest::qWaitFor(
            [this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, ms);
    }
    bool isConnected() const
    {
        return !m_disconnected && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    /// True once the server closed the connection (or it failed).
    bool waitDisconnected(int ms)
    {
        return QTest::qWaitFor([this] { return !isConnected(); }, ms);
    }

    void write(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    /// Writes one byte per event-loop turn, so the server reads them one by one.
    void writeByteByByte(const QByteArray &bytes)
    {
        for (char b : bytes) {
            write(QByteArray(1, b));
            QTest::qWait(0);
        }
    }

    const QList<QByteArray> &frames() const { return m_frames; }
    const QList<QByteArray> &junk() const { return m_junk; }
    qint64 arrivalMs(int i) const { return m_arrivalMs.value(i); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool waitFrames(int n, int ms = 5000)
    {
        return QTest::qWaitFor([&] { return m_frames.size() >= n; }, ms);
    }
    /// Frame `i` decoded; a frame that fails to parse gives a packet with cn -1.
    vocsync::hj212::Packet packet(int i) const
    {
        vocsync::hj212::Packet p;
        vocsync::hj212::Rejection why;
        if (!vocsync::hj212::parseFrame(m_frames.value(i), p, why))
            p.cn = -1;
        return p;
    }
    /// Waits for the next frame not yet taken and decodes it.
    std::optional<vocsync::hj212::Packet> next(int ms = 5000)
    {
        if (!waitFrames(m_taken + 1, ms))
            return std::nullopt;
        return packet(m_taken++);
    }
    int taken() const { return m_taken; }
    QTcpSocket &socket() { return *m_socket; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    vocsync::hj212::StreamFramer m_framer;
    QList<QByteArray> m_frames;
    QList<qint64> m_arrivalMs;
    QList<QByteArray> m_junk;
    QElapsedTimer m_clock;
    int m_taken = 0;
    bool m_disconnected = false;
};

struct Rejected
{
    QString mn, peer, reason;
    bool alarm = false;
};

/// Everything the server says, recorded.
class Recorder
{
public:
    explicit Recorder(Hj212Server &s)
    {
        QObject::connect(&s, &Hj212Server::samplesReady, &m_ctx,
                         [this](const vocsync::SampleBatch &b) {
                             batches.append(b);
                             for (const auto &x : b)
                                 samples.push_back(x);
                         });
        QObject::connect(&s, &Hj212Server::factorsReady, &m_ctx,
                         [this](const vocsync::FactorBatch &b) {
                             factorBatches.append(b);
                             for (const auto &x : b)
                                 factors.push_back(x);
                         });
        QObject::connect(&s, &Hj212Server::transmitterChanged, &m_ctx,
                         [this](const TransmitterStatus &t) {
                             statuses.append(t);
                             statusAtMs.append(m_clock.elapsed());
                         });
        QObject::connect(&s, &Hj212Server::packetLogged, &m_ctx,
                         [this](const PacketRecord &r) { packets.append(r); });
        QObject::connect(&s, &Hj212Server::commandFinished, &m_ctx,
                         [this](const CommandResult &r) { commands.append(r); });
        QObject::connect(
            &s, &Hj212Server::rejected, &m_ctx,
            [this](const QString &mn, const QString &peer, const QString &reason, bool alarm) {
                rejections.append({mn, peer, reason, alarm});
            });
        m_clock.start();
    }

    std::vector<vocsync::Sample> samples;
    QList<vocsync::SampleBatch> batches;
    std::vector<vocsync::FactorSample> factors;
    QList<vocsync::FactorBatch> factorBatches;
    QList<TransmitterStatus> statuses;
    QList<qint64> statusAtMs;
    QList<PacketRecord> packets;
    QList<CommandResult> commands;
    QList<Rejected> rejections;

    const vocsync::FactorSample *factor(const QString &code) const
    {
        for (const auto &f : factors)
            if (f.code == code)
                return &f;
        return nullptr;
    }

private:
    QObject m_ctx;
    QElapsedTimer m_clock;
};

/// A started server on 127.0.0.1 (any free port) with the shipped factor maps and the given
/// registry over testPlant(). Null (and `error` set) when it cannot start.
inline std::unique_ptr<Hj212Server> startServer(vocsync::acquisition::Hj212ServerSettings settings,
                                                const QList<vocsync::TransmitterConfig> &registry,
                                                QString *error)
{
    QStringList errors;
    vocsync::hj212::FactorMapSet maps = shippedMaps(&errors);
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return nullptr;
    }
    auto server = std::make_unique<Hj212Server>(std::move(maps));
    settings.address = QHostAddress(QStringLiteral("127.0.0.1"));
    settings.port = 0;
    server->setSettings(settings);
    server->setTransmitters(registry, testPlant());
    server->start();
    if (server->serverPort() == 0) {
        *error = server->lastListenError();
        return nullptr;
    }
    return server;
}

/// The status of `mn` as the server has it now.
inline TransmitterStatus statusOf(const Hj212Server &s, const QString &mn)
{
    for (const TransmitterStatus &t : s.transmitters())
        if (t.mn == mn)
            return t;
    return {};
}

} // namespace hj212test
