#include "hj212/serverimpl.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>

namespace vocsync::acquisition {

using namespace hj212server;

namespace {

bool isAnswer(int cn)
{
    return cn >= hj212::cn::RequestAnswer && cn <= hj212::cn::DataAnswer;
}

/// 2017 answers echo the QN in the header; 2005 answers carry it in CP.
QByteArrayView answeredQn(const hj212::Packet &p)
{
    return p.qn.isEmpty() ? p.field("QN") : p.qn.view();
}

/// The frame as logged: without its CR LF.
QByteArray withoutTerminator(const QByteArray &frame)
{
    qsizetype n = frame.size();
    while (n > 0 && (frame[n - 1] == '\n' || frame[n - 1] == '\r'))
        --n;
    return frame.first(n);
}

int intField(const hj212::Packet &p, QByteArrayView key)
{
    bool ok = false;
    const int v = p.field(key).toByteArray().trimmed().toInt(&ok);
    return ok ? v : -1;
}

} // namespace

void Hj212Server::Impl::onFrame(Connection &c, const QByteArray &frame, std::int64_t offset)
{
    hj212::Rejection why;
    if (!hj212::parseFrame(frame, packet, why, parseOptions())) {
        const QString reason = rejectionText(why);
        qCWarning(lcAcquisition).noquote()
            << QStringLiteral("hj212 %1: packet at stream offset %2 rejected: %3")
                   .arg(c.peer())
                   .arg(offset)
                   .arg(reason);
        const QString mn = packet.mn.isEmpty() ? sniffMn(frame) : packet.mn.toString();
        rejectFrame(c, frame, mn, reason);
        return;
    }
    const QString mn = packet.mn.toString();
    QString refusal;
    switch (registry.check(packet)) {
    case AuthResult::Ok:
        break;
    case AuthResult::UnknownMn:
        refusal = Hj212Server::tr("unknown MN");
        break;
    case AuthResult::BadPassword:
        refusal = Hj212Server::tr("wrong password");
        break;
    case AuthResult::Disabled:
        refusal = Hj212Server::tr("transmitter disabled");
        break;
    }
    if (!refusal.isEmpty()) {
        // HJ 212-2017 Table 6 has QnRtn 3/4 for requests; an upload gets no answer at all, so
        // a stranger learns nothing. The connection stays: it may carry other MNs.
        qCWarning(lcAcquisition).noquote()
            << QStringLiteral("hj212 %1: CN %2 from MN %3 rejected: %4")
                   .arg(c.peer())
                   .arg(packet.cn)
                   .arg(mn, refusal);
        const RegisteredTransmitter *t = registry.find(mn);
        if (t)
            countError(mn, refusal, QDateTime::currentMSecsSinceEpoch());
        if (logging) {
            PacketRecord r;
            r.tMs = QDateTime::currentMSecsSinceEpoch();
            r.mn = mn;
            r.peer = c.peer();
            r.ok = false;
            r.raw = withoutTerminator(frame);
            r.json = hj212::toJson(packet, parseOptions());
            r.error = refusal;
            logPacket(std::move(r));
        }
        emit q->rejected(mn, c.peer(), refusal, t ? t->config.alarmOnReject : false);
        return;
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    MnState &s = mns[mn];
    authenticate(c);
    attach(c, s, nowMs);
    if (logging) {
        PacketRecord r;
        r.tMs = nowMs;
        r.mn = mn;
        r.peer = c.peer();
        r.raw = withoutTerminator(frame);
        r.json = hj212::toJson(packet, parseOptions());
        logPacket(std::move(r));
    }
    for (const hj212::Warning &w : packet.warnings) {
        QString key = w.message; // once per kind, whatever numbers it names
        for (QChar &ch : key) {
            if (ch.isDigit())
                ch = QLatin1Char('#');
        }
        warnOnce(s, key, Hj212Server::tr("tolerated: %1").arg(w.message));
    }
    dispatch(c, s, nowMs);
    touch(mn);
}

void Hj212Server::Impl::rejectFrame(Connection &c, const QByteArray &raw, const QString &mn,
                                    const QString &reason)
{
    const RegisteredTransmitter *t = registry.find(mn);
    if (t)
        countError(mn, reason, QDateTime::currentMSecsSinceEpoch());
    if (logging) {
        PacketRecord r;
        r.tMs = QDateTime::currentMSecsSinceEpoch();
        r.mn = t ? mn : QString();
        r.peer = c.peer();
        r.ok = false;
        r.raw = withoutTerminator(raw);
        r.error = reason;
        logPacket(std::move(r));
    }
    if (t && t->config.alarmOnReject)
        emit q->rejected(mn, c.peer(), reason, true);
}

void Hj212Server::Impl::attach(Connection &c, MnState &s, std::int64_t nowMs)
{
    const QString mn = s.status.mn;
    c.lastMn = mn;
    s.status.packets += 1;
    s.status.lastPacketMs = nowMs;
    s.status.version = static_cast<int>(packet.version());
    if (!isAnswer(packet.cn) && packet.cn != hj212::cn::Heartbeat) {
        s.version = packet.version();
        if (!packet.st.isEmpty())
            s.st = packet.st.toByteArray();
    }
    if (s.connId == c.id()) {
        applyIdleTimeout(c);
        return;
    }
    const bool wasConnected = s.status.connected;
    if (Connection *old = connectionOf(mn))
        old->mns.remove(mn);
    s.connId = c.id();
    c.mns.insert(mn);
    s.status.peer = c.peer();
    s.status.connected = true;
    s.status.connectedSinceMs = nowMs;
    applyIdleTimeout(c);
    qCInfo(lcAcquisition).noquote()
        << QStringLiteral("hj212 %1: MN %2 %3")
               .arg(c.peer(), mn,
                    wasConnected ? QStringLiteral("moved here") : QStringLiteral("connected"));
    if (!wasConnected) {
        planner.retry(mn); // back after an outage: ask again for what failed before
        // Queued: the packet that announced it is handled (and answered) first.
        QMetaObject::invokeMethod(
            q, [this, mn] { driveBackfill(mn); }, Qt::QueuedConnection);
    }
}

void Hj212Server::Impl::dispatch(Connection &c, MnState &s, std::int64_t nowMs)
{
    const QString mn = s.status.mn;
    const int cn = packet.cn;
    // HJ 212-2017 6.5: a notice is always answered (9013); anything else that asks for an
    // answer (Flag bit A) gets a data answer (9014); answers (9011-9014) are never answered,
    // whatever their Flag says.
    if (cn == hj212::cn::TimeCalibrationRequest) {
        send(c, hj212::noticeAnswer(packet));
        q->setTime(mn, nowMs); // C.4: the center then sets the field's clock
        return;
    }
    if (packet.answerRequested() && !isAnswer(cn))
        send(c, hj212::dataAnswer(packet));
    switch (cn) {
    case hj212::cn::RequestAnswer:
        apply(tracker.onRequestAnswer(mn, answeredQn(packet), intField(packet, "QnRtn"), nowMs));
        return;
    case hj212::cn::ExecutionAnswer:
        apply(tracker.onExecutionAnswer(mn, answeredQn(packet), intField(packet, "ExeRtn"), nowMs));
        return;
    case hj212::cn::NoticeAnswer:
    case hj212::cn::DataAnswer:
    case hj212::cn::Heartbeat:
        return;
    default:
        break;
    }
    // A data packet sent again after our 9014 was lost (same QN, 6.2) was answered again
    // above; delivered again, it would go upstream twice under new QNs.
    if (PacketConverter::periodOf(cn) && s.recent.repeated(packet)) {
        s.status.duplicates += 1;
        qCDebug(lcAcquisition).noquote()
            << QStringLiteral("hj212: MN %1: CN %2 QN %3 received again; not delivered again")
                   .arg(mn)
                   .arg(cn)
                   .arg(packet.qn.toString());
        return;
    }
    handleUpload(s, packet, nowMs);
}

void Hj212Server::Impl::warnOnce(MnState &s, const QString &key, const QString &text)
{
    // Bounded: a device inventing a new code in every packet cannot grow the set, or the
    // log, without end.
    constexpr qsizetype kMaxWarned = 500;
    if (s.warned.contains(key) || s.warned.size() > kMaxWarned)
        return;
    s.warned.insert(key);
    qCWarning(lcAcquisition).noquote() << QStringLiteral("hj212: MN %1: %2").arg(s.status.mn, text);
    if (s.warned.size() > kMaxWarned) {
        qCWarning(lcAcquisition).noquote()
            << QStringLiteral("hj212: MN %1: %2 different warnings; no more are logged for it")
                   .arg(s.status.mn)
                   .arg(kMaxWarned);
    }
}

} // namespace vocsync::acquisition
