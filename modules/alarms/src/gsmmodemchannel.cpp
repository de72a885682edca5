#include "vocsync/alarms/gsmmodemchannel.h"

#include "gsmmodemlines.h"
#include "gsmmodemlogging.h"
#include "vocsync/alarms/smspdu.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace vocsync::alarms {

namespace {

// Echo off so the modem does not send our PDU back, PDU mode (TS 27.005 3.2.3).
const QList<QByteArray> kInitCommands = {"AT", "ATE0", "AT+CMGF=0"};
constexpr char kCtrlZ = 0x1A; // ends the PDU (TS 27.005 3.5.1)
constexpr char kEsc = 0x1B;   // cancels the PDU input at the prompt

} // namespace

QString GsmModemConfig::validate() const
{
    if (portName.trimmed().isEmpty())
        return GsmModemChannel::tr("SMS modem: the serial port name is empty");
    if (baudRate <= 0)
        return GsmModemChannel::tr("SMS modem: baud rate %1 is not positive").arg(baudRate);
    if (commandTimeoutMs <= 0 || submitTimeoutMs <= 0)
        return GsmModemChannel::tr("SMS modem: timeouts must be positive");
    return {};
}

GsmModemChannel::GsmModemChannel(const GsmModemConfig &config, QObject *parent)
    : NotificationChannel(parent), m_config(config), m_port(new QSerialPort(this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &GsmModemChannel::onTimeout);
    connect(m_port, &QSerialPort::readyRead, this, &GsmModemChannel::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &GsmModemChannel::onPortError);
    m_nextReference = config.firstReference
                          ? *config.firstReference
                          : static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
}

GsmModemChannel::~GsmModemChannel() = default;

QString GsmModemChannel::name() const
{
    return QStringLiteral("sms_modem");
}

bool GsmModemChannel::isPortOpen() const
{
    return m_port->isOpen();
}

int GsmModemChannel::pendingParts() const
{
    return static_cast<int>(m_queue.size()) + (m_current ? 1 : 0);
}

void GsmModemChannel::send(const Notification &notification)
{
    const QString text = notification.text.isEmpty() ? notification.title : notification.text;
    const QString invalid = m_config.validate();
    if (notification.recipients.isEmpty()) {
        reportLater(Job{notification.id, {}, {}, 0, 1, 1}, false, tr("no recipient"));
        return;
    }
    for (const QString &recipient : notification.recipients) {
        const Job base{notification.id, recipient, {}, 0, 1, 1};
        if (!invalid.isEmpty()) {
            reportLater(base, false, invalid);
            continue;
        }
        sms::SubmitOptions options;
        options.smsc = m_config.smsc;
        options.validity = m_config.validity;
        options.reference = m_nextReference;
        const Result<QList<sms::SubmitPart>> parts = sms::encodeSubmit(recipient, text, options);
        if (!parts) {
            reportLater(base, false, parts.error().toString());
            continue;
        }
        if (parts->size() > 1)
            ++m_nextReference; // wraps at 256, as the 8-bit reference does
        for (const sms::SubmitPart &part : *parts) {
            m_queue.append(Job{notification.id, recipient, part.hex, part.tpduLength, part.sequence,
                               part.total});
        }
    }
    schedulePump();
}

void GsmModemChannel::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, &GsmModemChannel::pump);
}

