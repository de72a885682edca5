#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync::analysis {

/// The anomaly types of DOMAIN.md that the analyzer detects. The keys are a contract
/// (`vocsync-cli analyze`, alarm rules, the database): never rename them.
enum class EventType : std::uint8_t {
    TreatmentNotStarted,
    LateStart,
    EarlyStop,
    TreatmentAbnormalStop,
    TreatmentIdle,
    TreatmentSlowdown,
    OverLimit,
    DataGap,
};
inline constexpr int kEventTypeCount = 8;

/// "treatment_not_started", "late_start", "early_stop", "treatment_abnormal_stop",
/// "treatment_idle", "treatment_slowdown", "over_limit", "data_gap".
QString eventTypeKey(EventType t);
std::optional<EventType> eventTypeFromKey(const QString &key);
/// Translated short name for display (未同时开启, 滞后开启, ...).
QString eventTypeName(EventType t);

/// How grave an event is. The two levels Chinese platforms use: 预警 (warning: the
/// enterprise is told) and 报警 (alarm: enterprise and bureau).
enum class Severity : std::uint8_t { Warning, Alarm };
QString severityKey(Severity s); ///< "warning", "alarm"
std::optional<Severity> severityFromKey(const QString &key);
QString severityName(Severity s); ///< 预警 / 报警 (translated)

/// One detected anomaly. `facility` is the facility whose behaviour is anomalous (the
/// treatment for the sync anomalies, the silent point's facility for data_gap); `related` is
/// the production facility it should have served (empty when none). `evidence` holds the
/// values that triggered it (thresholds, levels, durations), with keys documented in
/// docs/analysis.md.
struct Event
{
    EventType type = EventType::DataGap;
    QString facility;
    QString related;
    QString point;          ///< the monitoring point for data_gap and over_limit, else empty
    std::int64_t startMs = 0;
    std::int64_t endMs = 0; ///< for an open event: the time it was last seen true
    /// Where the condition began; stays the same while an open event's final type is being
    /// decided (a treatment that stopped mid-run is an abnormal stop if it restarts, an early
    /// stop if production ends first).
    std::int64_t anchorMs = 0;
    bool open = false;      ///< still going on at the horizon (live now, or the period's end)
    /// Live only: a condition told while open that the later data did not confirm (e.g. a
    /// treatment that restarted inside the lag window). It is over (open false); history has
    /// no such event.
    bool withdrawn = false;
    Severity severity = Severity::Warning;
    QJsonObject evidence;

    std::int64_t durationMs() const { return endMs - startMs; }
    /// Identity of the condition: the same while an open event grows and when it closes.
    QString conditionKey() const;
    bool operator==(const Event &o) const;
};

} // namespace vocsync::analysis
