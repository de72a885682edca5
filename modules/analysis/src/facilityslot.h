#pragma once

#include "pointtracker.h"

#include "vocsync/analysis/classifier.h"
#include "vocsync/core/plant.h"

#include <memory>
#include <vector>

namespace vocsync::analysis::detail {

/// Everything the analyzer keeps per facility while samples stream in.
struct FacilitySlot
{
    Facility facility;
    int enterprise = -1;              ///< index into Plant::enterprises
    int statePoint = -1;              ///< index of the point the state is taken from
    Quantity loadQuantity = Quantity::PowerKw;
    double normalLoad = 0;
    std::unique_ptr<StateClassifier> classifier; ///< null: cannot be classified (all unknown)
    std::unique_ptr<StateClassifier> slow;       ///< treatments with a normal load
    Timeline states;                  ///< final states so far
    Timeline slowStates;
    std::vector<LoadBucket> buckets;  ///< 5-minute load from fromMs
    double energyKwh = 0;
    bool hasEnergy = false;

    /// Moves the classifiers' final output into states/slowStates.
    void drain()
    {
        if (classifier) {
            for (const StateInterval &i : classifier->output())
                append(states, i);
            classifier->output().clear();
        }
        if (slow) {
            for (const StateInterval &i : slow->output())
                append(slowStates, i);
            slow->output().clear();
        }
    }
};

/// `tl` over exactly [fromMs, toMs): holes and the edges filled with unknown.
Timeline normalized(const Timeline &tl, std::int64_t fromMs, std::int64_t toMs);

/// Per-enterprise figures: sync, completeness, correlation, energy ratio and risk
/// (docs/analysis.md, Risk score).
QList<EnterpriseFigures> enterpriseFigures(const Plant &plant,
                                           const std::vector<FacilitySlot> &facilities,
                                           const QList<FacilityStates> &states,
                                           const QList<SyncFigures> &sync,
                                           const QList<Event> &events, std::int64_t fromMs,
                                           std::int64_t toMs);

} // namespace vocsync::analysis::detail
