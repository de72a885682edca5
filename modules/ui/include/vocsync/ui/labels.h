#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/alarms/alarm.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/runstate.h"
#include "vocsync/storage/seriesreader.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace vocsync::ui {

/// Display names and colours of domain values, translated, in one place so that the overview,
/// the trend page and the status bar call a state by the same name.
class Labels
{
    // The context must be the qualified class name: that is what lupdate records.
    Q_DECLARE_TR_FUNCTIONS(vocsync::ui::Labels)

public:
    static QString runState(RunState state);
    static QColor runStateColor(RunState state);
    static QString facilityKind(FacilityKind kind);
    /// Chinese industry term for a facility type key (spray_booth → 喷漆房); the key itself when
    /// the type is not one the station knows.
    static QString facilityType(const QString &typeKey);
    static QString linkState(acquisition::LinkState state);
    static QColor linkStateColor(acquisition::LinkState state);
    /// "Raw samples", "1-minute means", ...: which level of the stored series a chart shows.
    static QString resolution(storage::Resolution resolution);

    /// Display name of an alarm's type: the event type's name (analysis::eventTypeName), or
    /// "Threshold" for threshold rules; the key itself when unknown.
    static QString alarmType(const QString &typeKey);
    static QColor alarmLevelColor(alarms::AlarmLevel level);
    static QColor alarmLevelSoftColor(alarms::AlarmLevel level);
    static QString quantity(Quantity quantity); ///< "Current (A)", ...
    /// A duration for people: "45 s", "43 min", "2 h 05 min", "3 d 4 h".
    static QString duration(std::int64_t ms);
    /// UTC ms as "yyyy-MM-dd HH:mm:ss" in the station's time zone.
    static QString dateTime(std::int64_t utcMs);
};

} // namespace vocsync::ui
