// vocsync-cli hj212 simulate: the demo plant's transmitters as real HJ 212 TCP clients, in
// real time, so listen + simulate can be shown in two terminals (docs/hj212-demo.md).
#include "cliutil.h"
#include "commands.h"
#include "hj212runloop.h"

#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/core/transmitterjson.h"
#include "vocsync/storage/transmitterrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vocsync::cli {

namespace {

const QString kCommand = QStringLiteral("hj212 simulate");

/// The transmitters to simulate: with a database, its registered transmitters whose points
/// are all demo points (the station's own MNs and passwords); the demo registry otherwise.
Result<QList<TransmitterConfig>> transmittersFor(const QString &dbPath, const Plant &demo)
{
    if (dbPath.isEmpty())
        return acquisition::demoTransmitters(demo);
    Result<QList<TransmitterConfig>> stored = storage::transmitterrepository::loadAt(dbPath);
    if (!stored)
        return stored.error();
    QList<TransmitterConfig> out;
    for (const TransmitterConfig &t : stored.value()) {
        if (t.enabled && !t.points.isEmpty() && transmitterjson::checkPlant({t}, demo).ok())
            out.append(t);
    }
    if (out.isEmpty())
        return acquisition::demoTransmitters(demo);
    return out;
}

class EventPrinter
{
public:
    explicit EventPrinter(bool json) : m_json(json) {}

