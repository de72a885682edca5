#pragma once

#include "vocsync/hj212/factormap.h"

#include "factormappattern.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vocsync::hj212 {

namespace detail {

/// std::hash over string_view, so the exact-code table is searched with the received bytes
/// (heterogeneous lookup) instead of a temporary std::string.
struct CodeHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// A pattern entry ready for matching: its code parts and the meaning it gives.
struct CompiledEntry
{
    FactorMapPattern pattern;
    FactorMeaning meaning;
};

/// Everything resolve() needs for one map, with its includes flattened in lookup order:
/// the map's own entries, then each include's (depth first, each map once).
struct MapIndex
{
    /// Exact codes of the whole chain. An included map's exact code is left out when a map
    /// earlier in the chain has a pattern that takes it, so one hash lookup followed by the
    /// patterns in chain order gives the same answer as walking the chain map by map.
    std::unordered_map<std::string, FactorMeaning, CodeHash, std::equal_to<>> exact;
    std::vector<CompiledEntry> patterns; ///< in chain order
    /// Patterns by their fixed prefix (indexes into `patterns`, ascending), so a code is
    /// checked only against the patterns whose prefix it starts with: one hash lookup per
    /// prefix length instead of a scan over the ~130 process codes of HJ 212-2017.
    std::unordered_map<std::string, std::vector<std::uint32_t>, CodeHash, std::equal_to<>> byPrefix;
    /// The prefix lengths in use, each with the first pattern that has it, ordered by that
    /// pattern: once a match is found, the lengths whose first pattern comes later are
    /// skipped (VocSync's own x-codes come first in "vocsync-electric").
    struct PrefixLength
    {
        std::size_t length;
        std::uint32_t first;
    };
    std::vector<PrefixLength> prefixLengths;

    /// codeFor's candidates in chain order: electrical exact codes (pattern.digits == 0) and
    /// patterns with a quantity.
    std::vector<CompiledEntry> electrical;
};

/// Builds the index of `id` from `maps`; unknown includes are skipped and cycles cut.
MapIndex buildMapIndex(const std::map<QString, FactorMap> &maps, const QString &id);

/// What `code` means under `index`, or nothing.
std::optional<FactorMeaning> resolveIn(const MapIndex &index, std::string_view code);

} // namespace detail

struct FactorMapSet::Index
{
    /// By map id. A station has a handful of maps, and comparing ids is much cheaper than
    /// hashing one (Qt's QString hash costs more than the whole lookup of a code).
    std::vector<std::pair<QString, detail::MapIndex>> maps;

    const detail::MapIndex *find(const QString &id) const
    {
        for (const auto &[mapId, index] : maps) {
            if (mapId == id)
                return &index;
        }
        return nullptr;
    }
};

} // namespace vocsync::hj212
