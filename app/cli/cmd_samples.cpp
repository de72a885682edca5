// vocsync-cli samples import|export: stored samples as CSV (docs/samples-csv.md).
#include "cliutil.h"
#include "commands.h"
#include "stationdb.h"

#include "vocsync/core/samplecsv.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/migrations.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/storage/seriesreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <limits>

namespace vocsync::cli {

namespace {

const QString kImport = QStringLiteral("samples import");
const QString kExport = QStringLiteral("samples export");

// Export reads a week of one point at a time: bounded memory whatever the history.
constexpr std::int64_t kExportSliceMs = 7 * timeutil::kDayMs;
// Import waits for the writer when this many samples are queued, so a fast reader cannot
// pile the whole file up in memory.
constexpr std::uint64_t kMaxQueued = 500000;

Status exportPoint(storage::SeriesReader &reader, const MonitoringPoint &point, std::int64_t fromMs,
                   std::int64_t toMs, samplecsv::Writer &writer, qint64 *rows)
{
    const auto extent = reader.extent(point.key);
    if (!extent)
        return {};
    const std::int64_t from = std::max(fromMs, extent->first);
    const std::int64_t to = std::min(toMs, extent->second + 1);
    for (std::int64_t a = from; a < to; a += kExportSliceMs) {
        const std::int64_t b = std::min(to, a + kExportSliceMs);
        const Result<SampleBatch> batch = reader.samples(point.key, a, b);
        if (!batch)
            return batch.error();
        if (!writer.write(point, batch.value()))
            return Error{tr("cannot write the output"), {}};
        *rows += static_cast<qint64>(batch->size());
    }
    return {};
}

int samplesExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]\n\n"
        "Writes stored samples as CSV (docs/samples-csv.md): one point, or all points ordered by "
        "id, each in time order. T is ISO 8601 (2026-11-24T08:00:00+08:00; without an offset "
        "the station's zone); --from is inclusive, --to exclusive."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption point(QStringLiteral("point"), tr("Only this monitoring point."),
                                   QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First time (inclusive)."),
                                  QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"), tr("End time (exclusive)."),
                                QStringLiteral("T"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to this file instead of standard output."),
                                    QStringLiteral("OUT"));
    parser.addOptions({db, point, from, to, output});
    int rc = kExitOk;
    if (!parse(parser, args, kExport, &rc))
        return rc;
    if (!parser.isSet(db))
        return usageError(kExport, tr("--db FILE is required"));
    if (parser.positionalArguments().size() > 1)
        return usageError(kExport,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    const Result<std::int64_t> fromMs =
        timeOption(parser, from, std::numeric_limits<std::int64_t>::min());
    if (!fromMs)
        return inputError(kExport, fromMs.error());
    const Result<std::int64_t> toMs =
        timeOption(parser, to, std::numeric_limits<std::int64_t>::max());
    if (!toMs)
        return inputError(kExport, toMs.error());

    const Result<Plant> plant = loadPlant(parser.value(db));
    if (!plant)
        return inputError(kExport, plant.error());
    QList<const MonitoringPoint *> points;
    for (const MonitoringPoint &p : plant->points)
        points.append(&p);
    std::sort(points.begin(), points.end(),
              [](const MonitoringPoint *a, const MonitoringPoint *b) { return a->id < b->id; });
    if (parser.isSet(point)) {
        const MonitoringPoint *p = plant->point(parser.value(point));
        if (!p)
            return inputError(kExport, Error{tr("unknown point '%1'").arg(parser.value(point)),
                                             QStringLiteral("--point")});
        points = {p};
    }
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(parser.value(db));
    if (!reader)
        return inputError(kExport, reader.error());

    QSaveFile file(parser.value(output));
    QFile stdoutFile;
    QIODevice *device = &file;
    if (parser.isSet(output)) {
        if (!file.open(QIODevice::WriteOnly))
            return inputError(kExport, Error{tr("cannot write: %1").arg(file.errorString()),
                                             parser.value(output)});
    } else {
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        device = &stdoutFile;
    }
    device->write(samplecsv::header().toUtf8() + '\n');
    samplecsv::Writer writer(device);
    qint64 rows = 0;
    for (const MonitoringPoint *p : points) {
        if (Status s = exportPoint(reader.value(), *p, fromMs.value(), toMs.value(), writer, &rows);
            !s)
            return inputError(kExport, s.error());
    }
    if (parser.isSet(output)) {
        if (!file.commit())
            return inputError(kExport, Error{tr("cannot write: %1").arg(file.errorString()),
                                             parser.value(output)});
        const QJsonObject summary{{QStringLiteral("rows"), rows},
                                  {QStringLiteral("points"), static_cast<qint64>(points.size())}};
        out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    }
    return kExitOk;
}

/// Collects the writer's problem reports (they come from its thread).
class ProblemLog
{
public:
    void add(const QString &message)
    {
        QMutexLocker lock(&m_mutex);
        if (m_messages.size() < 10)
            m_messages.append(message);
    }
    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_messages;
};

int samplesImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli samples import --db FILE SAMPLES.csv\n\n"
           "Imports samples from CSV (docs/samples-csv.md) into a database that already holds the "
           "plant (vocsync-cli plant import). The whole file is checked first: on any bad row "
           "nothing is written and the message names the file, line and column. Prints one JSON "
           "object: rows, points, seconds."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("SAMPLES.csv"), tr("The samples file."));
    int rc = kExitOk;
    if (!parse(parser, args, kImport, &rc))
        return rc;
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(db))
        return usageError(kImport, tr("--db FILE is required"));
    if (files.size() != 1)
        return usageError(kImport, tr("expected one CSV file, got %1").arg(files.size()));
    QElapsedTimer clock;
    clock.start();

    const Result<Plant> plant = loadPlant(parser.value(db));
    if (!plant)
        return inputError(kImport, plant.error());
    if (plant->points.isEmpty())
        return inputError(kImport, Error{tr("the database has no monitoring points; import the "
                                            "plant first (vocsync-cli plant import)"),
                                         parser.value(db)});
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return inputError(kImport,
                          Error{tr("cannot read: %1").arg(file.errorString()), files.first()});
    const samplecsv::ReadOptions options{files.first(), 10000};

    // Pass 1: the whole file must be valid before anything is written.
    QSet<std::uint32_t> points;
    const Result<qint64> rows =
        samplecsv::read(&file, plant.value(), options, [&points](SampleBatch &&batch) {
            for (const Sample &s : batch)
                points.insert(s.point);
        });
    if (!rows)
        return inputError(kImport, rows.error());

    // Pass 2: write through the one writer, then compact everything imported.
    if (!file.seek(0))
        return inputError(kImport,
                          Error{tr("cannot rewind: %1").arg(file.errorString()), files.first()});
    storage::SampleWriter writer(parser.value(db));
    ProblemLog problems;
    QObject::connect(
        &writer, &storage::SampleWriter::problem, &writer,
        [&problems](const QString &m) { problems.add(m); }, Qt::DirectConnection);
    if (Status s = writer.start(); !s)
        return inputError(kImport, s.error());
    ProgressBar bar(tr("import"), rows.value(), tr("rows"));
    qint64 done = 0;
    Status flushed;
    const Result<qint64> written =
        samplecsv::read(&file, plant.value(), options, [&](SampleBatch &&batch) {
            done += static_cast<qint64>(batch.size());
            writer.enqueue(std::move(batch));
            if (flushed && writer.stats().queued > kMaxQueued)
                flushed = writer.flush();
            bar.update(done);
        });
    Status compacted = flushed ? writer.compactAll() : flushed;
    const storage::WriterStats stats = writer.stats();
    writer.stop();
    bar.finish();
    if (!written)
        return inputError(kImport, written.error()); // the file changed between the passes
    if (!compacted)
        return inputError(kImport, compacted.error());
    if (stats.rejected > 0) {
        const QStringList messages = problems.messages();
        return inputError(
            kImport,
            Error{
                tr("the writer refused %1 samples: %2").arg(stats.rejected).arg(messages.value(0)),
                parser.value(db)});
    }
    const QJsonObject summary{
        {QStringLiteral("rows"), rows.value()},
        {QStringLiteral("points"), static_cast<qint64>(points.size())},
        {QStringLiteral("seconds"), static_cast<double>(clock.elapsed()) / 1000.0}};
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    return kExitOk;
}

} // namespace

int runSamples(const QStringList &args)
{
    return dispatch(args, {{"import", &samplesImport}, {"export", &samplesExport}},
                    tr("Usage: vocsync-cli samples import --db FILE SAMPLES.csv\n"
                        "       vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] "
                        "[-o OUT]\n\n"
                        "Imports or exports stored samples as CSV (docs/samples-csv.md).\n"
                        "Run 'vocsync-cli samples import --help' for an action's options.\n"));
}

} // namespace vocsync::cli
