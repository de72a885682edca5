#include "hj212/serverimpl.h"

#include "vocsync/acquisition/logging.h"

#include <QDateTime>
#include <QTcpSocket>

#include <algorithm>
#include <vector>

namespace vocsync::acquisition {

using namespace hj212server;

namespace {

QHostAddress plain(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

} // namespace

QString rejectionText(const hj212::Rejection &r, std::int64_t baseOffset)
{
    return QStringLiteral("%1 at %2: %3")
        .arg(hj212::reasonKey(r.reason))
        .arg(baseOffset + r.offset)
        .arg(r.message);
}

QString sniffMn(QByteArrayView raw)
{
    const qsizetype at = raw.indexOf(QByteArrayView(";MN="));
    if (at < 0)
        return {};
    const QByteArrayView rest = raw.sliced(at + 4);
    qsizetype end = 0;
    while (end < rest.size() && end < 32 && rest[end] != ';' && rest[end] != '&')
        ++end;
    return QString::fromLatin1(rest.first(end));
}

void Hj212Server::Impl::listen()
{
    if (server && server->isListening())
        return;
    if (!server) {
        server = new QTcpServer(q);
        // 200 transmitters reconnecting at once after a network outage must not be refused
        // by a short kernel backlog or Qt's pending queue.
        server->setListenBacklogSize(1024);
        server->setMaxPendingConnections(1024);
        QObject::connect(server, &QTcpServer::newConnection, q, [this] { onNewConnection(); });
    }
    if (!server->listen(settings.address, settings.port)) {
        listenError = server->errorString();
        qCWarning(lcAcquisition).noquote() << QStringLiteral("hj212: cannot listen on %1:%2: %3")
                                                  .arg(settings.address.toString())
                                                  .arg(settings.port)
                                                  .arg(listenError);
        state = LinkState::Disconnected;
        emit q->linkStateChanged(state, listenError);
        return;
    }
    listenError.clear();
    state = LinkState::Connected;
    const QString where =
        QStringLiteral("%1:%2").arg(settings.address.toString()).arg(server->serverPort());
    qCInfo(lcAcquisition).noquote() << "hj212: listening on" << where;
    emit q->linkStateChanged(state, Hj212Server::tr("listening on %1").arg(where));
}

void Hj212Server::Impl::shutdown()
{
    if (server)
        server->close();
    flushParts(nullptr); // accepted and answered: delivered, not dropped
    backfillTimer->stop();
    std::vector<Connection *> open;
    for (auto &[id, c] : connections)
        open.push_back(c);
    for (Connection *c : open)
        c->close(Hj212Server::tr("server stopped"));
    if (state != LinkState::Disconnected) {
        state = LinkState::Disconnected;
        emit q->linkStateChanged(state, Hj212Server::tr("stopped"));
    }
}

void Hj212Server::Impl::onNewConnection()
{
    while (QTcpSocket *s = server->nextPendingConnection()) {
        const QString address = plain(s->peerAddress()).toString();
        QString refusal;
        if (static_cast<int>(connections.size()) >= settings.maxConnections)
            refusal = Hj212Server::tr("%1 connections open").arg(connections.size());
        else if (perAddress.value(address) >= settings.maxConnectionsPerAddress)
            refusal = Hj212Server::tr("%1 connections open from this address (not yet "
                                      "authenticated)")
                          .arg(perAddress.value(address));
        if (!refusal.isEmpty()) {
            qCWarning(lcAcquisition).noquote()
                << QStringLiteral("hj212 %1:%2: connection refused: %3")
                       .arg(address)
                       .arg(s->peerPort())
                       .arg(refusal);
            s->abort();
            s->deleteLater();
            continue;
        }
        ConnectionLimits limits;
        limits.maxSegment = settings.maxSegment;
        limits.maxPacketsPerSecond = settings.maxPacketsPerSecond;
        limits.idleTimeoutS = settings.idleTimeoutS;
        limits.authTimeoutS = settings.authTimeoutS;
        Connection::Listener l;
        l.frame = [this](Connection &c, const QByteArray &f, std::int64_t offset) {
            onFrame(c, f, offset);
        };
        l.junk = [this](Connection &c, const hj212::StreamFramer::Item &j) { onJunk(c, j); };
        l.dropped = [this](Connection &c, int n) { onDropped(c, n); };
        l.closed = [this](Connection &c, const QString &why) { onClosed(c, why); };
        auto *c = new Connection(s, nextConnectionId++, limits, std::move(l));
        c->setParent(q);
        connections.emplace(c->id(), c);
        perAddress[address] += 1;
        qCDebug(lcAcquisition).noquote() << "hj212: connection from" << c->peer();
    }
}

void Hj212Server::Impl::onJunk(Connection &c, const hj212::StreamFramer::Item &junk)
{
    const QString reason = rejectionText(junk.why, junk.streamOffset);
    qCWarning(lcAcquisition).noquote()
        << QStringLiteral("hj212 %1: skipped %2 bytes at stream offset %3: %4")
               .arg(c.peer())
               .arg(junk.bytes.size())
               .arg(junk.streamOffset)
               .arg(reason);
    rejectFrame(c, junk.bytes, sniffMn(junk.bytes), reason);
}

void Hj212Server::Impl::onDropped(Connection &c, int dropped)
{
    // Only a connection that has not delivered an accepted packet has packets dropped, so
    // there is no MN to count them on.
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    c.droppedUnlogged += dropped;
    if (nowMs - c.dropLoggedMs < 1000)
        return;
    qCWarning(lcAcquisition).noquote()
        << QStringLiteral("hj212 %1: %2 packets over the limit of %3 a second dropped")
               .arg(c.peer())
               .arg(c.droppedUnlogged)
               .arg(settings.maxPacketsPerSecond);
    c.droppedUnlogged = 0;
    c.dropLoggedMs = nowMs;
}

void Hj212Server::Impl::onClosed(Connection &c, const QString &why)
{
    qCInfo(lcAcquisition).noquote()
        << QStringLiteral("hj212 %1: connection closed: %2").arg(c.peer(), why);
    connections.erase(c.id());
    if (!c.isAuthenticated()) {
        const QString address = c.address().toString();
        if (--perAddress[address] <= 0)
            perAddress.remove(address);
    }
    for (const QString &mn : c.mns) {
        auto it = mns.find(mn);
        if (it == mns.end() || it->second.connId != c.id())
            continue;
        flushParts(&it->second);
        it->second.connId = 0;
        it->second.status.connected = false;
        apply(tracker.cancel(mn, Hj212Server::tr("connection closed: %1").arg(why)));
        touch(mn);
    }
    c.deleteLater();
}

Connection *Hj212Server::Impl::connectionOf(const QString &mn) const
{
    auto it = mns.find(mn);
    if (it == mns.end() || it->second.connId == 0)
        return nullptr;
    auto c = connections.find(it->second.connId);
    return c == connections.end() ? nullptr : c->second;
}

bool Hj212Server::Impl::send(Connection &c, const hj212::Packet &p)
{
    hj212::EncodeOptions o;
    o.utcOffsetS = settings.utcOffsetS;
    const Result<QByteArray> frame = hj212::encodeFrame(p, o);
    if (!frame) {
        qCWarning(lcAcquisition).noquote() << QStringLiteral("hj212 %1: cannot encode CN %2: %3")
                                                  .arg(c.peer())
                                                  .arg(p.cn)
                                                  .arg(frame.error().toString());
        return false;
    }
    if (!c.send(*frame))
        return false;
    if (logging) {
        PacketRecord r;
        r.tMs = QDateTime::currentMSecsSinceEpoch();
        r.mn = p.mn.toString();
        r.peer = c.peer();
        r.incoming = false;
        r.raw = frame->endsWith("\r\n") ? frame->chopped(2) : *frame;
        r.json = hj212::toJson(p, parseOptions());
        logPacket(std::move(r));
    }
    return true;
}

void Hj212Server::Impl::authenticate(Connection &c)
{
    if (c.isAuthenticated())
        return;
    c.setAuthenticated();
    const QString address = c.address().toString();
    if (--perAddress[address] <= 0)
        perAddress.remove(address);
}

void Hj212Server::Impl::applyIdleTimeout(Connection &c)
{
    // A transmitter reporting every 20 min must not be closed between its packets.
    int idle = settings.idleTimeoutS;
    for (const QString &mn : c.mns)
        idle = std::max(idle, 3 * planner.intervalS(mn));
    c.setIdleTimeoutS(idle);
}

void Hj212Server::Impl::closeRemoved()
{
    std::vector<Connection *> doomed;
    for (auto &[id, c] : connections) {
        if (c->mns.isEmpty())
            continue;
        bool any = false;
        for (const QString &mn : c->mns)
            any = any || registry.contains(mn);
        if (!any)
            doomed.push_back(c);
    }
    for (Connection *c : doomed)
        c->close(Hj212Server::tr("transmitter removed from the registry"));
}

} // namespace vocsync::acquisition
