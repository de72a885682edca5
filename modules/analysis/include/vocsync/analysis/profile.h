#pragma once

#include "vocsync/core/plant.h"

#include <QList>
#include <QString>

#include <vector>

namespace vocsync::analysis {

/// One mode of a facility's load distribution: its level and the share of samples in it.
struct LoadMode
{
    double level = 0;  ///< centre of the mode, in the unit of the quantity
    double share = 0;  ///< fraction of the samples that fall in it, 0..1
};

/// Thresholds proposed from a facility's history (DOMAIN.md: a motor's current is multi-modal:
/// off, idle, loaded).
struct ThresholdSuggestion
{
    bool ok = false;
    QString reason;            ///< why nothing or little could be proposed (translated)
    RunThresholds thresholds;  ///< absolute; quantity as given; minDwellS 60
    double confidence = 0;     ///< 0..1: how clearly the modes are separated and populated
    QList<LoadMode> modes;     ///< the modes found, low to high
    int sampleCount = 0;
};

/// Proposes off/run/overload thresholds and a hysteresis from a facility's readings of one
/// quantity (e.g. 30 days of current). Values need not be sorted; NaN are ignored.
ThresholdSuggestion suggestThresholds(std::vector<double> values, Quantity quantity);

/// The rated level as regulators' platforms learn it (DOMAIN.md): the mode of the upper
/// values of the history (the level the facility sits at when it works at full load).
/// Returns 0 when the history is empty or never leaves zero.
double learnRatedLevel(std::vector<double> values);

} // namespace vocsync::analysis
