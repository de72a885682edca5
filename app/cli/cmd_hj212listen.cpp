// vocsync-cli hj212 listen: the station's HJ 212 server on the command line, for field work
// (docs/hj212-demo.md): accepts the registered transmitters, stores what they send and prints
// each packet. Wiring only: the server is acquisition's, the writers storage's.
#include "cliutil.h"
#include "commands.h"
#include "hj212listenlog.h"
#include "hj212runloop.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/acquisition/demotransmitter.h"
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/transmitterjson.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/factorstore.h"
#include "vocsync/storage/lastsampletimes.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/transmitterrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace vocsync::cli {

namespace {

const QString kCommand = QStringLiteral("hj212 listen");

/// What the server needs from the database, read before it starts.
struct Station
{
    Plant plant;
    QList<TransmitterConfig> transmitters;
    QHash<QString, std::int64_t> lastDataTimes;
    int imported = 0;
    int demo = 0;
};

/// The demo plant in the database: saved when the database has no plant, else checked to be
/// there (its points are what the demo transmitters' channels are bound to).
Status ensureDemoPlant(const QSqlDatabase &db, Plant &plant)
{
    if (plant.enterprises.isEmpty() && plant.points.isEmpty()) {
        if (Status s = storage::plantrepository::save(db, acquisition::demoPlant()); !s)
            return s;
        Result<Plant> stored = storage::plantrepository::load(db);
        if (!stored)
            return stored.error();
        plant = std::move(stored).value();
    }
    if (Status s = transmitterjson::checkPlant(
            acquisition::demoTransmitters(acquisition::demoPlant()), plant);
        !s)
        return Error{
            tr("--accept-demo needs the demo plant in the database: %1").arg(s.error().message),
            s.error().where};
    return {};
}

Result<Station> readStation(const QString &dbPath, const QString &registryPath, bool acceptDemo)
{
    Result<storage::Connection> conn = storage::Connection::open(dbPath);
    if (!conn)
        return conn.error();
    const QSqlDatabase db = conn->db();
    Station st;
    Result<Plant> plant = storage::plantrepository::load(db);
    if (!plant)
        return plant.error();
    st.plant = std::move(plant).value();
    if (acceptDemo) {
        if (Status s = ensureDemoPlant(db, st.plant); !s)
            return s.error();
    }
    if (!registryPath.isEmpty()) {
        QFile file(registryPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString(), registryPath};
        Result<QList<TransmitterConfig>> list = transmitterjson::read(file.readAll(), registryPath);
        if (!list)
            return list.error();
        if (Status s = transmitterjson::checkPlant(list.value(), st.plant); !s)
            return Error{s.error().message, registryPath + QStringLiteral(": ") + s.error().where};
        // Merged: entries of the file replace those with their MN, the others stay.
        for (const TransmitterConfig &t : list.value()) {
            if (Status s = storage::transmitterrepository::save(db, t); !s)
                return s.error();
        }
        st.imported = static_cast<int>(list->size());
    }
    Result<QList<TransmitterConfig>> registry = storage::transmitterrepository::load(db);
    if (!registry)
        return registry.error();
    st.transmitters = std::move(registry).value();
    if (acceptDemo) {
        // For this run only; a registered entry with the same MN keeps its own settings.
        for (const TransmitterConfig &t : acquisition::demoTransmitters(acquisition::demoPlant())) {
            const bool known = std::any_of(st.transmitters.cbegin(), st.transmitters.cend(),
                                           [&](const TransmitterConfig &r) {
                                               return r.mn.compare(t.mn, Qt::CaseInsensitive) == 0;
                                           });
            if (!known) {
                st.transmitters.append(t);
                ++st.demo;
            }
        }
    }
    // A gap that spans a restart of the listener is backfilled too: start from what is stored.
    Result<QHash<std::uint32_t, std::int64_t>> last = storage::lastSampleTimes(db);
    if (!last)
        return last.error();
    for (const TransmitterConfig &t : st.transmitters) {
        std::int64_t newest = 0;
        for (const QString &id : t.points) {
            if (const MonitoringPoint *p = st.plant.point(id))
                newest = std::max(newest, last->value(p->key, 0));
        }
        if (newest > 0)
            st.lastDataTimes.insert(t.mn, newest);
    }
    return st;
}

void printSummary(const hj212cli::ListenLog &log, const acquisition::Hj212Server &server,
                  quint16 port, double seconds, const storage::WriterStats &writer,
                  quint64 factorsCommitted, bool json)
{
    const QList<acquisition::TransmitterStatus> list = server.transmitters();
    if (json) {
        QJsonArray transmitters;
        for (const acquisition::TransmitterStatus &s : list)
            transmitters.append(hj212cli::ListenLog::transmitterJson(s));
        const QJsonObject o{
            {QStringLiteral("event"), QStringLiteral("summary")},
            {QStringLiteral("seconds"), std::round(seconds * 10) / 10},
            {QStringLiteral("port"), port},
            {QStringLiteral("packets_in"), static_cast<qint64>(log.packetsIn())},
            {QStringLiteral("packets_out"), static_cast<qint64>(log.packetsOut())},
            {QStringLiteral("rejected"), static_cast<qint64>(log.errors())},
            {QStringLiteral("values"), static_cast<qint64>(log.valuesTotal())},
            {QStringLiteral("samples_committed"), static_cast<qint64>(writer.committed)},
            {QStringLiteral("samples_refused"), static_cast<qint64>(writer.rejected)},
            {QStringLiteral("factors_committed"), static_cast<qint64>(factorsCommitted)},
            {QStringLiteral("transmitters"), transmitters}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    out() << tr("listened %1 s: %2 packets in, %3 out, %4 rejected; %5 values; %6 samples and "
                "%7 factor values stored, %8 samples refused")
                 .arg(seconds, 0, 'f', 1)
                 .arg(log.packetsIn())
                 .arg(log.packetsOut())
                 .arg(log.errors())
                 .arg(log.valuesTotal())
                 .arg(writer.committed)
                 .arg(factorsCommitted)
                 .arg(writer.rejected)
          << Qt::endl;
    for (const acquisition::TransmitterStatus &s : list) {
        out() << tr("  %1 %2 %3: %4 packets, %5 errors, %6 values (%7 backfilled)%8")
                     .arg(s.mn, s.enterpriseId.isEmpty() ? QStringLiteral("-") : s.enterpriseId,
                          s.connected ? tr("connected") : tr("not connected"))
                     .arg(s.packets)
                     .arg(s.errors)
                     .arg(s.samples)
                     .arg(s.backfilled)
                     .arg(s.lastError.isEmpty() ? QString()
                                                : tr("; last error: %1").arg(s.lastError))
              << Qt::endl;
    }
}

} // namespace

int runHj212Listen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli hj212 listen --port N --db FILE [--registry FILE.json] [--bind ADDR]\n"
        "                         [--accept-demo] [--json] [--duration S]\n\n"
        "Runs the station's HJ 212 server: transmitters (数采仪) connect to PORT, packets of MNs\n"
        "registered in the database (or in --registry, imported into it first) with the right\n"
        "password are answered and stored (samples of bound points, other factors), gaps after\n"
        "an outage are backfilled by history requests. Prints one line per packet in and out\n"
        "(JSON Lines with --json: time, dir, peer, mn, cn, qn, ok, error, samples), the outcome\n"
        "of each command, and a summary when stopped by Ctrl+C, SIGTERM or --duration.\n"
        "--accept-demo also accepts the demo plant's transmitters (`hj212 simulate`), saving\n"
        "the demo plant into an empty database. See docs/hj212-demo.md."));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     tr("TCP port to listen on (0: any free port)."),
                                     QStringLiteral("N"));
    const QCommandLineOption dbOpt = dbOption();
    const QCommandLineOption registryOpt(
        QStringLiteral("registry"),
        tr("MN registry JSON (docs/hj212-server.md) to import into the database first."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption bindOpt(
        QStringLiteral("bind"), tr("Address to listen on (default: all)."), QStringLiteral("ADDR"));
    const QCommandLineOption demoOpt(QStringLiteral("accept-demo"),
                                     tr("Also accept the demo plant's transmitters."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON Lines."));
    const QCommandLineOption durationOpt = hj212cli::durationOption();
    parser.addOptions({portOpt, dbOpt, registryOpt, bindOpt, demoOpt, jsonOpt, durationOpt});
    int rc = kExitOk;
    if (!parse(parser, args, kCommand, &rc))
        return rc;
    // The first positional argument is the action's own name ("listen", "simulate").
    if (parser.positionalArguments().size() > 1)
        return usageError(kCommand,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(portOpt))
        return usageError(kCommand, tr("--port N is required"));
    if (!parser.isSet(dbOpt))
        return usageError(kCommand, tr("--db FILE is required"));
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(kCommand,
                          tr("--port: expected 0 to 65535, found '%1'").arg(parser.value(portOpt)));
    QHostAddress address = QHostAddress::Any;
    if (parser.isSet(bindOpt) && !address.setAddress(parser.value(bindOpt)))
        return usageError(kCommand,
                          tr("--bind: '%1' is not an IP address").arg(parser.value(bindOpt)));
    const Result<qint64> duration = hj212cli::durationMs(parser, durationOpt);
    if (!duration)
        return usageError(kCommand, duration.error().toString());
    const bool json = parser.isSet(jsonOpt);
    const QString dbPath = parser.value(dbOpt);

    Result<Station> station = readStation(dbPath, parser.value(registryOpt), parser.isSet(demoOpt));
    if (!station)
        return inputError(kCommand, station.error());
    const acquisition::FactorMapLibrary maps = acquisition::FactorMapLibrary::withUserDirectory();
    for (const Error &e : maps.errors())
        err() << "vocsync-cli " << kCommand << ": "
              << tr("factor map skipped: %1").arg(e.toString()) << Qt::endl;

    storage::SampleWriter writer(dbPath);
    if (Status s = writer.start(); !s)
        return inputError(kCommand, s.error());
    storage::FactorWriter factorWriter(dbPath);
    quint64 factorsCommitted = 0;
    hj212cli::ListenLog log(json);
    const auto problem = [](const QString &message) {
        err() << "vocsync-cli " << kCommand << ": " << message << Qt::endl;
    };
    // The writers report from their threads; `log` receives on this one.
    QObject::connect(&writer, &storage::SampleWriter::problem, &log, problem);
    QObject::connect(&factorWriter, &storage::FactorWriter::problem, &log, problem);
    QObject::connect(&factorWriter, &storage::FactorWriter::committed, &log,
                     [&](quint64 n) { factorsCommitted = n; });

    acquisition::Hj212Server server(maps.maps());
    acquisition::Hj212ServerSettings settings;
    settings.address = address;
    settings.port = static_cast<quint16>(port);
    server.setSettings(settings);
    server.setTransmitters(station->transmitters, station->plant);
    server.setLastDataTimes(station->lastDataTimes);
    server.setPacketLogging(true);
    QObject::connect(&server, &acquisition::Hj212Server::packetLogged, &log,
                     &hj212cli::ListenLog::packet);
    QObject::connect(&server, &acquisition::Hj212Server::commandFinished, &log,
                     &hj212cli::ListenLog::command);
    QObject::connect(&server, &acquisition::Hj212Server::samplesReady, &log,
                     [&](const SampleBatch &b) {
                         log.values(b.size());
                         writer.enqueue(b);
                     });
    QObject::connect(&server, &acquisition::Hj212Server::factorsReady, &log,
                     [&](const FactorBatch &b) {
                         log.values(b.size());
                         factorWriter.write(b);
                     });
    server.start();
    const quint16 listening = server.serverPort(); // 0 again once stopped
    if (listening == 0) {
        writer.stop();
        return inputError(kCommand,
                          Error{tr("cannot listen: %1").arg(server.lastListenError()),
                                QStringLiteral("%1:%2").arg(address.toString()).arg(port)});
    }
    err() << "vocsync-cli " << kCommand << ": "
          << tr("listening on %1:%2 for %3 transmitters (%4 imported, %5 demo), storing into %6")
                 .arg(address.toString())
                 .arg(listening)
                 .arg(station->transmitters.size())
                 .arg(station->imported)
                 .arg(station->demo)
                 .arg(dbPath)
          << Qt::endl;
    if (station->transmitters.isEmpty())
        err() << "vocsync-cli " << kCommand << ": "
              << tr("no transmitter is registered: every packet will be rejected (use "
                    "--registry FILE.json or --accept-demo)")
              << Qt::endl;

    const double seconds = hj212cli::runUntilStopped(duration.value());
    server.stop();
    QCoreApplication::processEvents(); // the packet lines still queued
    log.flush();
    const Status flushed = writer.flush();
    factorWriter.flush();
    const storage::WriterStats stats = writer.stats();
    writer.stop();
    printSummary(log, server, listening, seconds, stats, factorsCommitted, json);
    if (!flushed)
        return inputError(kCommand, flushed.error());
    if (stats.rejected > 0)
        return inputError(kCommand, Error{tr("%1 samples were refused by the database (see the "
                                             "messages above)")
                                              .arg(stats.rejected),
                                          dbPath});
    return kExitOk;
}

} // namespace vocsync::cli
