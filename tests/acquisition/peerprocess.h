#pragma once

// Real peers for the meter acquisition tests (and the CLI's meter commands): socat pty pairs,
// tests/support/modbus_peer.py (pymodbus) and tests/support/dlt645_peer.py as child processes,
// their ready files, the engineering values they print and the requests they log. Waits spin
// the event loop (QTest::qWait), so a MeterPoller living on the test thread keeps polling.
// Needs Qt Core and QtTest only: tests/app includes it too.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <chrono>
#include <memory>

namespace peertest {

inline QString python()
{
    // Debian's interpreter: the python3 on PATH may be a pyenv that cannot see pymodbus.
    return QStringLiteral("/usr/bin/python3");
}

inline QString sourceDir()
{
    return qEnvironmentVariable("VOCSYNC_SOURCE_DIR");
}

inline QString templatePath(const QString &templateId)
{
    return sourceDir() + QStringLiteral("/resources/devices/") + templateId +
           QStringLiteral(".json");
}

inline QString supportScript(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/support/") + name;
}

/// Why the peers cannot run on this machine, or empty when they can (for QSKIP).
inline QString missingTools(bool socat, bool pymodbus)
{
    if (socat && QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        return QStringLiteral("socat is not installed (apt-get install socat)");
    if (!QFileInfo::exists(python()))
        return QStringLiteral("/usr/bin/python3 is missing");
    if (QProcess::execute(python(), {QStringLiteral("-c"), QStringLiteral("import serial")}) != 0)
        return QStringLiteral("pyserial is missing (apt-get install python3-serial)");
    if (pymodbus &&
        QProcess::execute(python(), {QStringLiteral("-c"),
                                     QStringLiteral("import pymodbus, serial_asyncio")}) != 0) {
        return QStringLiteral("pymodbus is missing (apt-get install python3-pymodbus "
                              "python3-serial-asyncio)");
    }
    return {};
}

/// Waits (event loop running) until `path` exists; a dangling link does not count.
inline bool waitForFile(const QString &path, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!QFileInfo::exists(path)) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// Spins the event loop until `done()` or `timeoutMs`; returns `done()`. (QTRY_* would wait
/// three times as long on a failure, to report when the condition came true.)
template <typename F> bool waitUntil(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return done();
        QTest::qWait(10);
    }
    return true;
}

/// CLOCK_MONOTONIC in ns: the clock of the peers' request logs (time.monotonic_ns()).
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline QByteArray tail(const QString &path, int bytes = 1500)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return all.right(bytes);
}

/// A child process with its stdout and stderr in files; stopped (SIGTERM, then SIGKILL) when
/// destroyed, so a failing test leaves nothing running.
class Child
{
public:
    Child() = default;
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;
    ~Child() { stop(); }

    bool start(const QString &program, const QStringList &args, const QString &outFile,
               const QString &errFile)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(outFile);
        m_process->setStandardErrorFile(errFile);
        m_process->start(program, args);
        return m_process->waitForStarted(5000);
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    /// SIGTERM: the peers close their ports and connections cleanly.
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process.reset();
    }

    /// SIGKILL: as a crash or a pulled cable; the kernel closes what it held.
    void kill()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
};

/// A socat pty pair: the station opens station(), a peer opens peer(). Killing socat makes
/// both ptys vanish, as unplugging a USB adapter does.
class PtyPair
{
public:
    /// `dir` holds the two links; `name` keeps several pairs apart. Empty on success.
    QString start(const QString &dir, const QString &name = QStringLiteral("tty"))
    {
        m_station = dir + QLatin1Char('/') + name + QStringLiteral("-station");
        m_peer = dir + QLatin1Char('/') + name + QStringLiteral("-peer");
        m_log = dir + QLatin1Char('/') + name + QStringLiteral("-socat.log");
        return restart();
    }

    /// Starts socat again with the same link names (after kill()).
    QString restart()
    {
        QFile::remove(m_station); // links left dangling by a killed socat
        QFile::remove(m_peer);
        if (!m_socat.start(QStringLiteral("socat"),
                           {QStringLiteral("-d"), QStringLiteral("-d"),
                            QStringLiteral("pty,raw,echo=0,link=") + m_station,
                            QStringLiteral("pty,raw,echo=0,link=") + m_peer},
                           QString(), m_log)) {
            return QStringLiteral("socat did not start");
        }
        if (!waitForFile(m_station, 5000) || !waitForFile(m_peer, 5000))
            return QStringLiteral("socat made no pty pair: ") + QString::fromUtf8(tail(m_log));
        return {};
    }

