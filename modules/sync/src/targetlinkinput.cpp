// What a platform sends on a target's connection: data answers (9014) for the queue, other
// answers for the log, and requests (answered by requesthandler).
#include "targetlink.h"

#include "logging.h"
#include "requesthandler.h"

#include "vocsync/hj212/codec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTcpSocket>

#include <algorithm>

namespace vocsync::sync {

void TargetLink::onReadyRead()
{
    m_framer.append(m_socket->readAll());
    hj212::StreamFramer::Item item;
    // A request answered inside the loop may have closed the connection.
    while (m_state == State::Connected && m_framer.next(item)) {
        if (item.kind == hj212::StreamFramer::Kind::Junk) {
            qCWarning(lcSync) << m_target.name << "skipped" << item.bytes.size()
                              << "bytes from the platform:" << item.why.message;
            setError(tr("unreadable bytes from the platform: %1").arg(item.why.message));
            continue;
        }
        handleFrame(item.bytes);
    }
}

void TargetLink::handleFrame(const QByteArray &bytes)
{
    hj212::Packet p;
    hj212::Rejection why;
    hj212::ParseOptions options;
    options.utcOffsetS = m_shared.settings->utcOffsetS;
    if (!hj212::parseFrame(bytes, p, why, options)) {
        qCWarning(lcSync) << m_target.name << "rejected a packet from the platform:"
                          << hj212::reasonKey(why.reason) << why.offset << why.message;
        setError(tr("bad packet from the platform: %1 at %2: %3")
                     .arg(hj212::reasonKey(why.reason))
                     .arg(why.offset)
                     .arg(why.message));
        return;
    }
    for (const hj212::Warning &w : p.warnings)
        qCDebug(lcSync) << m_target.name << "tolerated:" << w.offset << w.message;
    if (!m_heardFromPlatform) {
        // The platform speaks: the link works, so the next outage starts from a short delay.
        m_heardFromPlatform = true;
        m_reconnect.reset();
    }
    switch (p.cn) {
    case hj212::cn::DataAnswer: handleDataAnswer(p); return;
    case hj212::cn::RequestAnswer:
    case hj212::cn::ExecutionAnswer:
    case hj212::cn::NoticeAnswer:
    case hj212::cn::Heartbeat:
        qCDebug(lcSync) << m_target.name << "platform sent" << hj212::commandName(p.cn);
        return;
    default: handleRequest(p); return;
    }
}

void TargetLink::handleDataAnswer(const hj212::Packet &answer)
{
    // 2017 echoes the QN in the header; 2005 names it inside CP (hj212.md §13.11).
    const QByteArrayView cpQn = answer.field("QN");
    const QByteArray qn = !cpQn.isEmpty() ? cpQn.toByteArray() : answer.qn.toByteArray();
    if (qn.isEmpty()) {
        setError(tr("9014 without a QN from the platform"));
        return;
    }
    if (!answer.mn.isEmpty() && answer.mn.view() != m_target.mn.toLatin1())
        qCWarning(lcSync) << m_target.name << "9014 names MN" << answer.mn.toString()
                          << "instead of" << m_target.mn << "- taken for QN" << qn;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const QString text = tr("9014 for QN %1").arg(QString::fromLatin1(qn));
    Result<bool> acked = m_shared.queue->markAcked(m_target.id, qn, now, text);
    if (!acked) {
        setError(acked.error().toString());
        emit problem(m_lastError);
        return;
    }
    m_lastAnswer = text;
    m_lastAnswerMs = now;
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [&](const InFlight &e) { return e.qn == qn; });
    if (it != m_inFlight.end())
        m_inFlight.erase(it);
    if (!*acked)
        qCDebug(lcSync) << m_target.name << "9014 for QN" << qn << "which is not pending";
    markStatusDirty();
    pump();
    if (m_state == State::Connected)
        reschedule();
}

void TargetLink::handleRequest(const hj212::Packet &request)
{
    RequestContext ctx{m_target,
                       m_codes,
                       *m_shared.history,
                       *m_shared.qn,
                       QDateTime::currentMSecsSinceEpoch(),
                       m_shared.settings->utcOffsetS,
                       m_shared.settings->maxHistoryPeriods};
    const RequestOutcome out = answerRequest(request, ctx);
    // Answers are not queued: a request is answered on the connection it came on, or not.
    for (const QByteArray &frame : out.frames) {
        if (m_socket->write(frame) != frame.size()) {
            failConnection(tr("cannot write to the platform: %1").arg(m_socket->errorString()));
            return;
        }
    }
    if (out.overTimeS)
        m_timeoutMs = *out.overTimeS * 1000;
    if (out.reCount)
        m_retries = *out.reCount;
    qCInfo(lcSync) << m_target.name << "platform request QN" << request.qn.toString() << ":"
                   << out.summary;
}

} // namespace vocsync::sync
