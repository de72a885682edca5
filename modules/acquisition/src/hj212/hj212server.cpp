#include "hj212/serverimpl.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>

#include <algorithm>

namespace vocsync::acquisition {

using namespace hj212server;

Hj212Server::Impl::Impl(Hj212Server *q, hj212::FactorMapSet maps)
    : q(q), maps(std::move(maps)), commandTimer(new QTimer(q)), backfillTimer(new QTimer(q)),
      partsTimer(new QTimer(q))
{
    tracker.setTiming(settings.requestTimeoutMs, settings.requestRetries, settings.utcOffsetS);
    planner.setRetryDelays(settings.backfillRetryMinMs, settings.backfillRetryMaxMs);
    commandTimer->setSingleShot(true);
    QObject::connect(commandTimer, &QTimer::timeout, q,
                     [this] { apply(tracker.onTimeout(QDateTime::currentMSecsSinceEpoch())); });
    backfillTimer->setSingleShot(true);
    QObject::connect(backfillTimer, &QTimer::timeout, q, [this] {
        const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
        QStringList due;
        for (const auto &[mn, s] : mns) {
            const std::int64_t at = planner.nextRetryMs(mn);
            if (s.connId != 0 && at != 0 && at <= nowMs)
                due << mn;
        }
        for (const QString &mn : due)
            driveBackfill(mn);
        armBackfillTimer();
    });
    partsTimer->setSingleShot(true);
    QObject::connect(partsTimer, &QTimer::timeout, q, [this] {
        const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
        for (auto &[mn, s] : mns) {
            if (s.parts.deadlineMs() != 0 && s.parts.deadlineMs() <= nowMs)
                flushParts(&s);
        }
        armPartsTimer();
    });
}

Hj212Server::Impl::~Impl()
{
    // Connections call back into this object; end them quietly before it goes.
    for (auto &[id, c] : connections)
        delete c;
    connections.clear();
    delete server;
    delete commandTimer;
    delete backfillTimer;
    delete partsTimer;
}

hj212::ParseOptions Hj212Server::Impl::parseOptions() const
{
    hj212::ParseOptions o;
    o.utcOffsetS = settings.utcOffsetS;
    return o;
}

Hj212Server::Hj212Server(hj212::FactorMapSet maps, QObject *parent)
    : SampleSource(parent), d(std::make_unique<Impl>(this, std::move(maps)))
{
    qRegisterMetaType<vocsync::SampleBatch>();
    qRegisterMetaType<vocsync::FactorBatch>();
    qRegisterMetaType<vocsync::acquisition::TransmitterStatus>();
    qRegisterMetaType<vocsync::acquisition::PacketRecord>();
    qRegisterMetaType<vocsync::acquisition::CommandResult>();
}

Hj212Server::~Hj212Server() = default;

QString Hj212Server::name() const
{
    return tr("HJ 212 server");
}

LinkState Hj212Server::linkState() const
{
    return d->state;
}

void Hj212Server::setSettings(const Hj212ServerSettings &settings)
{
    d->settings = settings;
    d->tracker.setTiming(settings.requestTimeoutMs, settings.requestRetries, settings.utcOffsetS);
    d->planner.setRetryDelays(settings.backfillRetryMinMs, settings.backfillRetryMaxMs);
    d->qns = hj212::QnGenerator(settings.utcOffsetS);
}

void Hj212Server::setTransmitters(const QList<TransmitterConfig> &transmitters, const Plant &plant)
{
    for (const QString &w : d->registry.set(transmitters, plant))
        qCWarning(lcAcquisition).noquote() << "hj212:" << w;
    // Forget MNs no longer registered: their commands end, their connections close.
    for (auto it = d->mns.begin(); it != d->mns.end();) {
        if (d->registry.contains(it->first)) {
            ++it;
            continue;
        }
        const QString mn = it->first;
        d->flushParts(&it->second); // accepted while it was registered: not lost
        it = d->mns.erase(it);
        d->apply(d->tracker.cancel(mn, tr("transmitter removed")));
        d->planner.forget(mn);
    }
    for (const QString &mn : d->registry.mns()) {
        const TransmitterConfig &c = d->registry.find(mn)->config;
        Impl::MnState &s = d->mns[mn];
        s.status.mn = mn;
        s.status.name = c.name;
        s.status.enterpriseId = c.enterpriseId;
        d->planner.setConfiguredInterval(mn, c.rtdIntervalS);
        s.status.rtdIntervalS = d->planner.intervalS(mn);
        if (!c.enabled && s.connId != 0)
            d->apply(d->tracker.cancel(mn, tr("transmitter disabled")));
        d->touch(mn);
    }
    d->closeRemoved();
}

void Hj212Server::setLastDataTimes(const QHash<QString, std::int64_t> &lastMsByMn)
{
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = lastMsByMn.cbegin(); it != lastMsByMn.cend(); ++it) {
        d->planner.setLastDataTime(it.key(), it.value(), nowMs);
        auto s = d->mns.find(it.key());
        if (s != d->mns.end())
            s->second.status.lastDataTimeMs = std::max(s->second.status.lastDataTimeMs, it.value());
    }
}

