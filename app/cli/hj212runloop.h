#pragma once

// The event loop of the long-running hj212 subcommands (listen, simulate): vocsync-cli has no
// event loop of its own, these run one until a signal or the --duration ends it.

#include "vocsync/core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace vocsync::cli::hj212cli {

/// --duration S: stop after S seconds (default: until SIGINT or SIGTERM).
QCommandLineOption durationOption();
/// The --duration value in ms, 0 when not set; an Error naming the option when it is bad.
Result<qint64> durationMs(const QCommandLineParser &parser, const QCommandLineOption &option);

/// Runs QCoreApplication's event loop until SIGINT or SIGTERM (Ctrl+C, `kill`) or, when
/// `durationMs` > 0, until that much time has passed. Returns the seconds it ran.
double runUntilStopped(qint64 durationMs);

} // namespace vocsync::cli::hj212cli
