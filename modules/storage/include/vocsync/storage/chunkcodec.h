#pragma once

#include "vocsync/core/result.h"
#include "vocsync/storage/rollup.h"

#include <QByteArray>
#include <QByteArrayView>

#include <span>
#include <vector>

namespace vocsync::storage {

/// The compressed chunk format of sample_chunk (docs/chunk-encoding.md). Pure functions over
/// bytes. Every blob starts with a format version byte; decoders reject unknown versions and
/// truncated or corrupt input with an Error naming the byte offset.
namespace chunkcodec {

inline constexpr std::uint8_t kFormatVersion = 1;

/// Encodes samples of ONE point, sorted by strictly increasing time. Lossless.
QByteArray encodeSamples(std::span<const IntSample> samples);
Result<std::vector<IntSample>> decodeSamples(QByteArrayView blob);

/// Encodes rollups (minute rollups of one hour, or a single hour/day rollup), sorted by time.
QByteArray encodeAggregates(std::span<const Aggregate> aggregates);
Result<std::vector<Aggregate>> decodeAggregates(QByteArrayView blob);

} // namespace chunkcodec
} // namespace vocsync::storage
