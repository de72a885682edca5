#pragma once

#include "vocsync/alarms/notification.h"

#include <QByteArray>
#include <QList>
#include <QSerialPort>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QTimer;

namespace vocsync::alarms {

/// Serial settings and timeouts of a GSM/4G modem in PDU mode.
struct GsmModemConfig
{
    QString portName; ///< full path ("/dev/ttyUSB2", "COM5"); a bare "ttyUSB2" means /dev/ttyUSB2
    qint32 baudRate = 115200;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    QString smsc; ///< empty: the SMSC stored on the SIM
    std::optional<std::uint8_t> validity = std::uint8_t(0xA7); ///< TP-VP, 0xA7 = 24 h
    int commandTimeoutMs = 5000; ///< AT, ATE0, AT+CMGF and the "> " prompt
    int submitTimeoutMs = 30000; ///< from the PDU + Ctrl-Z to "+CMGS: <mr>" and OK
    /// Concatenation reference of the first long message; nullopt: random, so references do
    /// not repeat after a restart (a phone would merge parts of two messages with the same one).
    std::optional<std::uint8_t> firstReference;

    QString validate() const; ///< empty when valid, else a translated message naming the field
};

/// Sends notifications as SMS through a GSM modem on a serial port, speaking AT commands in
/// PDU mode (3GPP TS 27.005): one SMS part in flight at a time, each part of each recipient
/// reported by one DeliveryResult. Never blocks: everything is driven by readyRead and timers.
/// The port is opened on the first message, closed when it fails (ResourceError, ReadError,
/// WriteError) and opened again for the next message.
class GsmModemChannel : public NotificationChannel
{
    Q_OBJECT
public:
    explicit GsmModemChannel(const GsmModemConfig &config, QObject *parent = nullptr);
    ~GsmModemChannel() override;

    QString name() const override; ///< "sms_modem"
    void send(const Notification &notification) override;

    bool isPortOpen() const;
    int pendingParts() const; ///< parts queued or in flight

signals:
    /// The port failed and was closed (for a status line); `error` is the port's text.
    void portFailed(const QString &error);

private:
    struct Job
    {
        qint64 notificationId = 0;
        QString recipient;
        QByteArray pdu;
        int tpduLength = 0;
        int sequence = 1;
        int total = 1;
    };
    enum class Step : std::uint8_t { Idle, Init, Prompt, Submit };

    void schedulePump();
    void pump();
    bool openPort();
    void closePort();
    void startInit();
    void startSubmit();
    void sendCommand(const QByteArray &command, int timeoutMs);
    void onReadyRead();
    void onLine(const QByteArray &line);
    void onPrompt();
    void onTimeout();
    void onPortError(QSerialPort::SerialPortError error);
    void finishCurrent(bool ok, const QString &detail);
    void report(const Job &job, bool ok, const QString &detail);
    void reportLater(const Job &job, bool ok, const QString &detail);

    GsmModemConfig m_config;
    QSerialPort *m_port = nullptr;
    QTimer *m_timer = nullptr;
    QList<Job> m_queue; ///< waiting parts; the one in flight is m_current
    std::optional<Job> m_current;
    Step m_step = Step::Idle;
    bool m_ready = false; ///< init done since the port was opened or last reset
    int m_initIndex = 0;
    QByteArray m_command; ///< the command in flight, for messages
    QByteArray m_rx;
    QString m_cmgs; ///< "+CMGS: <mr>" seen for the part in flight
    bool m_pumpScheduled = false;
    bool m_closing = false; ///< a port error was seen; the close is queued
    std::uint8_t m_nextReference = 0;
};

} // namespace vocsync::alarms
