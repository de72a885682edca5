#pragma once

#include "hj212/registry.h"

#include "vocsync/core/factorsample.h"
#include "vocsync/core/sample.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/hj212/packet.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync::acquisition::hj212server {

/// What one data packet became (docs/hj212-server.md, "Conversion").
struct Conversion
{
    SampleBatch samples; ///< electrical factors of bound channels, one Sample per point
    FactorBatch factors; ///< everything else, one FactorSample per factor (and per Zs set)
    /// Something the operator should hear about once per MN and code (unknown code, unbound
    /// channel, a part that has no place in storage).
    struct Note
    {
        QString code;
        QString message;
    };
    QList<Note> notes;
};

/// Turns accepted HJ 212 data packets (CN 2011, 2051, 2061, 2031, 2021, 2041) into point
/// samples and factor samples, keeping each value's data flag. Pure.
class PacketConverter
{
public:
    explicit PacketConverter(const hj212::FactorMapSet *maps) : m_maps(maps) {}

    /// The period a data CN reports, or nothing for CNs that carry no measured values.
    static std::optional<FactorPeriod> periodOf(int cn);

    /// `history`: the packet answers a history request, so minute/hour/day statistics of bound
    /// electrical channels become point samples at the period start. `backfilled` (implied by
    /// `history`): values carry QualityBackfilled. `fallbackTimeMs` stands in for a missing
    /// DataTime.
    Conversion convert(const hj212::Packet &p, const RegisteredTransmitter &t, bool history,
                       bool backfilled, std::int64_t fallbackTimeMs) const;

private:
    const hj212::FactorMapSet *m_maps;
};

/// Value rounded to the resolution of the point's channel (10^-decimals).
double roundTo(double v, int decimals);

/// Adds `from`'s quantities to `into` (a sample of the same point and time from another
/// sub-packet): its values win, quality bits add up, the first data flag other than N stays.
void mergeSample(Sample &into, const Sample &from);

} // namespace vocsync::acquisition::hj212server
