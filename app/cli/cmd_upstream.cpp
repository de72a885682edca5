// vocsync-cli upstream list|add|remove: the central platforms the station forwards to over
// HJ 212 (docs/hj212-upstream.md). The workstation's forwarder reads these targets at start.
#include "cliutil.h"
#include "commands.h"

#include "vocsync/core/plant.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/core/transmitterjson.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace vocsync::cli {

namespace {

const QString kList = QStringLiteral("upstream list");
const QString kAdd = QStringLiteral("upstream add");
const QString kRemove = QStringLiteral("upstream remove");

QJsonObject targetJson(const storage::UpstreamTarget &t, const storage::UpstreamQueueStats *s)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("host"), t.host},
                  {QStringLiteral("port"), t.port},
                  {QStringLiteral("mn"), t.mn},
                  {QStringLiteral("st"), t.st},
                  {QStringLiteral("version"), t.version == 0   ? QStringLiteral("2005")
                                              : t.version == 2 ? QStringLiteral("2025")
                                                               : QStringLiteral("2017")},
                  {QStringLiteral("source"), t.sourceKind},
                  {QStringLiteral("sourceId"), t.sourceId},
                  {QStringLiteral("factorMap"), t.factorMap},
                  {QStringLiteral("enabled"), t.enabled}};
    if (s) {
        o.insert(QStringLiteral("pending"), static_cast<double>(s->pending));
        o.insert(QStringLiteral("acked"), static_cast<double>(s->acked));
        o.insert(QStringLiteral("oldestPendingMs"), static_cast<double>(s->oldestPendingMs));
        o.insert(QStringLiteral("lastAnswer"), s->lastAnswer);
    }
    return o;
}

int upstreamList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli upstream list --db FILE\n\n"
           "Prints one JSON object per upstream target with its queue: packets pending (not yet "
           "answered by the platform) and answered."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int rc = kExitOk;
    if (!parse(parser, args, kList, &rc))
        return rc;
    if (!parser.isSet(db))
        return usageError(kList, tr("--db FILE is required"));
    Result<std::unique_ptr<storage::UpstreamQueue>> queue =
        storage::UpstreamQueue::open(parser.value(db));
    if (!queue)
        return inputError(kList, queue.error());
    const Result<QList<storage::UpstreamTarget>> targets = queue.value()->targets();
    if (!targets)
        return inputError(kList, targets.error());
    for (const storage::UpstreamTarget &t : targets.value()) {
        const Result<storage::UpstreamQueueStats> stats = queue.value()->stats(t.id);
        if (!stats)
            return inputError(kList, stats.error());
        out() << QJsonDocument(targetJson(t, &stats.value())).toJson(QJsonDocument::Compact)
              << '\n' << Qt::flush;
    }
    return kExitOk;
}

/// The checks a platform's MN and password need before they go into packets: the same rules
/// as a transmitter's (they travel in the same header fields).
Status checkIdentity(const storage::UpstreamTarget &t)
{
    TransmitterConfig probe;
    probe.mn = t.mn;
    probe.password = t.password;
    return transmitterjson::validateTransmitter(probe);
}

Status checkSource(const storage::UpstreamTarget &t, const QString &dbPath)
{
    if (t.sourceKind == QLatin1String("transmitter"))
        return {};
    Result<storage::Connection> conn = storage::Connection::open(dbPath);
    if (!conn)
        return conn.error();
    const Result<Plant> plant = storage::plantrepository::load(conn->db());
    if (!plant)
        return plant.error();
    for (const Enterprise &e : plant->enterprises) {
        if (e.id == t.sourceId)
            return {};
    }
    return Error{tr("no enterprise '%1' in the station's plant").arg(t.sourceId),
                 QStringLiteral("--enterprise")};
}

int upstreamAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN "
           "--password PW (--enterprise ID | --transmitter MN) [--st 31] [--version 2017] "
           "[--factor-map ID] [--disabled]\n\n"
           "Adds a central platform to forward to: an enterprise's points (as real-time data "
           "under VocSync's electrical codes) or a transmitter's factor values, under the MN "
           "and password the platform gave. Prints the new target as JSON."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name."), tr("NAME"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Platform host."), tr("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Platform TCP port."), tr("N"));
    const QCommandLineOption mn(QStringLiteral("mn"), tr("MN the platform assigned."), tr("MN"));
    const QCommandLineOption pw(QStringLiteral("password"), tr("Access password (PW)."),
                                tr("PW"));
    const QCommandLineOption enterprise(QStringLiteral("enterprise"),
                                        tr("Forward this enterprise's points."), tr("ID"));
    const QCommandLineOption transmitter(QStringLiteral("transmitter"),
                                         tr("Forward this transmitter's factor values."),
                                         tr("MN"));
    const QCommandLineOption st(QStringLiteral("st"), tr("System code ST (default 31)."),
                                tr("ST"), QStringLiteral("31"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("Protocol written: 2005, 2017 (default) or 2025."),
                                     tr("YEAR"), QStringLiteral("2017"));
    const QCommandLineOption map(QStringLiteral("factor-map"),
                                 tr("Factor map for electrical codes (default vocsync-electric)."),
                                 tr("ID"), QStringLiteral("vocsync-electric"));
    const QCommandLineOption disabled(QStringLiteral("disabled"), tr("Add it switched off."));
    parser.addOptions({db, name, host, port, mn, pw, enterprise, transmitter, st, version, map,
                       disabled});
    int rc = kExitOk;
    if (!parse(parser, args, kAdd, &rc))
        return rc;
    for (const QCommandLineOption *o : {&db, &name, &host, &port, &mn, &pw}) {
        if (!parser.isSet(*o))
            return usageError(kAdd, tr("--%1 is required").arg(o->names().constFirst()));
    }
    if (parser.isSet(enterprise) == parser.isSet(transmitter))
        return usageError(kAdd, tr("give exactly one of --enterprise and --transmitter"));

    storage::UpstreamTarget t;
    t.name = parser.value(name);
    t.host = parser.value(host).trimmed();
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return inputError(kAdd, Error{tr("port must be 1..65535, got '%1'")
                                          .arg(parser.value(port)),
                                      QStringLiteral("--port")});
    t.port = static_cast<quint16>(p);
    if (t.host.isEmpty())
        return inputError(kAdd, Error{tr("host is empty"), QStringLiteral("--host")});
    t.mn = parser.value(mn);
    t.password = parser.value(pw);
    t.st = parser.value(st);
    if (t.st.size() != 2)
        return inputError(kAdd, Error{tr("ST must be 2 characters, got '%1'").arg(t.st),
                                      QStringLiteral("--st")});
    const QString v = parser.value(version);
    if (v != QLatin1String("2005") && v != QLatin1String("2017") && v != QLatin1String("2025"))
        return inputError(kAdd, Error{tr("version must be 2005, 2017 or 2025, got '%1'").arg(v),
                                      QStringLiteral("--version")});
    t.version = v == QLatin1String("2005") ? 0 : v == QLatin1String("2017") ? 1 : 2;
    t.sourceKind = parser.isSet(enterprise) ? QStringLiteral("enterprise")
                                            : QStringLiteral("transmitter");
    t.sourceId = parser.isSet(enterprise) ? parser.value(enterprise) : parser.value(transmitter);
    t.factorMap = parser.value(map);
    t.enabled = !parser.isSet(disabled);
    if (Status s = checkIdentity(t); !s)
        return inputError(kAdd, s.error());
    if (Status s = checkSource(t, parser.value(db)); !s)
        return inputError(kAdd, s.error());

    Result<std::unique_ptr<storage::UpstreamQueue>> queue =
        storage::UpstreamQueue::open(parser.value(db));
    if (!queue)
        return inputError(kAdd, queue.error());
    const Result<int> id = queue.value()->saveTarget(t);
    if (!id)
        return inputError(kAdd, id.error());
    t.id = id.value();
    out() << QJsonDocument(targetJson(t, nullptr)).toJson(QJsonDocument::Compact) << '\n'
          << Qt::flush;
    return kExitOk;
}

int upstreamRemove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli upstream remove --db FILE --id N\n\n"
           "Removes an upstream target and its queue (packets not yet answered are dropped)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption id(QStringLiteral("id"), tr("Target id (see 'upstream list')."),
                                tr("N"));
    parser.addOptions({db, id});
    int rc = kExitOk;
    if (!parse(parser, args, kRemove, &rc))
        return rc;
    if (!parser.isSet(db) || !parser.isSet(id))
        return usageError(kRemove, tr("--db FILE and --id N are required"));
    bool ok = false;
    const int n = parser.value(id).toInt(&ok);
    if (!ok || n <= 0)
        return inputError(kRemove, Error{tr("not a target id: '%1'").arg(parser.value(id)),
                                         QStringLiteral("--id")});
    Result<std::unique_ptr<storage::UpstreamQueue>> queue =
        storage::UpstreamQueue::open(parser.value(db));
    if (!queue)
        return inputError(kRemove, queue.error());
    const Result<QList<storage::UpstreamTarget>> targets = queue.value()->targets();
    if (!targets)
        return inputError(kRemove, targets.error());
    const bool known = std::any_of(targets->begin(), targets->end(),
                                   [n](const storage::UpstreamTarget &t) { return t.id == n; });
    if (!known)
        return inputError(kRemove, Error{tr("no upstream target with id %1").arg(n),
                                         QStringLiteral("--id")});
    if (Status s = queue.value()->removeTarget(n); !s)
        return inputError(kRemove, s.error());
    return kExitOk;
}

} // namespace

int runUpstream(const QStringList &args)
{
    return dispatch(args,
                    {{"list", &upstreamList}, {"add", &upstreamAdd}, {"remove", &upstreamRemove}},
                    tr("Usage: vocsync-cli upstream list --db FILE\n"
                       "       vocsync-cli upstream add --db FILE --name NAME --host HOST "
                       "--port N --mn MN --password PW (--enterprise ID | --transmitter MN)\n"
                       "       vocsync-cli upstream remove --db FILE --id N\n\n"
                       "The central platforms the station forwards to over HJ 212 "
                       "(docs/hj212-upstream.md).\n"));
}

} // namespace vocsync::cli
