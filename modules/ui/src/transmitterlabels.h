#pragma once

#include "vocsync/acquisition/hj212server.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace vocsync::ui {

/// Display names and colours of the transmitters page (connection states, protocol versions,
/// command codes, command outcomes), so its tables, its command bar and its packet log call
/// things by the same name.
class TransmitterLabels
{
    Q_DECLARE_TR_FUNCTIONS(vocsync::ui::TransmitterLabels)

public:
    /// What the status column says about a registered transmitter.
    enum class State { Waiting, Online, Backfilling, Offline };
    static State state(const acquisition::TransmitterStatus &status);
    static QString stateText(State state);
    static QColor stateColor(State state);

    /// "HJ 212-2017", "HJ/T 212-2005", "HJ 212-2025"; "—" for -1 (no packet yet).
    static QString version(int version);
    /// Short names of the command codes the page shows ("2011 Real-time data"); other codes as
    /// the codec names them.
    static QString command(int cn);
    /// One line for a command's outcome: "2026-11-25 10:00:03 (2 s behind the station)" (the
    /// transmitter's clock), "30 s" (its interval), "12 records received", or the failure.
    static QString commandOutcome(const acquisition::CommandResult &result,
                                  std::int64_t receivedMs);
    /// A short name for a codec rejection key ("bad_crc" -> "CRC error"); empty when unknown.
    static QString rejection(const QString &reasonKey);
    /// "MM-dd HH:mm:ss" in the station zone; "—" for 0.
    static QString shortTime(std::int64_t utcMs);
    /// "1,234"
    static QString count(std::uint64_t n);
    static QString none() { return QStringLiteral("—"); }
    /// Where the page keeps the colour of an upstream connection badge.
    static QColor connectedColor(bool connected);
};

} // namespace vocsync::ui
