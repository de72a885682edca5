#pragma once

#include "vocsync/core/plant.h"

namespace vocsync::scenarios {

/// The registration records scenarios give their enterprises, cycled from `index`. Names,
/// people and phone numbers are invented; credit codes are well formed (GB 32100-2015 check
/// character over a GB 11714 organisation code) but belong to no one.
Enterprise pooledEnterprise(int index, const QString &id);

/// What the enterprise makes, so facilities get fitting names: "furniture", "printing",
/// "chemical", "coating".
QString pooledTrade(int index);

} // namespace vocsync::scenarios
