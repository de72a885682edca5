// Per-point streaming checks: data_gap events and the data-quality flags an inspector must
// not trust (docs/analysis.md, Data quality).
#include "pointtracker.h"

#include "detectors.h"

#include "vocsync/core/timeutil.h"

#include <cmath>

namespace vocsync::analysis::detail {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kStuckMs = 2 * kHourMs; ///< constant this long while it should vary
constexpr double kSparseShare = 0.5;           ///< fewer than half the expected samples

} // namespace

PointTracker::PointTracker(const MonitoringPoint &point, const Facility &facility,
                           double offLevel, std::int64_t fromMs, const AnalysisOptions &options)
    : m_point(point),
      m_facilityId(facility.id),
      m_ratedKw(facility.ratedPowerKw),
      m_offLevel(offLevel),
      m_stateQ(facility.thresholds.quantity),
      m_fromMs(fromMs),
      m_intervalMs(std::int64_t{point.intervalS > 0 ? point.intervalS : 10} * 1000),
      m_gapMs(m_intervalMs * (options.gapIntervals > 0 ? options.gapIntervals : 3)),
      m_energyResolution(std::pow(10.0, -std::max(0, point.decimals(Quantity::EnergyKwh)))),
      m_opt(options)
{
}

void PointTracker::gap(std::int64_t startMs, std::int64_t endMs, bool open,
                       std::vector<Event> *out)
{
    Event ev;
    ev.type = EventType::DataGap;
    ev.facility = m_facilityId;
    ev.point = m_point.id;
    ev.startMs = startMs;
    ev.endMs = endMs;
    ev.anchorMs = startMs;
    ev.open = open;
    ev.evidence.insert(QStringLiteral("interval_s"), static_cast<double>(m_intervalMs / 1000));
    ev.evidence.insert(QStringLiteral("silent_s"), static_cast<double>((endMs - startMs) / 1000));
    if (m_lastT != INT64_MIN)
        ev.evidence.insert(QStringLiteral("last_sample"), timeutil::toIso(m_lastT));
    ev.severity = detail::severityFor(ev, m_opt);
    out->push_back(std::move(ev));
}

bool PointTracker::push(const Sample &s)
{
    if (s.tMs <= m_lastT || s.tMs < m_fromMs)
        return false;
    if (m_lastT == INT64_MIN) {
        if (s.tMs - m_fromMs > m_gapMs)
            gap(m_fromMs, s.tMs, false, &m_events);
    } else if (s.tMs - m_lastT > m_gapMs) {
        gap(m_lastT + m_intervalMs, s.tMs, false, &m_events);
    }
    checkRange(s);
    checkStuck(s);
    if (s.has(Quantity::EnergyKwh))
        checkEnergy(s);
    countHour(s.tMs);
    for (LimitWatch &w : m_limits) {
        if (!s.has(w.limit.quantity))
            continue;
        const double v = s.value(w.limit.quantity);
        const bool beyond = v > w.limit.above || v < w.limit.below;
        w.beyond->push(s.tMs, beyond ? 1.0 : 0.0);
    }
    m_lastT = s.tMs;
    return true;
}

void PointTracker::advance(std::int64_t nowMs, std::vector<Event> *open)
{
    // The same rule as push(): silent from the period's start, or after the last reading.
    if (m_lastT == INT64_MIN) {
        if (nowMs - m_fromMs > m_gapMs)
            gap(m_fromMs, nowMs, true, open);
    } else if (nowMs - m_lastT > m_gapMs) {
        gap(m_lastT + m_intervalMs, nowMs, true, open);
    }
    for (LimitWatch &w : m_limits)
        w.beyond->advance(nowMs);
}

void PointTracker::finish(std::int64_t toMs)
{
    std::vector<Event> tail;
    advance(toMs, &tail);
    for (Event &e : tail)
        m_events.push_back(std::move(e));
    if (m_badStart != INT64_MIN) {
        QJsonObject e{{QStringLiteral("quantity"), m_badWhat},
                      {QStringLiteral("value"), m_badValue}};
        flag(QStringLiteral("out_of_range"), m_badStart, m_badLast + m_intervalMs, e);
        m_badStart = INT64_MIN;
    }
    if (m_stuckStart != INT64_MIN && m_stuckLast - m_stuckStart >= kStuckMs) {
        flag(QStringLiteral("stuck_value"), m_stuckStart, m_stuckLast + m_intervalMs,
             {{QStringLiteral("value"), m_stuckValue}});
    }
    if (m_hour != INT64_MIN && m_hour + kHourMs <= toMs)
        closeHour();
    for (LimitWatch &w : m_limits)
        w.beyond->finish(toMs);
}

