// vocsync-cli demo: fills a station database with N days of the simulated demo plant's history
// (DESIGN.md, Interfaces). Wiring only: the simulator is acquisition's, the writer storage's.
#include "cliutil.h"
#include "commands.h"

#include "vocsync/acquisition/demoplant.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

namespace vocsync::cli {

namespace {

const QString kCommand = QStringLiteral("demo");
constexpr int kMaxDays = 3660;
/// Generation pauses while this many samples wait for the writer: memory stays bounded
/// (about 60 MB) however many days are asked for.
constexpr std::uint64_t kMaxQueued = 1'000'000;

bool isEmpty(const Plant &p)
{
    return p.enterprises.isEmpty() && p.facilities.isEmpty() && p.points.isEmpty();
}

/// The plant of the database at `path`: the demo plant, saved first if the database has none.
/// A database configured with another plant is refused: its points would get demo samples.
Result<Plant> demoPlantIn(const QString &path, bool *created)
{
    Result<storage::Connection> conn = storage::Connection::open(path);
    if (!conn)
        return conn.error();
    Result<Plant> stored = storage::plantrepository::load(conn->db());
    if (!stored)
        return stored.error();
    const Plant demo = acquisition::demoPlant();
    if (isEmpty(stored.value())) {
        if (Status s = storage::plantrepository::save(conn->db(), demo); !s)
            return s.error();
        *created = true;
        stored = storage::plantrepository::load(conn->db());
        if (!stored)
            return stored.error();
    }
    const auto refuse = [&](const QString &why) {
        return Error{tr("the database already holds a plant that is not the demo plant (%1); "
                        "use a new database file for the demo")
                         .arg(why),
                     path};
    };
    for (const Facility &f : demo.facilities) {
        const Facility *s = stored->facility(f.id);
        if (!s || s->kind != f.kind)
            return refuse(tr("no demo facility '%1'").arg(f.id));
    }
    for (const MonitoringPoint &p : demo.points) {
        const MonitoringPoint *s = stored->point(p.id);
        if (!s || s->facilityId != p.facilityId)
            return refuse(tr("no demo point '%1'").arg(p.id));
        if (s->key == 0)
            return Error{tr("point '%1' has no storage key").arg(p.id), path};
    }
    if (stored->points.size() != demo.points.size())
        return refuse(tr("%1 points instead of the demo's %2")
                          .arg(stored->points.size())
                          .arg(demo.points.size()));
    return stored;
}

QJsonArray anomaliesJson(const QList<acquisition::InjectedAnomaly> &list)
{
    QJsonArray out;
    for (const acquisition::InjectedAnomaly &a : list) {
        out.append(QJsonObject{{QStringLiteral("type"), a.type},
                               {QStringLiteral("facility"), a.facilityId},
                               {QStringLiteral("related"), a.relatedId},
                               {QStringLiteral("start"), timeutil::toIso(a.startMs)},
                               {QStringLiteral("end"), timeutil::toIso(a.endMs)}});
    }
    return out;
}

} // namespace

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli demo --days N --db FILE [--seed S] [--end TIME]\n\n"
           "Fills the database with N days of 10-second samples of the simulated demo plant "
           "(four enterprises in Huzhou, Zhejiang), ending at TIME (default: now). An empty or new "
           "database gets the demo plant configuration first. The simulator is deterministic: the "
           "same seed and times give the same samples, and its injected anomalies (late start, "
           "idling, slowdown, abnormal stop, not started, early stop, silent meter) are printed as "
           "ground truth. Prints one JSON object; progress goes to stderr."));
    const QCommandLineOption daysOpt(
        QStringLiteral("days"), tr("Days of history (1-%1).").arg(kMaxDays), QStringLiteral("N"));
    const QCommandLineOption dbOpt = dbOption();
    const QCommandLineOption seedOpt(
        QStringLiteral("seed"),
        tr("Simulator seed (default %1).").arg(acquisition::DemoSimulator::kDefaultSeed),
        QStringLiteral("S"));
    const QCommandLineOption endOpt(
        QStringLiteral("end"),
        tr("End of the history, ISO 8601 (e.g. 2026-11-24T08:00+08:00; without an offset in "
           "the station's time zone). Rounded down to 10 s. Default: now."),
        QStringLiteral("TIME"));
    parser.addOptions({daysOpt, dbOpt, seedOpt, endOpt});
    int rc = kExitOk;
    if (!parse(parser, args, kCommand, &rc))
        return rc;
    if (parser.positionalArguments().size() > 1)
        return usageError(kCommand,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(daysOpt))
        return usageError(kCommand, tr("--days N is required"));
    if (!parser.isSet(dbOpt))
        return usageError(kCommand, tr("--db FILE is required"));
    bool ok = false;
    const int days = parser.value(daysOpt).toInt(&ok);
    if (!ok || days < 1 || days > kMaxDays)
        return usageError(kCommand, tr("--days must be a whole number from 1 to %1, not '%2'")
                                        .arg(kMaxDays)
                                        .arg(parser.value(daysOpt)));
    std::uint64_t seed = acquisition::DemoSimulator::kDefaultSeed;
    if (parser.isSet(seedOpt)) {
        seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok)
            return usageError(kCommand, tr("--seed must be a non-negative whole number, not '%1'")
                                            .arg(parser.value(seedOpt)));
    }
    std::int64_t endMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(endOpt)) {
        const Result<std::int64_t> end = timeutil::parseIso(parser.value(endOpt));
        if (!end)
            return usageError(kCommand, QStringLiteral("--end: ") + end.error().message);
        endMs = end.value();
    }
    endMs = timeutil::floorTo(endMs, 10 * timeutil::kSecondMs);
    const std::int64_t startMs = endMs - days * timeutil::kDayMs;
    const QString dbPath = parser.value(dbOpt);

    bool created = false;
    const Result<Plant> plant = demoPlantIn(dbPath, &created);
    if (!plant)
        return inputError(kCommand, plant.error());
    const acquisition::DemoSimulator sim(plant.value(), seed);

    storage::SampleWriter writer(dbPath);
    QMutex problemMutex;
    QString firstProblem;
    // Emitted on the writer thread; there is no event loop here, so it is handled there.
    QObject::connect(&writer, &storage::SampleWriter::problem, [&](const QString &message) {
        QMutexLocker lock(&problemMutex);
        if (firstProblem.isEmpty())
            firstProblem = message;
    });
    if (Status s = writer.start(); !s)
        return inputError(kCommand, s.error());

    QElapsedTimer clock;
    clock.start();
    ProgressBar bar(tr("demo"), days, tr("days"));
    std::int64_t samples = 0;
    sim.generate(startMs, endMs, [&](SampleBatch &&batch, std::int64_t reachedMs) {
        samples += static_cast<std::int64_t>(batch.size());
        writer.enqueue(std::move(batch));
        while (writer.stats().queued > kMaxQueued)
            QThread::msleep(5);
        bar.update((reachedMs - startMs) / timeutil::kDayMs);
        QMutexLocker lock(&problemMutex);
        return firstProblem.isEmpty(); // a refused transaction stops the run
    });
    const Status compacted = writer.compactAll();
    const storage::WriterStats stats = writer.stats();
    writer.stop();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const double perSecond = seconds > 0 ? static_cast<double>(samples) / seconds : 0.0;
    bar.finish(tr("%1 samples in %2 s (%3 samples/s)")
                   .arg(samples)
                   .arg(seconds, 0, 'f', 1)
                   .arg(perSecond, 0, 'f', 0));
    if (!compacted)
        return inputError(kCommand, compacted.error());
    if (stats.rejected > 0 || !firstProblem.isEmpty())
        return inputError(
            kCommand,
            Error{tr("the writer refused %1 samples: %2").arg(stats.rejected).arg(firstProblem),
                  dbPath});

    const QJsonObject result{
        {QStringLiteral("db"), dbPath},
        {QStringLiteral("days"), days},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("from"), timeutil::toIso(startMs)},
        {QStringLiteral("to"), timeutil::toIso(endMs)},
        {QStringLiteral("plant_created"), created},
        {QStringLiteral("samples"), static_cast<qint64>(samples)},
        {QStringLiteral("committed"), static_cast<qint64>(stats.committed)},
        {QStringLiteral("seconds"), std::round(seconds * 1000) / 1000},
        {QStringLiteral("samples_per_s"), std::round(perSecond)},
        {QStringLiteral("anomalies"), anomaliesJson(sim.anomalies(startMs, endMs))},
    };
    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    return kExitOk;
}

} // namespace vocsync::cli
