// vocsync-cli thresholds suggest: off/run/overload thresholds proposed from a facility's stored
// history (DOMAIN.md: the station can suggest them; docs/threshold-suggestion.md).
#include "cliutil.h"
#include "commands.h"
#include "stationdb.h"

#include "vocsync/analysis/profile.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/storage/seriesreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vocsync::cli {

namespace {

const QString kSuggest = QStringLiteral("thresholds suggest");

double rounded(double v)
{
    return std::round(v * 1000) / 1000;
}

int suggest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli thresholds suggest --db FILE --facility ID [--days N]\n\n"
        "Proposes off/run/overload thresholds and a hysteresis for a facility from the last N "
        "days (default 30) of its stored readings, with a confidence from 0 to 1 and the modes "
        "(off, idle, loaded) found. Prints one JSON object; nothing is changed."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption facility(QStringLiteral("facility"), tr("Facility id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of history (default 30)."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({db, facility, days});
    int rc = kExitOk;
    if (!parse(parser, args, kSuggest, &rc))
        return rc;
    if (!parser.isSet(db) || !parser.isSet(facility))
        return usageError(kSuggest, tr("--db FILE and --facility ID are required"));
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1 || n > 3660)
        return inputError(kSuggest, Error{tr("expected a number of days from 1 to 3660, found '%1'")
                                              .arg(parser.value(days)),
                                          QStringLiteral("--days")});
    const Result<Plant> plant = loadPlant(parser.value(db));
    if (!plant)
        return inputError(kSuggest, plant.error());
    const Facility *f = plant->facility(parser.value(facility));
    if (!f)
        return inputError(kSuggest, Error{tr("unknown facility '%1'").arg(parser.value(facility)),
                                          QStringLiteral("--facility")});
    const MonitoringPoint *point = nullptr;
    for (const MonitoringPoint *p : plant->pointsOf(f->id)) {
        if (p->measures(f->thresholds.quantity)) {
            point = p;
            break;
        }
    }
    if (!point)
        return inputError(kSuggest, Error{tr("facility '%1' has no point measuring %2")
                                              .arg(f->id, quantityKey(f->thresholds.quantity)),
                                          QStringLiteral("--facility")});
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(parser.value(db));
    if (!reader)
        return inputError(kSuggest, reader.error());
    const auto extent = reader.value().extent(point->key);
    std::vector<double> values;
    if (extent) {
        const std::int64_t to = extent->second + 1;
        const std::int64_t from = std::max(extent->first, to - n * timeutil::kDayMs);
        const Result<SampleBatch> batch = reader.value().samples(point->key, from, to);
        if (!batch)
            return inputError(kSuggest, batch.error());
        values.reserve(batch->size());
        for (const Sample &s : batch.value())
            if (s.has(f->thresholds.quantity))
                values.push_back(s.value(f->thresholds.quantity));
    }
    const analysis::ThresholdSuggestion s =
        analysis::suggestThresholds(std::move(values), f->thresholds.quantity);
    QJsonObject o{{QStringLiteral("facility"), f->id},
                  {QStringLiteral("quantity"), quantityKey(f->thresholds.quantity)},
                  {QStringLiteral("samples"), s.sampleCount},
                  {QStringLiteral("ok"), s.ok},
                  {QStringLiteral("confidence"), rounded(s.confidence)}};
    if (!s.reason.isEmpty())
        o.insert(QStringLiteral("reason"), s.reason);
    if (s.ok) {
        o.insert(QStringLiteral("thresholds"),
                 QJsonObject{{QStringLiteral("off"), rounded(s.thresholds.off)},
                             {QStringLiteral("run"), rounded(s.thresholds.run)},
                             {QStringLiteral("overload"), rounded(s.thresholds.overload)},
                             {QStringLiteral("hysteresis"), rounded(s.thresholds.hysteresis)},
                             {QStringLiteral("min_dwell_s"), s.thresholds.minDwellS}});
    }
    QJsonArray modes;
    for (const analysis::LoadMode &m : s.modes)
        modes.append(QJsonObject{{QStringLiteral("level"), rounded(m.level)},
                                 {QStringLiteral("share"), rounded(m.share)}});
    o.insert(QStringLiteral("modes"), modes);
    o.insert(QStringLiteral("current"),
             QJsonObject{{QStringLiteral("off"), f->thresholds.off},
                         {QStringLiteral("run"), f->thresholds.run},
                         {QStringLiteral("overload"), f->thresholds.overload},
                         {QStringLiteral("hysteresis"), f->thresholds.hysteresis}});
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
    return kExitOk;
}

} // namespace

int runThresholds(const QStringList &args)
{
    return dispatch(args, {{"suggest", &suggest}},
                    tr("vocsync-cli thresholds suggest --db FILE --facility ID [--days N]\n\n"
                       "Proposes run-state thresholds from a facility's history."));
}

} // namespace vocsync::cli
