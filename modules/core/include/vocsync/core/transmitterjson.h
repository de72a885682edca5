#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"
#include "vocsync/core/transmitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vocsync::transmitterjson {

/// The HJ 212 MN registry as a file (docs/hj212-server.md): what the transmitters page exports
/// and `hj212 listen` reads.
///
///   {"transmitters": [{"mn": "010000A8900016F000169DC0", "name": "...", "enterprise": "E01",
///     "password": "123456", "factorMap": "vocsync-electric", "points": {"1": "P01"},
///     "backfillCn": 2051, "rtdIntervalS": 60, "alarmOnReject": false, "enabled": true}]}
///
/// Only "mn" is required; absent members take TransmitterConfig's defaults. Unknown keys are
/// errors (a misspelt key must not silently fall back to a default).
inline constexpr int kMaxMnLength = 31;       ///< 24 in 2017, 14 in 2005; real devices vary
inline constexpr int kMaxPasswordLength = 15; ///< 6 in the standard (C6)
inline constexpr int kMaxChannel = 999;       ///< the 3-digit channel of VocSync's x codes

/// Serialises the registry, members in the order above.
QByteArray write(const QList<TransmitterConfig> &transmitters);

/// Parses and validates a registry file completely. On the first error the Error's `where` is
/// "<file>:<line>: <json path>" (e.g. "transmitters.json:7: transmitters[1].points.1000"), or
/// "line <line>: <json path>" without a file name; the message says what was expected.
Result<QList<TransmitterConfig>> read(const QByteArray &json, const QString &fileName = {});

/// The value checks of one entry: MN non-empty, at most kMaxMnLength characters of
/// [0-9A-Za-z]; password at most kMaxPasswordLength printable ASCII characters without the
/// packet's separators (; , = &); factor map id non-empty; channels 1..kMaxChannel bound to
/// non-empty point ids; backfillCn 2011, 2051 or 2061; rtdIntervalS 1..86400. The Error's
/// `where` is the member's path inside the entry ("mn", "points.1000").
Status validateTransmitter(const TransmitterConfig &transmitter);

/// validateTransmitter() on each entry plus unique MNs (MNs differing only in letter case are
/// the same transmitter: MNs are hexadecimal in HJ 212-2017). `where` is the JSON path
/// ("transmitters[2].mn").
Status validate(const QList<TransmitterConfig> &transmitters);

/// The references into the plant: every point id a transmitter binds must be a monitoring
/// point of `plant`, and a non-empty enterprise id one of its enterprises. The Error names the
/// transmitter and the point (or enterprise); `where` is the JSON path
/// ("transmitters[0].points.3", "transmitters[0].enterprise").
Status checkPlant(const QList<TransmitterConfig> &transmitters, const Plant &plant);

} // namespace vocsync::transmitterjson
