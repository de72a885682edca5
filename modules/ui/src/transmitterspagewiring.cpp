// TransmittersPage, part 3: the connections to the HJ 212 server and the upstream forwarder,
// which live on other threads (DESIGN.md, Threads): every call crosses by a queued connection.
#include "vocsync/ui/transmitterspage.h"

#include <QPointer>

namespace vocsync::ui {

using acquisition::Hj212Server;
using sync::UpstreamForwarder;

void TransmittersPage::connectServer(Hj212Server *server)
{
    const auto queued = Qt::QueuedConnection;
    connect(server, &Hj212Server::transmitterChanged, this, &TransmittersPage::updateTransmitter,
            queued);
    connect(server, &Hj212Server::packetLogged, this, &TransmittersPage::appendPacket, queued);
    connect(server, &Hj212Server::commandFinished, this, &TransmittersPage::showCommandResult,
            queued);
    connect(server, &Hj212Server::rejected, this, &TransmittersPage::showRejected, queued);

    // The lambdas run on the server's thread (their context object is the server).
    connect(
        this, &TransmittersPage::getTimeRequested, server,
        [server](const QString &mn) { server->getTime(mn); }, queued);
    connect(
        this, &TransmittersPage::setTimeRequested, server,
        [server](const QString &mn, qint64 utcMs) { server->setTime(mn, utcMs); }, queued);
    connect(
        this, &TransmittersPage::getRtdIntervalRequested, server,
        [server](const QString &mn) { server->getRtdInterval(mn); }, queued);
    connect(
        this, &TransmittersPage::setRtdIntervalRequested, server,
        [server](const QString &mn, int seconds) { server->setRtdInterval(mn, seconds); }, queued);
    connect(
        this, &TransmittersPage::historyRequested, server,
        [server](const QString &mn, int cn, qint64 fromMs, qint64 toMs) {
            server->requestHistory(mn, cn, fromMs, toMs);
        },
        queued);
    connect(this, &TransmittersPage::packetLoggingChanged, server, &Hj212Server::setPacketLogging,
            queued);

    // What the server knows already, and its port: now, and again whenever it starts or stops
    // listening.
    QPointer<TransmittersPage> page(this);
    const auto fetch = [server, page](bool withTransmitters) {
        const quint16 port = server->serverPort();
        const QString error = server->lastListenError();
        QList<acquisition::TransmitterStatus> transmitters;
        if (withTransmitters)
            transmitters = server->transmitters();
        if (!page)
            return;
        QMetaObject::invokeMethod(page.data(), [page, port, error, transmitters, withTransmitters] {
            if (!page)
                return;
            page->setListening(port, error);
            if (withTransmitters)
                page->setTransmitters(transmitters);
        });
    };
    connect(server, &acquisition::SampleSource::linkStateChanged, server,
            [fetch] { fetch(false); });
    const bool logging = m_packetLog->isLogging();
    QMetaObject::invokeMethod(server, [server, logging, fetch] {
        server->setPacketLogging(logging);
        fetch(true);
    });
}

void TransmittersPage::connectForwarder(UpstreamForwarder *forwarder)
{
    connect(forwarder, &UpstreamForwarder::statusChanged, this, &TransmittersPage::updateUpstream,
            Qt::QueuedConnection);
    QPointer<TransmittersPage> page(this);
    QMetaObject::invokeMethod(forwarder, [forwarder, page] {
        const QList<sync::UpstreamStatus> targets = forwarder->status();
        if (!page)
            return;
        QMetaObject::invokeMethod(page.data(), [page, targets] {
            if (page)
                page->setUpstreamTargets(targets);
        });
    });
}

} // namespace vocsync::ui
