#pragma once

class QObject;

namespace vocsync::gui {

/// Turns SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal) into a normal
/// QCoreApplication::quit(), so AppContext stops the sources and the writer commits what is
/// queued. The handler only writes a byte to a socket pair; the quit happens in the event loop.
/// Does nothing on systems without POSIX signals.
void quitOnTerminationSignals(QObject *parent);

} // namespace vocsync::gui