    void kill() { m_socat.kill(); }
    void stop() { m_socat.stop(); }
    const QString &station() const { return m_station; }
    const QString &peer() const { return m_peer; }

private:
    Child m_socat;
    QString m_station;
    QString m_peer;
    QString m_log;
};

/// One unit a Modbus peer plays, with the values it says the decoder must produce.
struct ModbusUnit
{
    int unit = 0;
    QString templateId;
    QJsonObject values; ///< key -> engineering value
    double pt = 1;
    double ct = 1;
};

/// One line of --log-requests: "<request_ns> <unit> <function> <address> <count> <reply_ns>
/// <outcome>".
struct LoggedRequest
{
    qint64 requestNs = 0;
    int unit = 0;
    int function = 0;
    int address = 0;
    int count = 0;
    qint64 replyNs = -1;
    QString outcome;
};

inline QList<LoggedRequest> readRequestLog(const QString &path)
{
    QList<LoggedRequest> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!f.atEnd()) {
        const QList<QByteArray> w = f.readLine().simplified().split(' ');
        if (w.size() != 7)
            continue;
        LoggedRequest r;
        r.requestNs = w[0].toLongLong();
        r.unit = w[1].toInt();
        r.function = w[2].toInt();
        r.address = w[3].toInt();
        r.count = w[4].toInt();
        r.replyNs = w[5].toLongLong();
        r.outcome = QString::fromLatin1(w[6]);
        out.append(r);
    }
    return out;
}

/// tests/support/modbus_peer.py: Modbus TCP, RTU over TCP or RTU on a serial device.
class ModbusPeer
{
public:
    enum class Mode { Tcp, RtuTcp, Serial };

    /// Files go to `dir` under `name`. `devices`: "UNIT:TEMPLATE_ID[:SEED]".
    ModbusPeer(QString dir, QString name) : m_dir(std::move(dir)), m_name(std::move(name)) {}

    /// Starts the peer without waiting; `endpoint` is the TCP port ("0": any free one) or the
    /// serial device. waitReady() follows.
    bool launch(Mode mode, const QString &endpoint, const QStringList &devices,
                const QStringList &extra = {})
    {
        m_mode = mode;
        m_endpoint = endpoint;
        m_devices = devices;
        m_units.clear();
        m_port = 0;
        QFile::remove(file(QStringLiteral("ready")));
        QStringList args{supportScript(QStringLiteral("modbus_peer.py"))};
        args << (mode == Mode::Tcp      ? QStringLiteral("--tcp")
                 : mode == Mode::RtuTcp ? QStringLiteral("--rtu-tcp")
                                        : QStringLiteral("--serial"))
             << endpoint;
        for (const QString &d : devices) {
            const QStringList parts = d.split(QLatin1Char(':'));
            QString spec = parts[0] + QLatin1Char(':') + templatePath(parts.value(1));
            if (parts.size() > 2)
                spec += QLatin1Char(':') + parts[2];
            args << QStringLiteral("--device") << spec;
        }
        args << QStringLiteral("--ready-file") << file(QStringLiteral("ready"))
             << QStringLiteral("--log-requests") << requestLog() << extra;
        return m_child.start(python(), args, file(QStringLiteral("out")),
                             file(QStringLiteral("err")));
    }

    /// Waits for the ready file and reads the expected values. Empty on success.
    QString waitReady(int timeoutMs = 20000)
    {
        // The file exists a moment before its lines are in it.
        const bool wantPort = m_mode != Mode::Serial && m_endpoint == QLatin1String("0");
        const auto ready = [&] {
            QFile f(file(QStringLiteral("ready")));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = f.readAll();
            const qsizetype at = text.indexOf("port ");
            if (at >= 0 && text.endsWith('\n'))
                m_port = static_cast<quint16>(text.mid(at + 5).trimmed().toInt());
            return text.startsWith("ready\n") && (!wantPort || m_port != 0);
        };
        if (!waitUntil(ready, timeoutMs))
            return QStringLiteral("peer %1 never became ready: %2")
                .arg(m_name, QString::fromUtf8(tail(file(QStringLiteral("err")))));
        m_readyNs = monotonicNs();
        if (m_mode != Mode::Serial && !wantPort)
            m_port = static_cast<quint16>(m_endpoint.toInt());
        QFile out(file(QStringLiteral("out")));
        if (!out.open(QIODevice::ReadOnly))
            return QStringLiteral("peer %1: no output").arg(m_name);
        for (const QByteArray &line : out.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            ModbusUnit u;
            u.unit = o.value(QLatin1String("unit")).toInt();
            u.templateId = o.value(QLatin1String("template")).toString();
            u.values = o.value(QLatin1String("values")).toObject();
            const QJsonObject ratios = o.value(QLatin1String("ratios")).toObject();
            u.pt = ratios.value(QLatin1String("pt")).toDouble(1);
            u.ct = ratios.value(QLatin1String("ct")).toDouble(1);
            m_units.append(u);
        }
        if (m_units.size() != m_devices.size())
            return QStringLiteral("peer %1 printed %2 units, expected %3")
                .arg(m_name)
                .arg(m_units.size())
                .arg(m_devices.size());
        return {};
    }

