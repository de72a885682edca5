#include "meter/link.h"

#include <QCoreApplication>
#include <QSerialPort>

namespace vocsync::acquisition {
namespace {

QSerialPort::Parity toParity(char p)
{
    switch (p) {
    case 'E':
        return QSerialPort::EvenParity;
    case 'O':
        return QSerialPort::OddParity;
    default:
        return QSerialPort::NoParity;
    }
}

/// RS-485 through a USB adapter or a COM port.
class SerialLink final : public Link
{
public:
    SerialLink(const QString &port, const SerialSettings &s)
        : m_port(this), m_name(port), m_settings(s)
    {
        m_port.setPortName(port);
        connect(&m_port, &QSerialPort::readyRead, this,
                [this] { emit received(m_port.readAll()); });
        connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::onError);
    }

    ~SerialLink() override
    {
        m_port.disconnect(this);
        if (m_port.isOpen())
            m_port.close();
    }

    void open() override
    {
        if (m_port.isOpen())
            return;
        m_port.setBaudRate(m_settings.baud);
        m_port.setParity(toParity(m_settings.parity));
        m_port.setDataBits(m_settings.dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8);
        m_port.setStopBits(m_settings.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        if (!m_port.open(QIODevice::ReadWrite)) {
            const QString why = m_port.errorString();
            m_port.clearError();
            emit failed(QCoreApplication::translate("vocsync::acquisition::SerialLink",
                                                    "cannot open %1: %2")
                            .arg(m_name, why));
            return;
        }
        m_port.clear();
        emit opened();
    }

    void close() override
    {
        if (m_port.isOpen())
            m_port.close();
    }
    bool isOpen() const override { return m_port.isOpen(); }
    qint64 write(const QByteArray &bytes) override { return m_port.write(bytes); }
    void discardInput() override
    {
        if (m_port.isOpen())
            m_port.clear(QSerialPort::Input);
        m_port.readAll();
    }
    double byteTimeUs() const override
    {
        // start bit + data bits + parity + stop bits per character
        const int bits =
            1 + m_settings.dataBits + (m_settings.parity == 'N' ? 0 : 1) + m_settings.stopBits;
        return 1e6 * bits / std::max(1, m_settings.baud);
    }

private:
    void onError(QSerialPort::SerialPortError e)
    {
        if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError)
            return;
        if (!m_port.isOpen())
            return; // open() reports its own failure
        const QString why = m_port.errorString();
        m_port.clearError();
        m_port.close();
        emit failed(QCoreApplication::translate("vocsync::acquisition::SerialLink", "%1: %2")
                        .arg(m_name, why));
    }

    QSerialPort m_port;
    QString m_name; ///< as the user gave it (QSerialPort shortens /dev/ttyUSB0 to ttyUSB0)
    SerialSettings m_settings;
};

} // namespace

std::unique_ptr<Link> makeSerialLink(const QString &port, const SerialSettings &settings)
{
    return std::make_unique<SerialLink>(port, settings);
}

} // namespace vocsync::acquisition
