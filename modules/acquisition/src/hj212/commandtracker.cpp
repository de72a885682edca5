#include "hj212/commandtracker.h"

#include "vocsync/hj212/messages.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace vocsync::acquisition::hj212server {

void CommandTracker::setTiming(int timeoutMs, int tries, int utcOffsetS)
{
    m_timeoutMs = std::max(1, timeoutMs);
    m_tries = std::max(1, tries);
    m_utcOffsetS = utcOffsetS;
}

CommandActions CommandTracker::submit(Command c, std::int64_t nowMs)
{
    CommandActions out;
    c.result.mn = c.mn;
    c.result.qn = c.qn;
    c.result.cn = c.cn;
    PerMn &m = m_byMn[c.mn];
    if (m.queue.size() >= kMaxQueued) {
        c.result.ok = false;
        c.result.message =
            Hj212Server::tr("%1 commands already wait for this transmitter").arg(m.queue.size());
        out.push_back({CommandAction::Kind::Finish, std::move(c)});
        return out;
    }
    m.queue.push_back(std::move(c));
    if (!m.inFlight)
        startNext(m, nowMs, out);
    return out;
}

void CommandTracker::startNext(PerMn &m, std::int64_t nowMs, CommandActions &out)
{
    if (m.inFlight || m.queue.empty())
        return;
    m.inFlight = std::move(m.queue.front());
    m.queue.pop_front();
    m.inFlight->tries = 1;
    m.inFlight->deadlineMs = nowMs + m_timeoutMs;
    out.push_back({CommandAction::Kind::Send, *m.inFlight});
}

void CommandTracker::finish(PerMn &m, bool ok, const QString &message, std::int64_t nowMs,
                            CommandActions &out)
{
    Command c = std::move(*m.inFlight);
    m.inFlight.reset();
    c.result.ok = ok;
    c.result.message = message;
    out.push_back({CommandAction::Kind::Finish, std::move(c)});
    startNext(m, nowMs, out);
}

QString CommandTracker::successMessage(const Command &c) const
{
    switch (c.kind) {
    case CommandKind::GetTime: {
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(c.result.systemTimeMs, QTimeZone(m_utcOffsetS));
        return Hj212Server::tr("SystemTime %1")
            .arg(t.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")));
    }
    case CommandKind::GetRtdInterval:
        return Hj212Server::tr("RtdInterval %1 s").arg(c.result.rtdIntervalS);
    case CommandKind::SetTime:
        return Hj212Server::tr("time set");
    case CommandKind::SetRtdInterval:
        return Hj212Server::tr("real-time interval set");
    case CommandKind::History:
        return Hj212Server::tr("%n record(s)", nullptr, c.result.records);
    }
    return {};
}

CommandActions CommandTracker::onRequestAnswer(const QString &mn, QByteArrayView qn, int qnRtn,
                                               std::int64_t nowMs)
{
    CommandActions out;
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end() || !it->second.inFlight || it->second.inFlight->qn != qn)
        return out;
    PerMn &m = it->second;
    m.inFlight->result.qnRtn = qnRtn;
    if (qnRtn != static_cast<int>(hj212::QnRtn::Ready)) {
        finish(m, false,
               Hj212Server::tr("refused: %1 (QnRtn %2)").arg(hj212::qnRtnText(qnRtn)).arg(qnRtn),
               nowMs, out);
        return out;
    }
    m.inFlight->acknowledged = true;
    m.inFlight->deadlineMs = nowMs + m_timeoutMs; // HJ 212-2017 6.2: execution timeout
    return out;
}

CommandActions CommandTracker::onExecutionAnswer(const QString &mn, QByteArrayView qn, int exeRtn,
                                                 std::int64_t nowMs)
{
    CommandActions out;
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end() || !it->second.inFlight || it->second.inFlight->qn != qn)
        return out;
    PerMn &m = it->second;
    Command &c = *m.inFlight;
    c.result.exeRtn = exeRtn;
    const bool history = c.kind == CommandKind::History;
    if (exeRtn == static_cast<int>(hj212::ExeRtn::NoData) && history) {
        // "no data" answers a history request fully: the range is done, with what came.
        finish(m, true,
               c.result.records == 0 ? Hj212Server::tr("no data (ExeRtn 100)") : successMessage(c),
               nowMs, out);
        return out;
    }
    if (exeRtn != static_cast<int>(hj212::ExeRtn::Success)) {
        finish(m, false,
               Hj212Server::tr("failed: %1 (ExeRtn %2)").arg(hj212::exeRtnText(exeRtn)).arg(exeRtn),
               nowMs, out);
        return out;
    }
    const bool needsData = c.kind == CommandKind::GetTime || c.kind == CommandKind::GetRtdInterval;
    if (needsData && !c.gotData) {
        finish(m, false, Hj212Server::tr("success reported but no %1 upload came").arg(c.cn), nowMs,
               out);
        return out;
    }
    finish(m, true, successMessage(c), nowMs, out);
    return out;
}

