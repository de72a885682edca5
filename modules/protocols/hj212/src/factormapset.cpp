// FactorMapSet: factor maps by id and the lookups the server runs for every factor it receives.
#include "vocsync/hj212/factormap.h"

#include "factormapindex.h"

namespace vocsync::hj212 {

void FactorMapSet::add(FactorMap map)
{
    const QString id = map.id;
    m_maps[id] = std::move(map);
    // Any map may include the one just added, so every chain is rebuilt. A station has a
    // handful of maps and adds them at start; copies made before keep their own index.
    auto index = std::make_shared<Index>();
    for (const auto &[mapId, m] : m_maps)
        index->maps.emplace_back(mapId, detail::buildMapIndex(m_maps, mapId));
    m_index = std::move(index);
}

QList<const FactorMap *> FactorMapSet::list() const
{
    QList<const FactorMap *> out;
    out.reserve(static_cast<qsizetype>(m_maps.size()));
    for (const auto &[id, m] : m_maps)
        out.append(&m);
    return out;
}

const FactorMap *FactorMapSet::map(const QString &id) const
{
    const auto it = m_maps.find(id);
    return it == m_maps.end() ? nullptr : &it->second;
}

std::optional<FactorMeaning> FactorMapSet::resolve(const QString &mapId, QByteArrayView code) const
{
    const detail::MapIndex *index = m_index ? m_index->find(mapId) : nullptr;
    if (!index)
        return std::nullopt;
    return detail::resolveIn(*index,
                             std::string_view(code.data(), static_cast<std::size_t>(code.size())));
}

QString FactorMapSet::codeFor(const QString &mapId, Quantity q, int channel) const
{
    const detail::MapIndex *index = m_index ? m_index->find(mapId) : nullptr;
    if (!index || channel < 1)
        return {};
    for (const detail::CompiledEntry &e : index->electrical) {
        if (e.meaning.quantity != q)
            continue;
        const QString code = e.pattern.isPattern()
                                 ? e.pattern.format(channel)
                                 : (e.meaning.channel == channel ? e.meaning.code : QString());
        if (code.isEmpty())
            continue;
        // An earlier map may give this code another meaning (a user map that redefines
        // "x01001"): only a code that reads back as (q, channel) is good for writing.
        const QByteArray bytes = code.toLatin1();
        const std::optional<FactorMeaning> back =
            detail::resolveIn(*index, std::string_view(bytes.constData(), bytes.size()));
        if (back && back->quantity == q && back->channel == channel)
            return code;
    }
    return {};
}

} // namespace vocsync::hj212
