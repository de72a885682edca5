#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace vocsync::alarms {

/// What a line from a modem means to the AT dialogue (3GPP TS 27.007 5.7, TS 27.005 3.2.5).
enum class ModemLine : std::uint8_t {
    Ok,         ///< "OK": final result code
    Error,      ///< "ERROR", "+CMS ERROR: n", "+CME ERROR: n": final result code
    CmgsResult, ///< "+CMGS: <mr>": the SMS was accepted by the network
    Prompt,     ///< "> ": the modem waits for the PDU (TS 27.005 3.5.1)
    Other,      ///< echo, unsolicited results ("+CMTI:", "RING", "^BOOT") and noise: ignored
};

ModemLine classifyModemLine(const QByteArray &line);

/// Takes the complete lines (ended by CR or LF) off the front of `buffer`, trimmed, without
/// empty ones; the unterminated rest (such as the "> " prompt) stays in `buffer`.
QList<QByteArray> takeModemLines(QByteArray &buffer);

} // namespace vocsync::alarms
