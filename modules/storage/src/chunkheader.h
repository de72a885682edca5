#pragma once

#include "bytereader.h"
#include "varint.h"

#include <cstddef>
#include <cstdint>

// The four fields every chunk blob starts with (docs/chunk-encoding.md, "Header"):
// format version, kind, item count (varint), quantity mask.
namespace vocsync::storage::codec {

/// Second byte of a blob: which of the two layouts follows. ASCII letters, so a hex dump
/// shows what a blob is.
enum class ChunkKind : std::uint8_t { Samples = 0x53 /* 'S' */, Aggregates = 0x41 /* 'A' */ };

/// The quantity bits a mask may hold (one per vocsync::Quantity).
inline constexpr std::uint8_t kQuantityBits = 0x1F;

struct ChunkHeader
{
    std::size_t count = 0;
    std::uint8_t mask = 0;
};

void writeHeader(ByteWriter &w, ChunkKind kind, const ChunkHeader &header);

/// Reads and validates the header: version, kind, count <= kMaxCount and no larger than the
/// rest of the blob could possibly hold, no mask bit beyond the known quantities.
bool readHeader(ByteReader &r, ChunkKind kind, ChunkHeader &header);

/// Fails unless the reader is at the end of the blob.
bool expectEnd(ByteReader &r);

} // namespace vocsync::storage::codec
