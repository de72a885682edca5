#include "dayanalysis.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/storage/seriesreader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace vocsync::ui {

namespace {
constexpr std::int64_t kMarginMs = timeutil::kHourMs;
}

Plant enterprisePlant(const Plant &plant, const QString &enterpriseId)
{
    Plant p;
    QSet<QString> facilities;
    for (const Enterprise &e : plant.enterprises) {
        if (e.id == enterpriseId)
            p.enterprises.append(e);
    }
    QSet<QString> workshops;
    for (const Workshop &w : plant.workshops) {
        if (w.enterpriseId == enterpriseId) {
            p.workshops.append(w);
            workshops.insert(w.id);
        }
    }
    for (const ProductionLine &l : plant.lines) {
        if (workshops.contains(l.workshopId))
            p.lines.append(l);
    }
    for (const Facility &f : plant.facilities) {
        if (f.enterpriseId == enterpriseId) {
            p.facilities.append(f);
            facilities.insert(f.id);
        }
    }
    for (const FacilityLink &l : plant.links) {
        if (facilities.contains(l.productionId) && facilities.contains(l.treatmentId))
            p.links.append(l);
    }
    for (const Device &d : plant.devices) {
        if (d.enterpriseId == enterpriseId)
            p.devices.append(d);
    }
    for (const MonitoringPoint &m : plant.points) {
        if (facilities.contains(m.facilityId))
            p.points.append(m);
    }
    return p;
}

DayAnalysis analyseDay(const QString &dbPath, const Plant &plant, const QString &enterpriseId,
                       std::int64_t dayFromMs, std::int64_t dayToMs, std::int64_t nowMs,
                       const analysis::AnalysisOptions &options)
{
    DayAnalysis day;
    day.enterpriseId = enterpriseId;
    day.dayFromMs = dayFromMs;
    day.dayToMs = dayToMs;
    if (dayFromMs >= nowMs) {
        day.error =
            QCoreApplication::translate("vocsync::ui::DayAnalysis", "This day has not begun yet.");
        return day;
    }
    const Plant sub = enterprisePlant(plant, enterpriseId);
    Result<storage::SeriesReader> reader = storage::SeriesReader::open(dbPath);
    if (!reader) {
        day.error = reader.error().toString();
        return day;
    }
    const std::int64_t from = dayFromMs - kMarginMs;
    const std::int64_t to = std::min(dayToMs + kMarginMs, nowMs);
    std::vector<SampleBatch> batches;
    for (const MonitoringPoint &p : sub.points) {
        Result<SampleBatch> samples = reader.value().samples(p.key, from, to);
        if (!samples) {
            day.error = samples.error().toString();
            return day;
        }
        day.samples += static_cast<std::int64_t>(samples.value().size());
        batches.push_back(std::move(samples).value());
    }

    analysis::ProfileLearner learner(sub);
    for (const SampleBatch &b : batches)
        learner.push(b);
    const analysis::Profiles profiles = learner.profiles();

    // The margins let runs that cross midnight be judged whole; the day's own sync figures
    // come from a second pass over the day alone, as `vocsync-cli analyze` would give them.
    analysis::Analyzer withMargins(sub, options, profiles, from);
    analysis::Analyzer dayOnly(sub, options, profiles, dayFromMs);
    const std::int64_t dayEnd = std::min(dayToMs, nowMs);
    for (const SampleBatch &b : batches) {
        withMargins.push(b);
        SampleBatch inDay;
        std::copy_if(b.begin(), b.end(), std::back_inserter(inDay),
                     [&](const Sample &s) { return s.tMs >= dayFromMs && s.tMs < dayEnd; });
        dayOnly.push(inDay);
    }
    day.result = withMargins.finish(to);
    const analysis::AnalysisResult own = dayOnly.finish(dayEnd);
    day.daySync = own.sync;
    for (const analysis::EnterpriseFigures &e : own.enterprises) {
        if (e.id == enterpriseId) {
            day.enterpriseSyncRate = e.syncRatePercent;
            day.completenessPercent = e.completenessPercent;
        }
    }
    return day;
}

} // namespace vocsync::ui
