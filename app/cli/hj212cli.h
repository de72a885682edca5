#pragma once

// Shared by the vocsync-cli hj212 subcommands (cmd_hj212.cpp, cmd_hj212send.cpp).

#include "vocsync/hj212/codec.h"

#include <QByteArray>
#include <QStringList>

namespace vocsync::cli::hj212cli {

/// The JSON Lines object for a rejected packet: {"error": message, "reason": key, "offset": N}
/// plus "line": L when `line` > 0 (docs/hj212-cli.md).
QByteArray rejectionJson(const hj212::Rejection &why, qsizetype line);
/// Writes bytes to standard output as they are (answers from a peer need not be UTF-8).
void writeOut(const QByteArray &bytes);

int send(const QStringList &args); ///< hj212 send --to HOST:PORT FILE

} // namespace vocsync::cli::hj212cli