    void print(const QString &event, const QString &mn, const QJsonObject &extra,
               const QString &text) const
    {
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        if (!m_json) {
            out() << timeutil::toIso(now) << ' ' << mn << ' ' << text << Qt::endl;
            return;
        }
        QJsonObject o{{QStringLiteral("time"), timeutil::toIso(now)},
                      {QStringLiteral("event"), event},
                      {QStringLiteral("mn"), mn}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }

private:
    bool m_json;
};

} // namespace

int runHj212Simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli hj212 simulate --to HOST:PORT [--duration S] [--db FILE] [--json]\n\n"
        "Runs the demo plant's transmitters (one per enterprise, docs/hj212-demo.md) in real\n"
        "time against an HJ 212 server such as `vocsync-cli hj212 listen --accept-demo`: each\n"
        "connects as a TCP client, sends its points' real-time data (CN 2011) every interval and\n"
        "answers the server's commands (time, interval, minute/hour/day and real-time history).\n"
        "With --db, the transmitters registered in that database whose points are demo points\n"
        "are simulated (their MNs and passwords). Prints connections, data sent and commands\n"
        "(JSON Lines with --json) and a summary when stopped by Ctrl+C, SIGTERM or --duration."));
    const QCommandLineOption toOpt(QStringLiteral("to"), tr("The server."),
                                   QStringLiteral("HOST:PORT"));
    const QCommandLineOption dbOpt = dbOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON Lines."));
    const QCommandLineOption durationOpt = hj212cli::durationOption();
    parser.addOptions({toOpt, dbOpt, jsonOpt, durationOpt});
    int rc = kExitOk;
    if (!parse(parser, args, kCommand, &rc))
        return rc;
    // The first positional argument is the action's own name ("listen", "simulate").
    if (parser.positionalArguments().size() > 1)
        return usageError(kCommand,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(toOpt))
        return usageError(kCommand, tr("--to HOST:PORT is required"));
    const QString peer = parser.value(toOpt);
    const qsizetype colon = peer.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? peer.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535)
        return usageError(kCommand, tr("--to: expected HOST:PORT, found '%1'").arg(peer));
    const Result<qint64> duration = hj212cli::durationMs(parser, durationOpt);
    if (!duration)
        return usageError(kCommand, duration.error().toString());

    const Plant demo = acquisition::demoPlant();
    const Result<QList<TransmitterConfig>> transmitters =
        transmittersFor(parser.value(dbOpt), demo);
    if (!transmitters)
        return inputError(kCommand, transmitters.error());
    const acquisition::FactorMapLibrary maps = acquisition::FactorMapLibrary::withUserDirectory();
    acquisition::DemoTransmitter sim(demo, transmitters.value(), maps.maps());
    acquisition::DemoTransmitterSettings settings;
    settings.host = peer.left(colon);
    settings.port = static_cast<quint16>(port);
    sim.setSettings(settings);

    const EventPrinter printer(parser.isSet(jsonOpt));
    QObject::connect(
        &sim, &acquisition::DemoTransmitter::connectionChanged, [&](const QString &mn, bool up) {
            printer.print(up ? QStringLiteral("connected") : QStringLiteral("disconnected"), mn,
                          {{QStringLiteral("peer"), peer}},
                          up ? tr("connected to %1").arg(peer)
                             : tr("disconnected from %1").arg(peer));
        });
    QObject::connect(
        &sim, &acquisition::DemoTransmitter::instantSent,
        [&](const QString &mn, qint64 t, int samples) {
            printer.print(QStringLiteral("data"), mn,
                          {{QStringLiteral("cn"), 2011},
                           {QStringLiteral("data_time"), timeutil::toIso(t)},
                           {QStringLiteral("samples"), samples}},
                          tr("real-time data %1: %2 points").arg(timeutil::toIso(t)).arg(samples));
        });
    QObject::connect(
        &sim, &acquisition::DemoTransmitter::commandHandled,
        [&](const QString &mn, int cn, int qnRtn, int exeRtn) {
            printer.print(
                QStringLiteral("command"), mn,
                {{QStringLiteral("cn"), cn},
                 {QStringLiteral("qn_rtn"), qnRtn},
                 {QStringLiteral("exe_rtn"), exeRtn}},
                tr("command %1 answered: QnRtn %2, ExeRtn %3").arg(cn).arg(qnRtn).arg(exeRtn));
        });
    QObject::connect(&sim, &acquisition::DemoTransmitter::problem,
                     [&](const QString &mn, const QString &message) {
                         err() << "vocsync-cli " << kCommand << ": " << mn << ": " << message
                               << Qt::endl;
                     });
    err() << "vocsync-cli " << kCommand << ": "
          << tr("%1 transmitters sending to %2").arg(transmitters->size()).arg(peer) << Qt::endl;
    sim.start();
    const double seconds = hj212cli::runUntilStopped(duration.value());
    const acquisition::DemoTransmitterStats st = sim.stats();
    sim.stop();
    const QJsonObject summary{
        {QStringLiteral("event"), QStringLiteral("summary")},
        {QStringLiteral("seconds"), std::round(seconds * 10) / 10},
        {QStringLiteral("connects"), static_cast<qint64>(st.connects)},
        {QStringLiteral("frames_sent"), static_cast<qint64>(st.framesSent)},
        {QStringLiteral("answered"), static_cast<qint64>(st.answered)},
        {QStringLiteral("resent"), static_cast<qint64>(st.resent)},
        {QStringLiteral("given_up"), static_cast<qint64>(st.givenUp)},
        {QStringLiteral("realtime_packets"), static_cast<qint64>(st.realtimeInstants)},
        {QStringLiteral("history_packets"), static_cast<qint64>(st.historyPackets)},
        {QStringLiteral("commands"), static_cast<qint64>(st.commands)}};
    if (parser.isSet(jsonOpt))
        out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << tr("simulated %1 s: %2 connections, %3 real-time and %4 history packets, "
                    "%5 frames sent, %6 answered, %7 resent, %8 given up, %9 commands")
                     .arg(seconds, 0, 'f', 1)
                     .arg(st.connects)
                     .arg(st.realtimeInstants)
                     .arg(st.historyPackets)
                     .arg(st.framesSent)
                     .arg(st.answered)
                     .arg(st.resent)
                     .arg(st.givenUp)
                     .arg(st.commands)
              << Qt::endl;
    if (st.connects == 0)
        return inputError(kCommand, Error{tr("never connected"), peer});
    return kExitOk;
}

} // namespace vocsync::cli