Command *CommandTracker::matchUpload(const QString &mn, const hj212::Packet &p, std::int64_t nowMs)
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end() || !it->second.inFlight)
        return nullptr;
    Command &c = *it->second.inFlight;
    if (p.cn != c.cn)
        return nullptr;
    // 2017 uploads carry the QN in the header; a 2005 one may name it in CP, or not at all.
    const QByteArrayView qn = p.qn.isEmpty() ? p.field("QN") : p.qn.view();
    const bool sameQn = !qn.isEmpty() && qn == QByteArrayView(c.qn);
    if (c.kind == CommandKind::History) {
        const bool inRange = p.dataTimeMs >= c.beginMs && p.dataTimeMs <= c.endMs;
        if (!sameQn && !inRange)
            return nullptr;
    } else if (c.kind == CommandKind::GetTime || c.kind == CommandKind::GetRtdInterval) {
        if (!qn.isEmpty() && !sameQn)
            return nullptr; // a spontaneous upload, or the late one of an earlier command
    } else {
        return nullptr; // set commands have no upload
    }
    c.acknowledged = true;
    c.gotData = true;
    c.deadlineMs = nowMs + m_timeoutMs;
    return &c;
}

CommandActions CommandTracker::onTimeout(std::int64_t nowMs)
{
    CommandActions out;
    for (auto &[mn, m] : m_byMn) {
        if (!m.inFlight || m.inFlight->deadlineMs > nowMs)
            continue;
        Command &c = *m.inFlight;
        if (!c.acknowledged && c.tries < m_tries) {
            ++c.tries; // HJ 212-2017 6.2: resent unchanged, same QN
            c.deadlineMs = nowMs + m_timeoutMs;
            out.push_back({CommandAction::Kind::Send, c});
            continue;
        }
        if (!c.acknowledged) {
            finish(m, false, Hj212Server::tr("no answer after %n tries", nullptr, c.tries), nowMs,
                   out);
            continue;
        }
        if (c.gotData && c.kind != CommandKind::History) {
            finish(m, true, successMessage(c) + Hj212Server::tr(" (no execution answer)"), nowMs,
                   out);
            continue;
        }
        finish(m, false,
               Hj212Server::tr("no execution answer within %1 s").arg(m_timeoutMs / 1000.0), nowMs,
               out);
    }
    return out;
}

CommandActions CommandTracker::cancel(const QString &mn, const QString &why)
{
    CommandActions out;
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return out;
    PerMn m = std::move(it->second);
    m_byMn.erase(it);
    if (m.inFlight)
        m.queue.push_front(std::move(*m.inFlight));
    for (Command &c : m.queue) {
        c.result.ok = false;
        c.result.message = why;
        out.push_back({CommandAction::Kind::Finish, std::move(c)});
    }
    return out;
}

std::int64_t CommandTracker::nextDeadlineMs() const
{
    std::int64_t next = 0;
    for (const auto &[mn, m] : m_byMn) {
        if (m.inFlight && (next == 0 || m.inFlight->deadlineMs < next))
            next = m.inFlight->deadlineMs;
    }
    return next;
}

const Command *CommandTracker::inFlight(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() || !it->second.inFlight ? nullptr : &*it->second.inFlight;
}

int CommandTracker::queued(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    return it == m_byMn.end() ? 0 : static_cast<int>(it->second.queue.size());
}

bool CommandTracker::hasBackfill(const QString &mn) const
{
    auto it = m_byMn.find(mn);
    if (it == m_byMn.end())
        return false;
    if (it->second.inFlight && it->second.inFlight->backfill)
        return true;
    return std::any_of(it->second.queue.begin(), it->second.queue.end(),
                       [](const Command &c) { return c.backfill; });
}

} // namespace vocsync::acquisition::hj212server
