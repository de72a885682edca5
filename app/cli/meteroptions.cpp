#include "meteroptions.h"

#include "cliutil.h"

#include "vocsync/core/timeutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vocsync::cli {

void PortOptions::addTo(QCommandLineParser &parser, bool network)
{
    if (network)
        parser.addOptions({tcp, rtuTcp});
    parser.addOptions({serial, baud, parity, stopBits, frameDelay, timeout, frames});
}

namespace {

Result<int> intOption(const QCommandLineParser &p, const QCommandLineOption &o, int lo, int hi)
{
    bool ok = false;
    const int v = p.value(o).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        return Error{
            tr("expected a number from %1 to %2, found '%3'").arg(lo).arg(hi).arg(p.value(o)),
            QStringLiteral("--") + o.names().constFirst()};
    }
    return v;
}

} // namespace

Result<Device> PortOptions::device(const QCommandLineParser &p, const QString &serialProtocol,
                                   int defaultBaud, char defaultParity) const
{
    Device d;
    d.id = QStringLiteral("cli");
    const int chosen =
        (p.isSet(tcp) ? 1 : 0) + (p.isSet(rtuTcp) ? 1 : 0) + (p.isSet(serial) ? 1 : 0);
    if (chosen != 1) {
        return Error{tr("give exactly one port: --serial DEV%1")
                         .arg(serialProtocol == QLatin1String("modbus_rtu")
                                  ? tr(", --tcp HOST:PORT or --rtu-tcp HOST:PORT")
                                  : QString()),
                     QStringLiteral("--serial")};
    }
    if (p.isSet(tcp)) {
        d.protocol = QStringLiteral("modbus_tcp");
        d.port = p.value(tcp);
    } else if (p.isSet(rtuTcp)) {
        d.protocol = QStringLiteral("modbus_rtu_tcp");
        d.port = p.value(rtuTcp);
    } else {
        d.protocol = serialProtocol;
        d.port = p.value(serial);
    }
    d.serial.baud = defaultBaud;
    d.serial.parity = defaultParity;
    if (p.isSet(baud)) {
        static const QList<int> rates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
        const int b = p.value(baud).toInt();
        if (!rates.contains(b)) {
            return Error{tr("expected 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200, "
                            "found '%1'")
                             .arg(p.value(baud)),
                         QStringLiteral("--baud")};
        }
        d.serial.baud = b;
    }
    if (p.isSet(parity)) {
        const QString v = p.value(parity).toUpper();
        if (v != QLatin1String("N") && v != QLatin1String("E") && v != QLatin1String("O"))
            return Error{tr("expected N, E or O, found '%1'").arg(p.value(parity)),
                         QStringLiteral("--parity")};
        d.serial.parity = v.at(0).toLatin1();
    }
    const auto stops = intOption(p, stopBits, 1, 2);
    if (!stops)
        return stops.error();
    d.serial.stopBits = *stops;
    const auto delay = intOption(p, frameDelay, 0, 1000);
    if (!delay)
        return delay.error();
    d.serial.frameDelayMs = *delay;
    const auto t = intOption(p, timeout, 20, 60000);
    if (!t)
        return t.error();
    d.timeoutMs = *t;
    return d;
}

Result<QString> resolveTemplate(acquisition::TemplateLibrary &library, const QString &spec,
                                const QString &protocol)
{
    QString id = spec;
    if (spec.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (const Status s = library.addFile(spec, true); !s)
            return s.error();
        id = QFileInfo(spec).completeBaseName();
    }
    const acquisition::TemplateInfo *info = library.info(id);
    if (!info) {
        QStringList ids;
        for (const auto &t : library.list()) {
            if (t.protocol == protocol)
                ids << t.id;
        }
        return Error{
            tr("unknown template '%1'; known: %2").arg(spec, ids.join(QStringLiteral(", "))),
            QStringLiteral("--template")};
    }
    if (info->protocol != protocol) {
        return Error{tr("template '%1' is a %2 template, not %3").arg(id, info->protocol, protocol),
                     QStringLiteral("--template")};
    }
    return id;
}

