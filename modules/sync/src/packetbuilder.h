#pragma once

#include "vocsync/core/factorsample.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/hj212/packet.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace vocsync::sync {

/// The factor codes of one point of an enterprise target: its channel is its storage key
/// (stableChannels, docs/hj212-upstream.md), the codes come from the target's factor map
/// (codeFor), the decimals from the point's resolutions.
struct PointCodes
{
    std::uint32_t key = 0;
    QString id;
    int channel = 0;
    std::array<QByteArray, kQuantityCount> codes; ///< empty: the map has no code for it
    std::array<int, kQuantityCount> decimals{};
};

/// Channels are three digits (VocSync's electrical codes: x + quantity + ccc).
inline constexpr int kMaxChannel = 999;

/// Points of an enterprise (point -> facility -> enterprise) sorted by point id.
QList<const MonitoringPoint *> enterprisePoints(const Plant &plant, const QString &enterpriseId);

/// Channel of each stored point (by key): the key itself when it is 1..999, so that adding a
/// point never renumbers the others; a point with a larger key gets the lowest channel no key
/// uses, in id order, and a line in `problems` (that channel is not stable). Points without a
/// key (not stored yet) get none.
QHash<std::uint32_t, int> stableChannels(const QList<const MonitoringPoint *> &points,
                                         const storage::UpstreamTarget &target,
                                         QStringList *problems);

/// The codes of every point of the target's enterprise, by point key. Quantities a point
/// measures but the map cannot name are listed in `problems`.
QHash<std::uint32_t, PointCodes> pointCodes(const storage::UpstreamTarget &target,
                                            const Plant &plant, const hj212::FactorMapSet &maps,
                                            QStringList *problems);

/// A packet with the target's header: ST, CN, PW, MN and Flag (version, A when `answer`).
/// The QN is set when the packet is queued or sent.
hj212::Packet targetPacket(const storage::UpstreamTarget &target, int cn, bool answer);

/// Real-time packets (CN 2011, A set) of the samples of the target's points: one packet per
/// DataTime (to the second; a second sample of a point in the same second gets a packet of
/// its own rather than being dropped), in DataTime order. -Flag is the sample's DataFlag, N
/// when it has none. Samples of other points are ignored. `samplesUsed` counts the others.
std::vector<hj212::Packet> samplePackets(const storage::UpstreamTarget &target,
                                         const QHash<std::uint32_t, PointCodes> &codes,
                                         const SampleBatch &batch, int *samplesUsed = nullptr);

/// CN of a factor period: 2011 real-time, 2051 minute, 2061 hour, 2031 day.
int cnForPeriod(FactorPeriod period);

/// A facility's values (HJ 212-2017 C.15, C.19), which FactorSample keeps without their CN:
/// the server stores SBx-RS of CN 2021 and SBx-RT of CN 2041 as code "SBx", value in Rtd,
/// period real-time and day (docs/hj212-upstream.md, "Facility data").
enum class FacilityValue { None, RunningState, RunningTime };
bool isFacilityCode(const QString &code);
FacilityValue facilityValue(const FactorSample &sample);
/// The CN a stored factor value goes out with: 2021 for a running state, 2041 for a running
/// time, else cnForPeriod.
int cnOf(const FactorSample &sample);

/// Packets of the factors of the target's transmitter (FactorSample::source == sourceId),
/// one per CN (cnOf) and DataTime, in time order, codes as received, A set.
std::vector<hj212::Packet> factorPackets(const storage::UpstreamTarget &target,
                                         const FactorBatch &batch, int *valuesUsed = nullptr);

/// Adds one factor value set (the parts its mask holds) to a packet: SBx-RS / SBx-RT for a
/// facility's state / running time (no -Flag), else -Rtd/-Cou/-Min/-Avg/-Max and -Flag.
void addFactor(hj212::Packet &packet, const FactorSample &sample);

/// The -Flag character of a quality byte: its DataFlag, N when none.
char flagOf(std::uint8_t quality);

} // namespace vocsync::sync
