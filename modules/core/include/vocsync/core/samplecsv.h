#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/sample.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace vocsync::samplecsv {

/// The samples CSV (docs/samples-csv.md):
///   time,point,current_a,voltage_v,power_kw,energy_kwh,frequency_hz
/// time is ISO 8601 with offset (read: also epoch milliseconds; years 2000-2099); point is
/// the monitoring point's id; a quantity the point
/// does not measure is an empty cell; values are written with the decimals of the point's
/// declared resolution.
QString header();

/// Writes rows to a device; the caller writes header() first.
class Writer
{
public:
    explicit Writer(QIODevice *out) : m_out(out) {}
    /// Appends the samples of one point (its declared decimals decide the formatting).
    bool write(const MonitoringPoint &point, const SampleBatch &samples);

private:
    QIODevice *m_out;
};

/// Reads a samples CSV against a plant (for point ids and resolutions). Streams: `sink` gets
/// batches of samples whose `point` is the MonitoringPoint::key. A bad row stops the read with
/// an Error whose `where` is "<file>:<line>" and whose message names the column; the caller
/// decides whether batches already passed to the sink are kept (import keeps nothing: it
/// validates the whole file first, see `vocsync-cli samples import`).
struct ReadOptions
{
    QString fileName;         ///< for messages
    int batchSize = 10000;
};
Result<qint64> read(QIODevice *in, const Plant &plant, const ReadOptions &options,
                    const std::function<void(SampleBatch &&)> &sink);

} // namespace vocsync::samplecsv
