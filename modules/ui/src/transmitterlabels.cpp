#include "transmitterlabels.h"

#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/ui/labels.h"

#include <QDateTime>
#include <QLocale>

#include <cstdlib>

namespace vocsync::ui {

using acquisition::CommandResult;
using acquisition::TransmitterStatus;

TransmitterLabels::State TransmitterLabels::state(const TransmitterStatus &status)
{
    if (status.connected)
        return status.backfillState.isEmpty() ? State::Online : State::Backfilling;
    return status.lastPacketMs > 0 || status.connectedSinceMs > 0 ? State::Offline : State::Waiting;
}

QString TransmitterLabels::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Never seen");
    case State::Online:
        return tr("Online");
    case State::Backfilling:
        return tr("Backfilling");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

QColor TransmitterLabels::stateColor(State state)
{
    switch (state) {
    case State::Online:
        return theme::running();
    case State::Backfilling:
        return theme::accent();
    case State::Offline:
        // The colour of the devices page's "link down": nothing arrives, cause unknown.
        return QColor(0x9a, 0x5b, 0x5b);
    case State::Waiting:
        return QColor(0x5f, 0x86, 0xab);
    }
    return theme::unknown();
}

QColor TransmitterLabels::connectedColor(bool connected)
{
    return connected ? theme::running() : QColor(0x9a, 0x5b, 0x5b);
}

QString TransmitterLabels::version(int version)
{
    switch (version) {
    case 0:
        return QStringLiteral("HJ/T 212-2005");
    case 1:
        return QStringLiteral("HJ 212-2017");
    case 2:
        return QStringLiteral("HJ 212-2025");
    default:
        return none();
    }
}

QString TransmitterLabels::command(int cn)
{
    namespace cn_ = hj212::cn;
    switch (cn) {
    case cn_::GetTime:
        return tr("%1 Get time").arg(cn);
    case cn_::SetTime:
        return tr("%1 Set time").arg(cn);
    case cn_::TimeCalibrationRequest:
        return tr("%1 Time calibration request").arg(cn);
    case cn_::GetRtdInterval:
        return tr("%1 Get real-time interval").arg(cn);
    case cn_::SetRtdInterval:
        return tr("%1 Set real-time interval").arg(cn);
    case cn_::RealTimeData:
        return tr("%1 Real-time data").arg(cn);
    case cn_::FacilityState:
        return tr("%1 Facility state").arg(cn);
    case cn_::DayData:
        return tr("%1 Day data").arg(cn);
    case cn_::FacilityRunTime:
        return tr("%1 Facility run time").arg(cn);
    case cn_::MinuteData:
        return tr("%1 Minute data").arg(cn);
    case cn_::HourData:
        return tr("%1 Hour data").arg(cn);
    case cn_::RequestAnswer:
        return tr("%1 Request answer").arg(cn);
    case cn_::ExecutionAnswer:
        return tr("%1 Execution answer").arg(cn);
    case cn_::NoticeAnswer:
        return tr("%1 Notice answer").arg(cn);
    case cn_::DataAnswer:
        return tr("%1 Data answer").arg(cn);
    case cn_::Heartbeat:
        return tr("%1 Heartbeat").arg(cn);
    default:
        return cn > 0 ? hj212::commandName(cn) : none();
    }
}

QString TransmitterLabels::commandOutcome(const CommandResult &result, std::int64_t receivedMs)
{
    if (!result.ok)
        return result.message.isEmpty() ? tr("failed") : tr("failed: %1").arg(result.message);
    namespace cn_ = hj212::cn;
    switch (result.cn) {
    case cn_::GetTime: {
        if (result.systemTimeMs == 0)
            break;
        const std::int64_t offsetMs = result.systemTimeMs - receivedMs;
        const QString clock = Labels::dateTime(result.systemTimeMs);
        // A transmitter answers within a second or two: a smaller difference is transit time.
        if (std::llabs(offsetMs) < 2000)
            return tr("%1 (in step with the station)").arg(clock);
        const QString by = Labels::duration(std::llabs(offsetMs));
        return offsetMs < 0 ? tr("%1 (%2 behind the station)").arg(clock, by)
                            : tr("%1 (%2 ahead of the station)").arg(clock, by);
    }
    case cn_::GetRtdInterval:
        if (result.rtdIntervalS > 0)
            return Labels::duration(result.rtdIntervalS * 1000LL);
        break;
    case cn_::MinuteData:
    case cn_::HourData:
    case cn_::DayData:
    case cn_::RealTimeData:
        return tr("%n record(s) received", nullptr, result.records);
    default:
        break;
    }
    return result.message.isEmpty() ? tr("done") : result.message;
}

QString TransmitterLabels::rejection(const QString &reasonKey)
{
    struct Name
    {
        const char *key;
        const char *text;
    };
    // hj212::reasonKey() spellings (codec.h); lupdate sees the literals.
    static constexpr Name kNames[] = {
        {"bad_header", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad header")},
        {"bad_length", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad length")},
        {"too_long", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Too long")},
        {"length_mismatch", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Length mismatch")},
        {"bad_crc", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "CRC error")},
        {"bad_tail", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad terminator")},
        {"missing_field", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Missing field")},
        {"duplicate_field", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Duplicate field")},
        {"bad_field", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad field")},
        {"bad_time", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad time")},
        {"bad_cp", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad CP")},
        {"bad_factor", QT_TRANSLATE_NOOP("vocsync::ui::TransmitterLabels", "Bad factor")},
    };
    for (const Name &n : kNames) {
        if (reasonKey == QLatin1String(n.key))
            return tr(n.text);
    }
    return {};
}

QString TransmitterLabels::shortTime(std::int64_t utcMs)
{
    if (utcMs <= 0)
        return none();
    return QDateTime::fromMSecsSinceEpoch(utcMs, timeutil::stationZone())
        .toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString TransmitterLabels::count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

} // namespace vocsync::ui
