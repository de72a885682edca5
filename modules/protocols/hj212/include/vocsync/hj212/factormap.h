#pragma once

#include "vocsync/core/quantity.h"
#include "vocsync/core/result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace vocsync::hj212 {

/// What one HJ 212 factor code means for the station (docs/hj212-factors.md).
struct FactorMeaning
{
    QString code;        ///< the code as received ("x01003", "a24088", "g10201")
    QString name;        ///< Chinese name as the standard gives it ("非甲烷总烃")
    QString nameEn;      ///< English name ("non-methane hydrocarbons")
    QString unit;        ///< "mg/m³", "A", "kWh"
    int decimals = -1;   ///< resolution declared by the standard's type (N7.3 -> 3), -1 unknown
    /// Electrical factors become samples of a monitoring point: the channel number (bound to a
    /// point per transmitter, TransmitterConfig::points) and the quantity.
    int channel = 0;     ///< 0: not electrical (stored as a FactorSample)
    std::optional<Quantity> quantity;
};

/// One factor map (resources/hj212/<id>.json, or a user file): the codes a transmitter model or
/// regional specification sends. Entries are exact codes or patterns with a channel field,
/// "x01{ch:3}" (VocSync's electrical convention, x + 2-digit quantity + 3-digit channel) or
/// "g102{ch:2}" (HJ 212-2017 B.7 device number as channel).
struct FactorMap
{
    QString id;
    QString name;
    QString description;
    QString file;
    bool user = false;
    QStringList includes; ///< other maps whose entries apply after this one's ("hj212-2017")

    struct Entry
    {
        QString pattern;  ///< exact code, or prefix + "{ch:N}" + suffix
        FactorMeaning meaning;
    };
    QList<Entry> entries;
};

/// Parses one factor map file (strict: unknown keys, duplicate keys, a pattern that cannot
/// match, a unit that contradicts the quantity are errors naming `file` and the JSON path).
Result<FactorMap> parseFactorMap(QByteArrayView json, const QString &file);

/// A set of factor maps by id, with lookups that follow `includes`. Pure: the acquisition
/// module's FactorMapLibrary fills it from the shipped resources and the user folder.
class FactorMapSet
{
public:
    /// Adds or replaces (same id) a map.
    void add(FactorMap map);
    QList<const FactorMap *> list() const; ///< sorted by id
    const FactorMap *map(const QString &id) const;
    /// What `code` means under map `mapId` (its own entries, then its includes in order), or
    /// nothing. Fast enough for every factor of every packet (exact codes are hashed).
    std::optional<FactorMeaning> resolve(const QString &mapId, QByteArrayView code) const;
    /// The code an electrical quantity of a channel gets under a map (the upstream forwarder
    /// and the demo transmitter write with it); empty when the map has no pattern for it.
    QString codeFor(const QString &mapId, Quantity q, int channel) const;

private:
    /// The lookup tables add() builds (exact codes hashed, patterns by their fixed prefix,
    /// includes flattened); immutable and shared between copies (factormapindex.h).
    struct Index;
    std::map<QString, FactorMap> m_maps;
    std::shared_ptr<const Index> m_index;
};

} // namespace vocsync::hj212
