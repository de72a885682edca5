#include "factormapindex.h"

#include <QSet>

#include <algorithm>
#include <cstdint>

namespace vocsync::hj212::detail {

namespace {

/// The maps `id` consults, in lookup order: itself, then each include depth first. A map
/// already in the chain is not visited again, which cuts include cycles (a -> b -> a).
void collectChain(const std::map<QString, FactorMap> &maps, const QString &id,
                  QSet<QString> *visited, std::vector<const FactorMap *> *chain)
{
    const auto it = maps.find(id);
    if (it == maps.end() || visited->contains(id))
        return;
    visited->insert(id);
    chain->push_back(&it->second);
    for (const QString &include : it->second.includes)
        collectChain(maps, include, visited, chain);
}

/// The value a pattern entry's channel field must have: an electrical channel is bound to a
/// monitoring point and starts at 1 ("x01000" means nothing), while a device number of an
/// entry without a quantity is only part of the name (HJ 212-2017 B.10 i3331x counts from 0).
bool acceptsValue(const CompiledEntry &e, int value)
{
    return !e.meaning.quantity || value > 0;
}

/// True when one of the first `count` patterns takes `code`.
bool takenByPattern(const std::vector<CompiledEntry> &patterns, std::size_t count,
                    std::string_view code)
{
    for (std::size_t i = 0; i < count; ++i) {
        const std::optional<int> v = patterns[i].pattern.match(code);
        if (v && acceptsValue(patterns[i], *v))
            return true;
    }
    return false;
}

void addPattern(MapIndex *index, CompiledEntry entry)
{
    const auto at = static_cast<std::uint32_t>(index->patterns.size());
    const std::string &prefix = entry.pattern.prefix;
    index->byPrefix[prefix].push_back(at);
    auto &lengths = index->prefixLengths;
    const bool known = std::any_of(lengths.begin(), lengths.end(),
                                   [&](const auto &l) { return l.length == prefix.size(); });
    if (!known)
        lengths.push_back({prefix.size(), at}); // in order of `first`, as patterns are added
    if (entry.meaning.quantity)
        index->electrical.push_back(entry);
    index->patterns.push_back(std::move(entry));
}

} // namespace

MapIndex buildMapIndex(const std::map<QString, FactorMap> &maps, const QString &id)
{
    QSet<QString> visited;
    std::vector<const FactorMap *> chain;
    collectChain(maps, id, &visited, &chain);

    MapIndex index;
    for (const FactorMap *map : chain) {
        // The patterns of the maps before this one, which its exact codes must not override.
        const std::size_t earlier = index.patterns.size();
        std::vector<CompiledEntry> own;
        for (const FactorMap::Entry &e : map->entries) {
            QString ignored;
            const std::optional<FactorMapPattern> p = FactorMapPattern::parse(e.pattern, &ignored);
            // Maps come from parseFactorMap; an entry built by hand with a bad code is inert.
            if (!p)
                continue;
            CompiledEntry compiled{*p, e.meaning};
            if (p->isPattern()) {
                own.push_back(std::move(compiled));
                continue;
            }
            const std::string code = p->prefix;
            if (index.exact.count(code) || takenByPattern(index.patterns, earlier, code))
                continue;
            compiled.meaning.code = e.pattern;
            if (compiled.meaning.quantity)
                index.electrical.push_back(compiled);
            index.exact.emplace(code, std::move(compiled.meaning));
        }
        for (CompiledEntry &c : own)
            addPattern(&index, std::move(c));
    }
    return index;
}

std::optional<FactorMeaning> resolveIn(const MapIndex &index, std::string_view code)
{
    if (code.empty())
        return std::nullopt;
    if (const auto it = index.exact.find(code); it != index.exact.end())
        return it->second;
    // The first pattern in chain order that takes the code.
    std::uint32_t best = UINT32_MAX;
    int bestValue = 0;
    for (const MapIndex::PrefixLength &l : index.prefixLengths) {
        if (l.first >= best)
            break;
        if (l.length >= code.size())
            continue;
        const auto it = index.byPrefix.find(code.substr(0, l.length));
        if (it == index.byPrefix.end())
            continue;
        for (const std::uint32_t at : it->second) {
            if (at >= best)
                break;
            const CompiledEntry &e = index.patterns[at];
            const std::optional<int> value = e.pattern.match(code);
            if (value && acceptsValue(e, *value)) {
                best = at;
                bestValue = *value;
                break;
            }
        }
    }
    if (best == UINT32_MAX)
        return std::nullopt;
    FactorMeaning m = index.patterns[best].meaning;
    m.code = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    // channel 0 says "not electrical" (FactorMeaning): only a quantity's channel is set.
    m.channel = m.quantity ? bestValue : 0;
    return m;
}

} // namespace vocsync::hj212::detail