quint16 Hj212Server::serverPort() const
{
    return d->server && d->server->isListening() ? d->server->serverPort() : 0;
}

QString Hj212Server::lastListenError() const
{
    return d->listenError;
}

QList<TransmitterStatus> Hj212Server::transmitters() const
{
    QList<TransmitterStatus> out;
    for (const auto &[mn, s] : d->mns)
        out.append(d->snapshot(s));
    return out;
}

void Hj212Server::start()
{
    d->listen();
}

void Hj212Server::stop()
{
    d->shutdown();
}

void Hj212Server::setPacketLogging(bool on)
{
    d->logging = on;
}

QByteArray Hj212Server::getTime(const QString &mn)
{
    return d->submit(CommandKind::GetTime, mn, hj212::cn::GetTime, nullptr, 0, 0, false);
}

QByteArray Hj212Server::setTime(const QString &mn, std::int64_t utcMs)
{
    hj212::Packet extra;
    extra.setField("SystemTime", hj212::formatTime(utcMs, d->settings.utcOffsetS));
    return d->submit(CommandKind::SetTime, mn, hj212::cn::SetTime, &extra, 0, 0, false);
}

QByteArray Hj212Server::getRtdInterval(const QString &mn)
{
    return d->submit(CommandKind::GetRtdInterval, mn, hj212::cn::GetRtdInterval, nullptr, 0, 0,
                     false);
}

QByteArray Hj212Server::setRtdInterval(const QString &mn, int seconds)
{
    // HJ 212-2017 Table 4: RtdInterval 30 <= n <= 3600 s; strict in what we send.
    if (seconds < 30 || seconds > 3600) {
        d->failLater(mn, hj212::cn::SetRtdInterval,
                     tr("real-time interval %1 s is outside 30..3600 s").arg(seconds));
        return {};
    }
    hj212::Packet extra;
    extra.setField("RtdInterval", QByteArray::number(seconds));
    return d->submit(CommandKind::SetRtdInterval, mn, hj212::cn::SetRtdInterval, &extra, 0, 0,
                     false);
}

QByteArray Hj212Server::requestHistory(const QString &mn, int cn, std::int64_t fromMs,
                                       std::int64_t toMs)
{
    if (!hj212::isHistoryCn(cn) && cn != hj212::cn::RealTimeData) {
        d->failLater(mn, cn, tr("CN %1 is not a history request").arg(cn));
        return {};
    }
    if (toMs <= fromMs) {
        d->failLater(mn, cn, tr("empty time range"));
        return {};
    }
    if (!historyWindow(cn, fromMs, toMs, d->settings.utcOffsetS)) {
        d->failLater(mn, cn, tr("no whole period of CN %1 lies in the time range").arg(cn));
        return {};
    }
    return d->submit(CommandKind::History, mn, cn, nullptr, fromMs, toMs, false);
}

} // namespace vocsync::acquisition
