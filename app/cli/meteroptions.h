#pragma once

#include "meterread.h"

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/acquisition/templatelibrary.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace vocsync::cli {

/// The port options shared by `modbus read|scan` and `dlt645 read`: --tcp, --rtu-tcp,
/// --serial with --baud, --parity, --stop-bits, --frame-delay, and --timeout.
struct PortOptions
{
    QCommandLineOption tcp{QStringLiteral("tcp"), QStringLiteral("Modbus TCP at HOST:PORT."),
                           QStringLiteral("HOST:PORT")};
    QCommandLineOption rtuTcp{QStringLiteral("rtu-tcp"),
                              QStringLiteral("RTU frames over TCP (serial-to-Ethernet server)."),
                              QStringLiteral("HOST:PORT")};
    QCommandLineOption serial{QStringLiteral("serial"),
                              QStringLiteral("Serial port, e.g. /dev/ttyUSB0 or COM3."),
                              QStringLiteral("DEV")};
    QCommandLineOption baud{QStringLiteral("baud"), QStringLiteral("Baud rate (default 9600)."),
                            QStringLiteral("N")};
    QCommandLineOption parity{QStringLiteral("parity"), QStringLiteral("N, E or O (default N)."),
                              QStringLiteral("P")};
    QCommandLineOption stopBits{QStringLiteral("stop-bits"), QStringLiteral("1 or 2."),
                                QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption frameDelay{QStringLiteral("frame-delay"),
                                  QStringLiteral("Silence between frames in ms (default: 3.5 "
                                                 "characters)."),
                                  QStringLiteral("MS"), QStringLiteral("0")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Reply timeout in ms (default 1000)."),
                               QStringLiteral("MS"), QStringLiteral("1000")};
    QCommandLineOption frames{QStringLiteral("frames"),
                              QStringLiteral("Print every frame sent and received on stderr.")};

    void addTo(QCommandLineParser &parser, bool network);
    /// The device's port settings from the options; `serialDefaults` gives the baud and
    /// parity when not set. Errors name the option.
    Result<Device> device(const QCommandLineParser &parser, const QString &serialProtocol,
                          int defaultBaud, char defaultParity) const;
};

/// Templates: shipped, the user folder, and `spec` itself when it is a path to a .json file.
/// Returns the id to use, or an Error naming --template.
Result<QString> resolveTemplate(acquisition::TemplateLibrary &library, const QString &spec,
                                const QString &protocol);

/// The device to read: the template (`spec`, of `protocol`) and the port options, with the
/// template's line defaults where the options give none. An Error whose place is "--serial"
/// is a usage error (no or several ports given).
Result<Device> meterDevice(const QCommandLineParser &parser, const PortOptions &port,
                           acquisition::TemplateLibrary &library, const QString &spec,
                           const QString &protocol, const QString &serialProtocol);
/// Exit code for a meterDevice() error: 2 for a usage error, 1 for bad input.
int deviceError(const QString &command, const Error &error);

/// --count, --interval, --retries and --json of the read commands.
struct ReadOptions
{
    QCommandLineOption count{QStringLiteral("count"), QStringLiteral("Readings to take (default 1)."),
                             QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption interval{QStringLiteral("interval"),
                                QStringLiteral("Poll interval in ms (default 1000)."),
                                QStringLiteral("MS"), QStringLiteral("1000")};
    QCommandLineOption retries{QStringLiteral("retries"),
                               QStringLiteral("Failed polls in a row before giving up (default 2)."),
                               QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("JSON output.")};

    void addTo(QCommandLineParser &parser);
    /// Sets `device`'s poll interval and returns how to read; Errors name the option.
    Result<ReadPlan> plan(const QCommandLineParser &parser, const PortOptions &port,
                          Device *device) const;
};

/// "12:00:01.234 /dev/ttyUSB0 TX 01 03 00 00 00 0A C5 CD"
QString frameLine(const acquisition::FrameRecord &f);
/// The reading as one JSON object (one line).
QByteArray readingJson(const acquisition::Reading &r, const QString &templateId);
/// The reading as an aligned table for people.
QString readingTable(const acquisition::Reading &r);

} // namespace vocsync::cli
