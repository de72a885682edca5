#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/quantity.h"
#include "vocsync/core/transmitter.h"
#include "vocsync/hj212/packet.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

namespace vocsync::acquisition::hj212server {

/// A monitoring point a transmitter channel feeds, resolved against the Plant once.
struct PointBinding
{
    QString pointId;
    std::uint32_t key = 0;
    std::array<int, kQuantityCount> decimals{}; ///< -1: the point does not measure it
};

/// One registered transmitter: its configuration and its channels resolved to points.
struct RegisteredTransmitter
{
    TransmitterConfig config;
    QHash<int, PointBinding> bindings; ///< channel -> point (only points that resolved)
};

/// Why a packet was not accepted from its MN.
enum class AuthResult { Ok, UnknownMn, BadPassword, Disabled };

/// The MN registry (TransmitterConfig list): who may send, with which password, and what its
/// channels mean. Pure; the server asks it for every packet.
class Registry
{
public:
    /// Replaces the registry. Bindings to points that are missing from `plant` or not stored
    /// yet (key 0) are left out and returned as warnings.
    QStringList set(const QList<TransmitterConfig> &transmitters, const Plant &plant);

    const RegisteredTransmitter *find(const QString &mn) const;
    bool contains(const QString &mn) const { return m_byMn.contains(mn); }
    QStringList mns() const; ///< sorted

    /// HJ 212-2017 6.5: MN and PW identify the sender. Answers (CN 9011-9014) that carry no PW
    /// are tolerated (2005 answers need not repeat it).
    AuthResult check(const hj212::Packet &p) const;

private:
    QHash<QString, RegisteredTransmitter> m_byMn;
};

} // namespace vocsync::acquisition::hj212server
