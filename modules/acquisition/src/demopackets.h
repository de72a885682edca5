#pragma once

// The packets a simulated demo transmitter writes (docs/hj212-demo.md): pure functions from the
// simulator's samples to HJ 212 packets, so that the socket code only queues and sends.

#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/factormap.h"
#include "vocsync/hj212/packet.h"

#include <QByteArray>
#include <QStringList>

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace vocsync::acquisition::demo {

/// What one transmitter sends: its header fields and, per bound point, the factor code of each
/// quantity under its factor map (empty when the map has none).
struct UnitBinding
{
    QByteArray mn;
    QByteArray pw;
    QByteArray st;
    struct Point
    {
        std::uint32_t key = 0;
        int channel = 0;
        std::uint8_t mask = 0; ///< quantities the point measures
        std::array<int, kQuantityCount> decimals{};
        std::array<QByteArray, kQuantityCount> codes;
    };
    std::vector<Point> points; ///< by channel

    const Point *find(std::uint32_t key) const;
};

/// Binds `config`'s channels to the points of `plant`. Channels naming an unknown point and
/// quantities the map has no code for are left out and described in `problems`.
UnitBinding bindUnit(const TransmitterConfig &config, const Plant &plant,
                     const hj212::FactorMapSet &maps, const QByteArray &st, QStringList *problems);

/// A data packet of this unit (HJ 212-2017, Flag=5: answer requested).
hj212::Packet dataPacket(const UnitBinding &unit, const QByteArray &qn, int cn,
                         std::int64_t dataTimeMs);
/// An upload answering a command (same QN as the request, Flag=4, HJ 212-2017 C.2, C.5).
hj212::Packet commandUpload(const UnitBinding &unit, const QByteArray &qn, int cn);

/// The data flag written for a sample: its own DataFlag if it has one, T when the meter
/// flagged the value over range, else N (normal).
char flagOf(const Sample &s);

/// Adds the unit's samples in `batch` as "<code>-Rtd=<value>,<code>-Flag=<f>" items, values
/// with the decimals of the point's resolution. Returns the samples added.
int addRealtime(hj212::Packet &packet, const UnitBinding &unit, const SampleBatch &batch);

/// Min/Avg/Max per point and quantity over one period (minute, hour, day data), and the
/// consumption (last - first reading) of the energy counter as Cou.
class PeriodAggregate
{
public:
    void add(const UnitBinding::Point &point, const Sample &s);
    bool isEmpty() const { return m_points.empty(); }
    /// Adds "-Min,-Avg,-Max[,-Cou],-Flag" items; Avg is rounded to the point's resolution.
    /// Returns the points written.
    int addTo(hj212::Packet &packet, const UnitBinding &unit) const;

private:
    struct Stat
    {
        double min = 0, max = 0, sum = 0, first = 0, last = 0;
        int count = 0;
    };
    struct PointStats
    {
        std::array<Stat, kQuantityCount> q{};
        char flag = 'N';
    };
    std::map<int, PointStats> m_points; ///< by channel
};

/// Rounds `v` to `decimals` digits (the value written on the wire).
double roundTo(double v, int decimals);

} // namespace vocsync::acquisition::demo