void PointTracker::flag(const QString &check, std::int64_t s, std::int64_t e,
                        QJsonObject evidence)
{
    m_quality.push_back({check, m_point.id, m_facilityId, s, e, std::move(evidence)});
}

// Negative current, voltage, energy or frequency, or a value the meter itself flagged out of
// range. Consecutive bad samples make one flag.
void PointTracker::checkRange(const Sample &s)
{
    QString what;
    double value = 0;
    for (Quantity q : {Quantity::CurrentA, Quantity::VoltageV, Quantity::EnergyKwh,
                       Quantity::FrequencyHz}) {
        if (s.has(q) && s.value(q) < 0) {
            what = quantityKey(q);
            value = s.value(q);
            break;
        }
    }
    if (what.isEmpty() && (s.quality & QualityOverrange) != 0)
        what = QStringLiteral("meter_overrange");
    if (what.isEmpty()) {
        if (m_badStart != INT64_MIN) {
            flag(QStringLiteral("out_of_range"), m_badStart, s.tMs,
                 {{QStringLiteral("quantity"), m_badWhat}, {QStringLiteral("value"), m_badValue}});
            m_badStart = INT64_MIN;
        }
        return;
    }
    if (m_badStart == INT64_MIN) {
        m_badStart = s.tMs;
        m_badWhat = what;
        m_badValue = value;
    }
    m_badLast = s.tMs;
}

// A meter that repeats the same non-zero reading of a working facility for hours is stuck:
// real loads carry noise finer than the meter's resolution.
void PointTracker::checkStuck(const Sample &s)
{
    if (!s.has(m_stateQ))
        return;
    const double v = s.value(m_stateQ);
    if (m_stuckStart != INT64_MIN && v == m_stuckValue) {
        m_stuckLast = s.tMs;
        return;
    }
    if (m_stuckStart != INT64_MIN && m_stuckLast - m_stuckStart >= kStuckMs)
        flag(QStringLiteral("stuck_value"), m_stuckStart, m_stuckLast + m_intervalMs,
             {{QStringLiteral("value"), m_stuckValue}});
    m_stuckStart = v > m_offLevel && v > 0 ? s.tMs : INT64_MIN;
    m_stuckValue = v;
    m_stuckLast = s.tMs;
}

// Energy counters only grow, and no faster than the facility can draw: a step back or a step
// beyond 1.5 times the largest plausible power is flagged and left out of the energy sums.
void PointTracker::checkEnergy(const Sample &s)
{
    const double e = s.value(Quantity::EnergyKwh);
    const double p = s.has(Quantity::PowerKw) ? std::abs(s.value(Quantity::PowerKw)) : 0;
    if (m_prevET != INT64_MIN) {
        const double d = e - m_prevE;
        const double hours = static_cast<double>(s.tMs - m_prevET) / 3.6e6;
        const double maxKw = std::max({m_ratedKw, p, m_prevP, 1.0});
        const double allowed = maxKw * 1.5 * hours + 2 * m_energyResolution;
        if (d < -m_energyResolution / 2) {
            flag(QStringLiteral("counter_backwards"), m_prevET, s.tMs,
                 {{QStringLiteral("before"), m_prevE}, {QStringLiteral("after"), e}});
        } else if (d > allowed) {
            flag(QStringLiteral("counter_jump"), m_prevET, s.tMs,
                 {{QStringLiteral("before"), m_prevE},
                  {QStringLiteral("after"), e},
                  {QStringLiteral("allowed_kwh"), allowed}});
        } else if (d > 0) {
            m_energyKwh += d;
        }
    }
    m_prevE = e;
    m_prevP = p;
    m_prevET = s.tMs;
}

void PointTracker::countHour(std::int64_t tMs)
{
    const std::int64_t h = timeutil::floorTo(tMs, kHourMs);
    if (h == m_hour) {
        ++m_hourCount;
        return;
    }
    if (m_hour != INT64_MIN)
        closeHour();
    m_hour = h;
    m_hourCount = 1;
}

// Hours that are only partly inside the period are not judged.
void PointTracker::closeHour()
{
    const int expected = static_cast<int>(kHourMs / m_intervalMs);
    if (m_hour >= m_fromMs && m_hourCount < expected * kSparseShare) {
        flag(QStringLiteral("sparse_hour"), m_hour, m_hour + kHourMs,
             {{QStringLiteral("samples"), m_hourCount}, {QStringLiteral("expected"), expected}});
    }
}

} // namespace vocsync::analysis::detail