    QString start(Mode mode, const QString &endpoint, const QStringList &devices,
                  const QStringList &extra = {})
    {
        if (!launch(mode, endpoint, devices, extra))
            return QStringLiteral("peer %1 did not start").arg(m_name);
        return waitReady();
    }

    /// Starts again on the same port or device, with the same units (after kill()).
    QString restart(const QStringList &extra = {})
    {
        const QString endpoint = m_mode == Mode::Serial ? m_endpoint : QString::number(m_port);
        return start(m_mode, endpoint, m_devices, extra);
    }

    void stop() { m_child.stop(); }
    void kill() { m_child.kill(); }

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    qint64 readyNs() const { return m_readyNs; }
    const QList<ModbusUnit> &units() const { return m_units; }
    const ModbusUnit *unit(int id) const
    {
        for (const ModbusUnit &u : m_units) {
            if (u.unit == id)
                return &u;
        }
        return nullptr;
    }
    QString requestLog() const { return file(QStringLiteral("requests.log")); }
    QList<LoggedRequest> requests() const { return readRequestLog(requestLog()); }
    QString stderrTail() const { return QString::fromUtf8(tail(file(QStringLiteral("err")))); }

private:
    QString file(const QString &what) const
    {
        return m_dir + QLatin1Char('/') + m_name + QLatin1Char('-') + what;
    }

    QString m_dir;
    QString m_name;
    Mode m_mode = Mode::Tcp;
    QStringList m_devices;
    QString m_endpoint;
    quint16 m_port = 0;
    qint64 m_readyNs = 0;
    QList<ModbusUnit> m_units;
    Child m_child;
};

/// tests/support/dlt645_peer.py: DL/T 645-2007 meters on a serial device (2400 8E1).
class Dlt645Peer
{
public:
    Dlt645Peer(QString dir, QString name) : m_dir(std::move(dir)), m_name(std::move(name)) {}

    /// Empty on success; values() then holds address -> key -> value.
    QString start(const QString &device, const QStringList &addresses,
                  const QStringList &extra = {})
    {
        m_values.clear();
        QFile::remove(file(QStringLiteral("ready")));
        QStringList args{supportScript(QStringLiteral("dlt645_peer.py")),
                         QStringLiteral("--serial"),
                         device,
                         QStringLiteral("--seed"),
                         QStringLiteral("7"),
                         QStringLiteral("--ready-file"),
                         file(QStringLiteral("ready"))};
        for (const QString &a : addresses)
            args << QStringLiteral("--address") << a;
        args << extra;
        if (!m_child.start(python(), args, file(QStringLiteral("out")),
                           file(QStringLiteral("err")))) {
            return QStringLiteral("the DL/T 645 peer did not start");
        }
        if (!waitForFile(file(QStringLiteral("ready")), 20000))
            return QStringLiteral("the DL/T 645 peer never became ready: ") +
                   QString::fromUtf8(tail(file(QStringLiteral("err"))));
        QFile out(file(QStringLiteral("out")));
        if (!out.open(QIODevice::ReadOnly))
            return QStringLiteral("the DL/T 645 peer printed nothing");
        for (const QByteArray &line : out.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                m_values.insert(o.value(QLatin1String("address")).toString(),
                                o.value(QLatin1String("values")).toObject());
        }
        if (m_values.size() != addresses.size())
            return QStringLiteral("the DL/T 645 peer printed %1 meters, expected %2")
                .arg(m_values.size())
                .arg(addresses.size());
        return {};
    }

    void stop() { m_child.stop(); }
    QJsonObject values(const QString &address) const { return m_values.value(address); }

private:
    QString file(const QString &what) const
    {
        return m_dir + QLatin1Char('/') + m_name + QLatin1Char('-') + what;
    }

    QString m_dir;
    QString m_name;
    QMap<QString, QJsonObject> m_values;
    Child m_child;
};

} // namespace peertest
