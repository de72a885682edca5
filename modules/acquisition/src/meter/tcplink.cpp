#include "meter/link.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace vocsync::acquisition {
namespace {

/// Modbus TCP, or RTU frames through a serial-to-Ethernet server.
class TcpLink final : public Link
{
public:
    TcpLink(const QString &host, quint16 port) : m_socket(this), m_host(host), m_portNo(port)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, &Link::opened);
        connect(&m_socket, &QTcpSocket::readyRead, this,
                [this] { emit received(m_socket.readAll()); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpLink::onError);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (!m_closing)
                emit failed(QCoreApplication::translate("vocsync::acquisition::TcpLink",
                                                        "%1:%2: connection closed by the peer")
                                .arg(m_host)
                                .arg(m_portNo));
        });
    }

    ~TcpLink() override
    {
        m_closing = true;
        m_socket.disconnect(this);
        m_socket.abort();
    }

    void open() override
    {
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            return;
        m_closing = false;
        m_socket.connectToHost(m_host, m_portNo);
    }
    void close() override
    {
        m_closing = true;
        m_socket.abort();
    }
    bool isOpen() const override { return m_socket.state() == QAbstractSocket::ConnectedState; }
    qint64 write(const QByteArray &bytes) override { return m_socket.write(bytes); }
    void discardInput() override { m_socket.readAll(); }
    double byteTimeUs() const override { return 0; }

private:
    void onError(QAbstractSocket::SocketError e)
    {
        if (m_closing)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // `disconnected` reports it
        const QString why = m_socket.errorString();
        m_closing = true;
        m_socket.abort();
        m_closing = false;
        emit failed(QCoreApplication::translate("vocsync::acquisition::TcpLink", "%1:%2: %3")
                        .arg(m_host)
                        .arg(m_portNo)
                        .arg(why));
    }

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_portNo;
    bool m_closing = false;
};

} // namespace

std::unique_ptr<Link> makeTcpLink(const QString &host, quint16 port)
{
    return std::make_unique<TcpLink>(host, port);
}

} // namespace vocsync::acquisition
