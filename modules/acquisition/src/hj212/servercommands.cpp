#include "hj212/serverimpl.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace vocsync::acquisition {

using namespace hj212server;

namespace {

constexpr std::int64_t kStatusThrottleMs = 200;

} // namespace

QByteArray Hj212Server::Impl::submit(CommandKind kind, const QString &mn, int cn,
                                     const hj212::Packet *extra, std::int64_t fromMs,
                                     std::int64_t toMs, bool backfill)
{
    const RegisteredTransmitter *t = registry.find(mn);
    auto s = mns.find(mn);
    if (!t || s == mns.end()) {
        failLater(mn, cn, Hj212Server::tr("MN %1 is not registered").arg(mn));
        return {};
    }
    if (!t->config.enabled) {
        failLater(mn, cn, Hj212Server::tr("transmitter %1 is disabled").arg(mn));
        return {};
    }
    if (!connectionOf(mn)) {
        failLater(mn, cn, Hj212Server::tr("transmitter %1 is not connected").arg(mn));
        return {};
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray qn = qns.next(nowMs);
    const QByteArray pw = t->config.password.toUtf8();
    const QByteArray mnBytes = mn.toUtf8();
    const hj212::Version v = s->second.version;
    // HJ 212-2017 C.20/C.21: BeginTime and EndTime are inclusive period starts ("accurate to
    // the minute/hour"): whole periods inside [from, to) are asked (historyWindow).
    const std::optional<HistoryWindow> window =
        kind == CommandKind::History ? historyWindow(cn, fromMs, toMs, settings.utcOffsetS)
                                     : std::nullopt;
    if (kind == CommandKind::History && !window) {
        failLater(mn, cn,
                  Hj212Server::tr("no whole period of CN %1 lies in the time range").arg(cn));
        return {};
    }
    hj212::Packet req =
        window ? hj212::historyRequest(v, qn, s->second.st, cn, pw, mnBytes, window->beginMs,
                                       window->endMs, settings.utcOffsetS)
               : hj212::request(v, qn, s->second.st, cn, pw, mnBytes);
    if (extra) {
        for (const hj212::Field &f : extra->fields)
            req.setField(f.key.view(), f.value);
    }
    hj212::EncodeOptions o;
    o.utcOffsetS = settings.utcOffsetS;
    Result<QByteArray> frame = hj212::encodeFrame(req, o);
    if (!frame) {
        failLater(mn, cn, frame.error().toString());
        return {};
    }
    Command c;
    c.kind = kind;
    c.mn = mn;
    c.qn = qn;
    c.cn = cn;
    c.frame = std::move(frame.value());
    c.fromMs = fromMs;
    c.toMs = toMs;
    if (window) {
        c.beginMs = window->beginMs;
        c.endMs = window->endMs;
    }
    if (kind == CommandKind::SetRtdInterval && extra)
        c.rtdIntervalS = extra->field("RtdInterval").toByteArray().toInt();
    c.backfill = backfill;
    apply(tracker.submit(std::move(c), nowMs));
    return qn;
}

void Hj212Server::Impl::failLater(const QString &mn, int cn, const QString &why)
{
    CommandResult r;
    r.mn = mn;
    r.cn = cn;
    r.ok = false;
    r.message = why;
    qCWarning(lcAcquisition).noquote()
        << QStringLiteral("hj212: command %1 to %2 not sent: %3").arg(cn).arg(mn, why);
    // Queued, so the caller holds the (empty) QN before it hears the outcome.
    QMetaObject::invokeMethod(
        q, [q = q, r] { emit q->commandFinished(r); }, Qt::QueuedConnection);
}

void Hj212Server::Impl::apply(const CommandActions &actions)
{
    for (const CommandAction &a : actions) {
        const Command &c = a.command;
        if (a.kind == CommandAction::Kind::Send) {
            Connection *conn = connectionOf(c.mn);
            if (!conn || !conn->send(c.frame))
                continue; // the deadline fails it
            if (logging) {
                PacketRecord r;
                r.tMs = QDateTime::currentMSecsSinceEpoch();
                r.mn = c.mn;
                r.peer = conn->peer();
                r.incoming = false;
                r.raw = c.frame.chopped(2);
                hj212::Packet p;
                hj212::Rejection why;
                if (hj212::parseFrame(c.frame, p, why, parseOptions()))
                    r.json = hj212::toJson(p, parseOptions());
                logPacket(std::move(r));
            }
            continue;
        }
        const CommandResult &r = c.result;
        if (r.ok) {
            qCInfo(lcAcquisition).noquote() << QStringLiteral("hj212: MN %1 CN %2 QN %3: %4")
                                                   .arg(c.mn)
                                                   .arg(c.cn)
                                                   .arg(QString::fromLatin1(c.qn), r.message);
        } else {
            qCWarning(lcAcquisition).noquote()
                << QStringLiteral("hj212: MN %1 CN %2 QN %3 failed: %4")
                       .arg(c.mn)
                       .arg(c.cn)
                       .arg(QString::fromLatin1(c.qn), r.message);
        }
        if (c.backfill) {
            const BackfillChunk chunk{c.fromMs, c.toMs};
            if (r.ok)
                planner.done(c.mn, chunk);
            else
                planner.failed(c.mn, chunk, r.message, QDateTime::currentMSecsSinceEpoch());
        }
        if (r.ok)
            learnInterval(c);
        emit q->commandFinished(r);
        if (c.backfill) {
            touch(c.mn);
            driveBackfill(c.mn);
        }
    }
    armCommandTimer();
    armBackfillTimer();
}

void Hj212Server::Impl::learnInterval(const Command &c)
{
    int seconds = 0;
    if (c.kind == CommandKind::GetRtdInterval)
        seconds = c.result.rtdIntervalS;
    else if (c.kind == CommandKind::SetRtdInterval)
        seconds = c.rtdIntervalS;
    auto s = mns.find(c.mn);
    if (seconds <= 0 || s == mns.end())
        return;
    planner.setReportedInterval(c.mn, seconds);
    s->second.status.rtdIntervalS = planner.intervalS(c.mn);
    if (Connection *conn = connectionOf(c.mn))
        applyIdleTimeout(*conn);
    touch(c.mn);
}

void Hj212Server::Impl::armBackfillTimer()
{
    std::int64_t next = 0;
    for (const auto &[mn, s] : mns) {
        const std::int64_t at = s.connId != 0 ? planner.nextRetryMs(mn) : 0;
        if (at != 0 && (next == 0 || at < next))
            next = at;
    }
    if (next == 0 || !settings.backfill) {
        backfillTimer->stop();
        return;
    }
    const std::int64_t wait = next - QDateTime::currentMSecsSinceEpoch();
    backfillTimer->start(static_cast<int>(std::clamp<std::int64_t>(wait, 0, 3'600'000)));
}

void Hj212Server::Impl::armCommandTimer()
{
    const std::int64_t next = tracker.nextDeadlineMs();
    if (next == 0) {
        commandTimer->stop();
        return;
    }
    const std::int64_t wait = next - QDateTime::currentMSecsSinceEpoch();
    commandTimer->start(static_cast<int>(std::clamp<std::int64_t>(wait, 0, 3'600'000)));
}

int Hj212Server::Impl::backfillCnOf(const QString &mn) const
{
    const RegisteredTransmitter *t = registry.find(mn);
    const int cn = t ? t->config.backfillCn : hj212::cn::MinuteData;
    // Real-time (2011) or minute/hour statistics; anything else falls back to minute data.
    if (cn == hj212::cn::RealTimeData || cn == hj212::cn::MinuteData || cn == hj212::cn::HourData)
        return cn;
    return hj212::cn::MinuteData;
}

void Hj212Server::Impl::driveBackfill(const QString &mn)
{
    if (!settings.backfill || tracker.hasBackfill(mn) || !connectionOf(mn))
        return;
    const RegisteredTransmitter *t = registry.find(mn);
    if (!t || !t->config.enabled)
        return;
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    const int cn = backfillCnOf(mn);
    std::optional<BackfillChunk> chunk = planner.take(mn, nowMs);
    // A range that holds no whole period of the CN has nothing to ask: done at once.
    while (chunk && !historyWindow(cn, chunk->fromMs, chunk->toMs, settings.utcOffsetS)) {
        planner.done(mn, *chunk);
        chunk = planner.take(mn, nowMs);
    }
    if (chunk) {
        const QByteArray qn =
            submit(CommandKind::History, mn, cn, nullptr, chunk->fromMs, chunk->toMs, true);
        if (qn.isEmpty())
            planner.failed(mn, *chunk, Hj212Server::tr("request not sent"), nowMs);
    }
    armBackfillTimer();
    touch(mn);
}

TransmitterStatus Hj212Server::Impl::snapshot(const MnState &s) const
{
    TransmitterStatus out = s.status;
    out.backfillState =
        planner.stateText(s.status.mn, backfillCnOf(s.status.mn), settings.utcOffsetS);
    return out;
}

void Hj212Server::Impl::touch(const QString &mn)
{
    auto it = mns.find(mn);
    if (it == mns.end() || it->second.emitScheduled)
        return;
    MnState &s = it->second;
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t since = nowMs - s.lastEmitMs;
    if (since >= kStatusThrottleMs) {
        s.lastEmitMs = nowMs;
        emit q->transmitterChanged(snapshot(s));
        return;
    }
    // At most one status per MN every 200 ms: a flood must not flood the GUI too.
    s.emitScheduled = true;
    QTimer::singleShot(static_cast<int>(kStatusThrottleMs - since), q, [this, mn] {
        auto it = mns.find(mn);
        if (it == mns.end())
            return;
        it->second.emitScheduled = false;
        it->second.lastEmitMs = QDateTime::currentMSecsSinceEpoch();
        emit q->transmitterChanged(snapshot(it->second));
    });
}

void Hj212Server::Impl::countError(const QString &mn, const QString &error, std::int64_t nowMs)
{
    auto it = mns.find(mn);
    if (it == mns.end())
        return;
    it->second.status.errors += 1;
    it->second.status.lastError = error;
    it->second.status.lastErrorMs = nowMs;
    touch(mn);
}

void Hj212Server::Impl::logPacket(PacketRecord r)
{
    if (logging)
        emit q->packetLogged(r);
}

} // namespace vocsync::acquisition