void GsmModemChannel::pump()
{
    m_pumpScheduled = false;
    if (m_closing || m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    if (!m_port->isOpen() && !openPort()) {
        finishCurrent(
            false,
            tr("cannot open serial port %1: %2").arg(m_config.portName, m_port->errorString()));
        return;
    }
    if (m_ready)
        startSubmit();
    else
        startInit();
}

void GsmModemChannel::startSubmit()
{
    m_step = Step::Prompt;
    m_cmgs.clear();
    sendCommand("AT+CMGS=" + QByteArray::number(m_current->tpduLength), m_config.commandTimeoutMs);
}

bool GsmModemChannel::openPort()
{
    m_port->setPortName(m_config.portName);
    m_port->setBaudRate(m_config.baudRate);
    m_port->setDataBits(m_config.dataBits);
    m_port->setParity(m_config.parity);
    m_port->setStopBits(m_config.stopBits);
    m_port->setFlowControl(m_config.flowControl);
    m_rx.clear();
    m_ready = false;
    if (!m_port->open(QIODevice::ReadWrite)) {
        qCWarning(lcSms) << "cannot open" << m_config.portName << m_port->errorString();
        return false;
    }
    qCDebug(lcSms) << "opened" << m_config.portName;
    return true;
}

void GsmModemChannel::closePort()
{
    if (m_port->isOpen())
        m_port->close();
    m_ready = false;
    m_rx.clear();
}

void GsmModemChannel::startInit()
{
    m_step = Step::Init;
    m_initIndex = 0;
    sendCommand(kInitCommands.at(0), m_config.commandTimeoutMs);
}

void GsmModemChannel::sendCommand(const QByteArray &command, int timeoutMs)
{
    m_command = command;
    qCDebug(lcSms) << ">>" << command;
    m_port->write(command + '\r');
    m_timer->start(timeoutMs);
}

void GsmModemChannel::onReadyRead()
{
    m_rx += m_port->readAll();
    const QList<QByteArray> lines = takeModemLines(m_rx);
    for (const QByteArray &line : lines) {
        qCDebug(lcSms) << "<<" << line;
        onLine(line);
    }
    // The prompt is "\r\n> " with no line end after it.
    if (m_step == Step::Prompt && m_rx.trimmed().startsWith('>')) {
        m_rx.clear();
        onPrompt();
    }
}

void GsmModemChannel::onLine(const QByteArray &line)
{
    const ModemLine kind = classifyModemLine(line);
    switch (m_step) {
    case Step::Idle:
        return; // unsolicited: "RING", "+CMTI: ...", late answers
    case Step::Init:
        if (kind == ModemLine::Error) {
            const QString detail =
                tr("modem answered %1 to %2")
                    .arg(QString::fromLatin1(line), QString::fromLatin1(m_command));
            closePort(); // start again from a fresh open for the next part
            finishCurrent(false, detail);
            return;
        }
        if (kind != ModemLine::Ok)
            return;
        if (++m_initIndex < kInitCommands.size()) {
            sendCommand(kInitCommands.at(m_initIndex), m_config.commandTimeoutMs);
            return;
        }
        m_ready = true;
        startSubmit();
        return;
    case Step::Prompt:
        if (kind == ModemLine::Error)
            finishCurrent(false, QString::fromLatin1(line));
        else if (kind == ModemLine::Prompt)
            onPrompt();
        return;
    case Step::Submit:
        if (kind == ModemLine::CmgsResult)
            m_cmgs = QString::fromLatin1(line);
        else if (kind == ModemLine::Ok)
            finishCurrent(true, m_cmgs.isEmpty() ? QStringLiteral("OK") : m_cmgs);
        else if (kind == ModemLine::Error)
            finishCurrent(false, QString::fromLatin1(line));
        return;
    }
}

void GsmModemChannel::onPrompt()
{
    m_step = Step::Submit;
    qCDebug(lcSms) << ">>" << m_current->pdu << "^Z";
    m_port->write(m_current->pdu + kCtrlZ);
    m_command = "PDU";
    m_timer->start(m_config.submitTimeoutMs);
}

void GsmModemChannel::onTimeout()
{
    if (!m_current)
        return;
    const int ms = m_step == Step::Submit ? m_config.submitTimeoutMs : m_config.commandTimeoutMs;
    const QString what = m_step == Step::Submit ? tr("the PDU") : QString::fromLatin1(m_command);
    const QString detail = tr("no answer to %1 within %2 ms").arg(what).arg(ms);
    qCWarning(lcSms) << detail;
    if (m_step == Step::Init) {
        // A modem that does not answer AT may be off or on another port: reopen next time.
        closePort();
    } else if (m_port->isOpen()) {
        // Leave the "> " input mode if the modem is still in it, and set it up again before
        // the next part, since its state is unknown now.
        m_port->write(QByteArray(1, kEsc));
        m_ready = false;
    }
    finishCurrent(false, detail);
}

void GsmModemChannel::onPortError(QSerialPort::SerialPortError error)
{
    // Errors of a failed open() are read in pump(); these are the ones of an open port. Qt 6.4
    // signals ReadError in a busy loop when a pty peer dies (TOOLCHAIN.md 8), never
    // ResourceError, so any of them closes the port.
    const bool fatal = error == QSerialPort::ResourceError || error == QSerialPort::ReadError ||
                       error == QSerialPort::WriteError || error == QSerialPort::UnknownError;
    if (!fatal || m_closing || !m_port->isOpen())
        return;
    m_closing = true;
    m_timer->stop();
    const QString text = m_port->errorString();
    qCWarning(lcSms) << "serial port" << m_config.portName << "failed:" << text;
    // Closed from the event loop, not inside QSerialPort's own notification handler.
    QMetaObject::invokeMethod(
        this,
        [this, text] {
            closePort();
            m_closing = false;
            emit portFailed(text);
            if (m_current)
                finishCurrent(false, tr("serial port %1: %2").arg(m_config.portName, text));
            else
                schedulePump();
        },
        Qt::QueuedConnection);
}

void GsmModemChannel::finishCurrent(bool ok, const QString &detail)
{
    m_timer->stop();
    const Job job = *m_current;
    m_current.reset();
    m_step = Step::Idle;
    report(job, ok, detail);
    schedulePump();
}

void GsmModemChannel::report(const Job &job, bool ok, const QString &detail)
{
    DeliveryResult r;
    r.notificationId = job.notificationId;
    r.channel = name();
    r.recipient = job.recipient;
    r.ok = ok;
    r.detail = job.total > 1
                   ? QStringLiteral("%1 [%2/%3]").arg(detail).arg(job.sequence).arg(job.total)
                   : detail;
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    if (!ok)
        qCWarning(lcSms) << "SMS to" << job.recipient << "failed:" << r.detail;
    emit delivered(r);
}

void GsmModemChannel::reportLater(const Job &job, bool ok, const QString &detail)
{
    // send() never emits from inside itself: the engine may be in the middle of a change.
    QTimer::singleShot(0, this, [this, job, ok, detail] { report(job, ok, detail); });
}

} // namespace vocsync::alarms
