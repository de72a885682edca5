#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync {

/// Run state of a facility (DOMAIN.md, Run states). Unknown is never counted as running or
/// stopped.
enum class RunState : std::uint8_t { Unknown, Off, Idle, Running, Overload };

/// "unknown", "off", "idle", "running", "overload": the names used in JSON and the database.
QString runStateKey(RunState s);
std::optional<RunState> runStateFromKey(const QString &key);
/// True for running and overload: the states that count as producing or treating.
constexpr bool isOperating(RunState s) { return s == RunState::Running || s == RunState::Overload; }

} // namespace vocsync
