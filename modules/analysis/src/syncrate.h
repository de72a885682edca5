#pragma once

#include "vocsync/analysis/analyzer.h"

#include <vector>

namespace vocsync::analysis::detail {

/// Sync figures of one production facility against its linked treatments over [fromMs, toMs)
/// (DOMAIN.md, Sync rate). Every timeline covers the period.
SyncFigures computeSync(const QString &production, const Timeline &p,
                        const std::vector<const Timeline *> &treatments, std::int64_t fromMs,
                        std::int64_t toMs);

} // namespace vocsync::analysis::detail