Result<Device> meterDevice(const QCommandLineParser &parser, const PortOptions &port,
                           acquisition::TemplateLibrary &library, const QString &spec,
                           const QString &protocol, const QString &serialProtocol)
{
    const Result<QString> id = resolveTemplate(library, spec, protocol);
    if (!id)
        return id.error();
    const acquisition::TemplateInfo *t = library.info(*id);
    Result<Device> device = port.device(parser, serialProtocol, t->defaultBaud, t->defaultParity);
    if (!device)
        return device;
    Device d = std::move(device).value();
    d.templateId = *id;
    return d;
}

int deviceError(const QString &command, const Error &error)
{
    return error.where == QLatin1String("--serial") ? usageError(command, error.message)
                                                    : inputError(command, error);
}

void ReadOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({count, interval, retries, json});
}

Result<ReadPlan> ReadOptions::plan(const QCommandLineParser &parser, const PortOptions &port,
                                   Device *device) const
{
    const auto n = intOption(parser, count, 1, 1000000);
    const auto ms = intOption(parser, interval, 1000, 3600000);
    const auto r = intOption(parser, retries, 0, 100);
    for (const auto *v : {&n, &ms, &r}) {
        if (!*v)
            return v->error();
    }
    device->pollIntervalMs = *ms;
    ReadPlan plan;
    plan.count = *n;
    plan.retries = *r;
    plan.json = parser.isSet(json);
    plan.frames = parser.isSet(port.frames);
    return plan;
}

QString frameLine(const acquisition::FrameRecord &f)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(f.tMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString dir = f.direction == acquisition::FrameRecord::Direction::Tx
                            ? QStringLiteral("TX")
                            : QStringLiteral("RX");
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(time, f.busId, dir, QString::fromLatin1(f.bytes.toHex(' ').toUpper()));
    if (!f.note.isEmpty())
        line += QStringLiteral("  (%1)").arg(f.note);
    return line;
}

QByteArray readingJson(const acquisition::Reading &r, const QString &templateId)
{
    QJsonObject values;
    for (const acquisition::ReadingValue &v : r.values) {
        QJsonObject o{{QStringLiteral("name"), v.name}, {QStringLiteral("unit"), v.unit}};
        if (v.ok)
            o.insert(QStringLiteral("value"), v.value);
        else
            o.insert(QStringLiteral("error"), v.error);
        values.insert(v.key, o);
    }
    const QJsonObject root{
        {QStringLiteral("time"), timeutil::toIso(r.tMs)},
        {QStringLiteral("template"), templateId},
        {QStringLiteral("rtt_ms"), r.rttMs},
        {QStringLiteral("ratios"),
         QJsonObject{{QStringLiteral("pt"), r.ptRatio}, {QStringLiteral("ct"), r.ctRatio}}},
        {QStringLiteral("values"), values}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString readingTable(const acquisition::Reading &r)
{
    QString s;
    for (const acquisition::ReadingValue &v : r.values) {
        // Names last: Chinese characters are two columns wide in a terminal.
        const QString value =
            v.ok ? QString::number(v.value, 'f', v.decimals) : QStringLiteral("—");
        s += QStringLiteral("%1 %2 %3 %4%5\n")
                 .arg(v.key.leftJustified(10), value.rightJustified(12), v.unit.leftJustified(5),
                      v.name, v.ok ? QString() : QStringLiteral("  (%1)").arg(v.error));
    }
    s += tr("%1  round trip %2 ms  PT %3  CT %4\n")
             .arg(timeutil::toIso(r.tMs))
             .arg(r.rttMs)
             .arg(r.ptRatio)
             .arg(r.ctRatio);
    return s;
}

} // namespace vocsync::cli
