#include "vocsync/core/runstate.h"

#include <array>

namespace vocsync {

namespace {
constexpr std::array<RunState, 5> kStates = {RunState::Unknown, RunState::Off, RunState::Idle,
                                             RunState::Running, RunState::Overload};
}

QString runStateKey(RunState s)
{
    switch (s) {
    case RunState::Unknown: return QStringLiteral("unknown");
    case RunState::Off: return QStringLiteral("off");
    case RunState::Idle: return QStringLiteral("idle");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Overload: return QStringLiteral("overload");
    }
    return QStringLiteral("unknown");
}

std::optional<RunState> runStateFromKey(const QString &key)
{
    for (RunState s : kStates) {
        if (runStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace vocsync
