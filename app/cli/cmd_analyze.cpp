// vocsync-cli analyze: run states, sync rate, anomalies and risk over a plant's samples, from
// files or from a station database (docs/analysis.md). The output is a contract.
#include "cliutil.h"
#include "commands.h"
#include "stationdb.h"

#include "vocsync/analysis/analyzer.h"
#include "vocsync/analysis/resultjson.h"
#include "vocsync/core/plantjson.h"
#include "vocsync/core/samplecsv.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/seriesreader.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <limits>

namespace vocsync::cli {

namespace {

const QString kCommand = QStringLiteral("analyze");
constexpr std::int64_t kSliceMs = 7 * timeutil::kDayMs;
constexpr std::int64_t kUnset = std::numeric_limits<std::int64_t>::min();

/// What the first pass over the samples learns: profiles, the time span, and whether every
/// point's rows come in time order (the analyzer needs that; otherwise they are sorted).
struct FirstPass
{
    std::int64_t minMs = std::numeric_limits<std::int64_t>::max();
    std::int64_t maxMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t maxEndMs = std::numeric_limits<std::int64_t>::min();
    QHash<std::uint32_t, std::int64_t> last;
    QHash<std::uint32_t, std::int64_t> intervalMs;
    bool ordered = true;
    qint64 samples = 0;

    void add(const SampleBatch &batch)
    {
        for (const Sample &s : batch) {
            auto it = last.find(s.point);
            if (it != last.end() && s.tMs <= *it)
                ordered = false;
            last[s.point] = std::max(it == last.end() ? s.tMs : *it, s.tMs);
            minMs = std::min(minMs, s.tMs);
            maxMs = std::max(maxMs, s.tMs);
            maxEndMs = std::max(maxEndMs, s.tMs + intervalMs.value(s.point, 10'000));
        }
        samples += static_cast<qint64>(batch.size());
    }
};

/// Point keys for a plant read from JSON: the file's order, from 1.
void assignKeys(Plant &plant)
{
    std::uint32_t next = 1;
    for (MonitoringPoint &p : plant.points)
        p.key = next++;
}

/// --limit POINT:QUANTITY>VALUE[:SECONDS] (or <): an over_limit rule for the analysis.
Result<analysis::QuantityLimit> parseLimit(const QString &spec, const Plant &plant)
{
    static const QRegularExpression re(
        QStringLiteral("^([^:]+):([a-z_]+)([<>])(-?[0-9]+(?:\\.[0-9]+)?)(?::([0-9]+))?$"));
    const QString where = QStringLiteral("--limit");
    const QRegularExpressionMatch m = re.match(spec);
    if (!m.hasMatch())
        return Error{tr("'%1' is not POINT:QUANTITY>VALUE[:SECONDS] (or <), e.g. "
                        "E01-F01-M:current_a>45:60")
                         .arg(spec),
                     where};
    analysis::QuantityLimit l;
    l.pointId = m.captured(1);
    const MonitoringPoint *point = plant.point(l.pointId);
    if (!point)
        return Error{tr("unknown point '%1'").arg(l.pointId), where};
    const auto q = quantityFromKey(m.captured(2));
    if (!q || !point->measures(*q))
        return Error{tr("point '%1' does not measure '%2'").arg(l.pointId, m.captured(2)), where};
    l.quantity = *q;
    const double value = m.captured(4).toDouble();
    if (m.captured(3) == QLatin1String(">"))
        l.above = value;
    else
        l.below = value;
    l.minDurationS = m.captured(5).isEmpty() ? 60 : m.captured(5).toInt();
    return l;
}

Result<analysis::AnalysisOptions> optionsFor(const QStringList &specs, const Plant &plant)
{
    analysis::AnalysisOptions o;
    for (const QString &spec : specs) {
        const Result<analysis::QuantityLimit> l = parseLimit(spec, plant);
        if (!l)
            return l.error();
        o.limits.append(l.value());
    }
    return o;
}

/// One streaming read of the samples file with a progress bar on stderr.
Result<qint64> readSamples(const Plant &plant, const QString &path, const QString &label,
                           const std::function<void(SampleBatch &&)> &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(file.errorString()), path};
    ProgressBar bar(label, file.size(), tr("bytes"));
    samplecsv::ReadOptions options;
    options.fileName = path;
    const Result<qint64> rows = samplecsv::read(&file, plant, options, [&](SampleBatch &&batch) {
        sink(std::move(batch));
        bar.update(file.pos());
    });
    if (rows)
        bar.finish();
    return rows;
}

/// Keeps the samples inside [fromMs, toMs).
void keepPeriod(SampleBatch &batch, std::int64_t fromMs, std::int64_t toMs)
{
    batch.erase(std::remove_if(batch.begin(), batch.end(),
                               [&](const Sample &s) { return s.tMs < fromMs || s.tMs >= toMs; }),
                batch.end());
}

/// Two passes over the file: profiles and the period first, then the analysis. Samples are
/// held in memory only when some point's rows are not in time order (they are sorted then).
Result<analysis::AnalysisResult> analyzeFiles(Plant &plant, const QString &samplesPath,
                                              std::int64_t fromArg, std::int64_t toArg,
                                              const QStringList &limits)
{
    assignKeys(plant);
    const Result<analysis::AnalysisOptions> options = optionsFor(limits, plant);
    if (!options)
        return options.error();
    FirstPass first;
    for (const MonitoringPoint &p : plant.points)
        first.intervalMs.insert(p.key, std::int64_t{std::max(1, p.intervalS)} * 1000);
    // The profiles are learnt from the analysed period only, as from a database.
    const std::int64_t lo = fromArg != kUnset ? fromArg : std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi = toArg != kUnset ? toArg : std::numeric_limits<std::int64_t>::max();
    analysis::ProfileLearner learner(plant);
    const Result<qint64> rows =
        readSamples(plant, samplesPath, tr("reading"), [&](SampleBatch &&batch) {
            keepPeriod(batch, lo, hi);
            first.add(batch);
            learner.push(batch);
        });
    if (!rows)
        return rows.error();

    if (first.samples == 0 && (fromArg == kUnset || toArg == kUnset))
        return Error{tr("no samples in the period: give --from and --to to analyse an empty "
                        "period"),
                     samplesPath};
    const std::int64_t fromMs = fromArg != kUnset ? fromArg : first.minMs;
    const std::int64_t toMs = toArg != kUnset ? toArg : first.maxEndMs;
    if (toMs <= fromMs)
        return Error{tr("the period is empty: it must end after it starts"),
                     toArg != kUnset ? QStringLiteral("--to") : QStringLiteral("--from")};

    analysis::Analyzer analyzer(plant, options.value(), learner.profiles(), fromMs);
    SampleBatch unordered;
    const Result<qint64> again =
        readSamples(plant, samplesPath, tr("analysing"), [&](SampleBatch &&batch) {
            keepPeriod(batch, fromMs, toMs);
            if (first.ordered)
                analyzer.push(batch);
            else
                unordered.insert(unordered.end(), batch.begin(), batch.end());
        });
    if (!again)
        return again.error();
    if (!first.ordered) {
        std::stable_sort(unordered.begin(), unordered.end(),
                         [](const Sample &a, const Sample &b) { return a.tMs < b.tMs; });
        analyzer.push(unordered);
    }
    return analyzer.finish(toMs);
}

/// Reads every point's stored samples in week slices and hands them to `sink`.
Status forEachStored(storage::SeriesReader &reader, const Plant &plant, std::int64_t fromMs,
                     std::int64_t toMs, const std::function<void(const SampleBatch &)> &sink)
{
    for (const MonitoringPoint &p : plant.points) {
        for (std::int64_t a = fromMs; a < toMs; a += kSliceMs) {
            const Result<SampleBatch> batch = reader.samples(p.key, a, std::min(toMs, a + kSliceMs));
            if (!batch)
                return batch.error();
            sink(batch.value());
        }
    }
    return {};
}

Result<analysis::AnalysisResult> analyzeDb(const QString &dbPath, std::int64_t fromArg,
                                           std::int64_t toArg, const QStringList &limits)
{
    const Result<Plant> plant = loadPlant(dbPath);
    if (!plant)
        return plant.error();
    const Result<analysis::AnalysisOptions> options = optionsFor(limits, plant.value());
    if (!options)
        return options.error();
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(dbPath);
    if (!reader)
        return reader.error();
    std::int64_t minMs = std::numeric_limits<std::int64_t>::max();
    std::int64_t maxEndMs = std::numeric_limits<std::int64_t>::min();
    for (const MonitoringPoint &p : plant->points) {
        if (const auto e = reader.value().extent(p.key)) {
            minMs = std::min(minMs, e->first);
            maxEndMs = std::max(maxEndMs, e->second + std::int64_t{p.intervalS} * 1000);
        }
    }
    if (minMs == std::numeric_limits<std::int64_t>::max() &&
        (fromArg == kUnset || toArg == kUnset))
        return Error{tr("no samples in the period: give --from and --to to analyse an empty "
                        "period"),
                     dbPath};
    const std::int64_t fromMs = fromArg != kUnset ? fromArg : minMs;
    const std::int64_t toMs = toArg != kUnset ? toArg : maxEndMs;
    if (toMs <= fromMs)
        return Error{tr("the period is empty: it must end after it starts"),
                     toArg != kUnset ? QStringLiteral("--to") : QStringLiteral("--from")};

    analysis::ProfileLearner learner(plant.value());
    ProgressBar bar(tr("analysing"), 2 * plant->points.size(), tr("points"));
    std::int64_t done = 0;
    if (Status s = forEachStored(reader.value(), plant.value(), fromMs, toMs,
                                 [&](const SampleBatch &b) { learner.push(b); });
        !s)
        return s.error();
    bar.update(done += plant->points.size());
    analysis::Analyzer analyzer(plant.value(), options.value(), learner.profiles(), fromMs);
    if (Status s = forEachStored(reader.value(), plant.value(), fromMs, toMs,
                                 [&](const SampleBatch &b) { analyzer.push(b); });
        !s)
        return s.error();
    bar.finish();
    return analyzer.finish(toMs);
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli analyze --plant PLANT.json --samples SAMPLES.csv [--from T] [--to T]\n"
        "vocsync-cli analyze --db FILE [--from T] [--to T] [--limit SPEC]...\n\n"
        "Prints one JSON object (docs/analysis.md): facilities with their run states, sync "
        "figures per production facility, enterprises with sync rate and risk, events "
        "(anomalies with evidence) and data-quality flags. T is ISO 8601 (without an offset: "
        "the station's zone) or epoch milliseconds; --from is inclusive, --to exclusive; by "
        "default the period spans the samples."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption plantOpt(QStringLiteral("plant"),
                                      tr("Plant JSON (as vocsync-cli plant export writes it)."),
                                      QStringLiteral("PLANT.json"));
    const QCommandLineOption samplesOpt(QStringLiteral("samples"),
                                        tr("Samples CSV (docs/samples-csv.md)."),
                                        QStringLiteral("SAMPLES.csv"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Start of the period (inclusive)."),
                                  QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"), tr("End of the period (exclusive)."),
                                QStringLiteral("T"));
    const QCommandLineOption compact(QStringLiteral("compact"),
                                     tr("Print the JSON on one line."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        tr("An over_limit rule, repeatable: POINT:QUANTITY>VALUE[:SECONDS] or with <; the "
           "value must stay beyond for SECONDS (default 60), e.g. E01-F01-M:current_a>45:60."),
        QStringLiteral("SPEC"));
    parser.addOptions({db, plantOpt, samplesOpt, from, to, compact, limit});
    int rc = kExitOk;
    if (!parse(parser, args, kCommand, &rc))
        return rc;
    if (parser.positionalArguments().size() > 1)
        return usageError(kCommand,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    const bool files = parser.isSet(plantOpt) || parser.isSet(samplesOpt);
    if (files == parser.isSet(db))
        return usageError(kCommand, tr("give either --plant and --samples, or --db"));
    if (files && !(parser.isSet(plantOpt) && parser.isSet(samplesOpt)))
        return usageError(kCommand, tr("--plant and --samples go together"));
    const Result<std::int64_t> fromMs = timeOption(parser, from, kUnset);
    if (!fromMs)
        return inputError(kCommand, fromMs.error());
    const Result<std::int64_t> toMs = timeOption(parser, to, kUnset);
    if (!toMs)
        return inputError(kCommand, toMs.error());

    Result<analysis::AnalysisResult> result = Error{};
    if (files) {
        const QString plantPath = parser.value(plantOpt);
        QFile f(plantPath);
        if (!f.open(QIODevice::ReadOnly))
            return inputError(kCommand, Error{tr("cannot read: %1").arg(f.errorString()), plantPath});
        Result<Plant> plant = plantjson::read(f.readAll(), plantPath);
        if (!plant)
            return inputError(kCommand, plant.error());
        result = analyzeFiles(plant.value(), parser.value(samplesOpt), fromMs.value(),
                              toMs.value(), parser.values(limit));
    } else {
        result = analyzeDb(parser.value(db), fromMs.value(), toMs.value(), parser.values(limit));
    }
    if (!result)
        return inputError(kCommand, result.error());
    const QJsonObject json = analysis::toJson(result.value(), timeutil::stationZone());
    out() << QJsonDocument(json).toJson(parser.isSet(compact) ? QJsonDocument::Compact
                                                             : QJsonDocument::Indented)
          << Qt::flush;
    if (parser.isSet(compact))
        out() << "\n" << Qt::flush;
    return kExitOk;
}

} // namespace vocsync::cli
