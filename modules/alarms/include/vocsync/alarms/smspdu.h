#pragma once

#include "vocsync/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

/// SMS-SUBMIT PDUs for GSM modems in PDU mode (AT+CMGF=0): pure functions, no I/O.
/// 3GPP TS 23.040 9.2.2.2 (SMS-SUBMIT), 9.2.3.24.1 (concatenation), TS 23.038 (alphabets),
/// TS 27.005 3.5.1 (AT+CMGS length). docs/sms.md walks through one PDU byte by byte.
namespace vocsync::alarms::sms {

/// TP-DCS alphabets used here (TS 23.038 4: general data coding, no compression, no class).
enum class Alphabet : std::uint8_t {
    Gsm7, ///< 0x00: GSM 7-bit default alphabet with its extension table
    Ucs2, ///< 0x08: UTF-16BE (TS 23.038 says UCS-2; phones decode surrogate pairs)
};

/// What the encoder needs besides the number and the text.
struct SubmitOptions
{
    QString smsc; ///< service centre, e.g. "+8613800100500"; empty: "00", the SIM's SMSC
    /// TP-VP relative format (TS 23.040 9.2.3.12.1): 0xA7 = 24 h; nullopt: no TP-VP at all.
    std::optional<std::uint8_t> validity = std::uint8_t(0xA7);
    std::uint8_t reference = 0; ///< 8-bit concatenation reference (used when split)
};

/// One SMS of a possibly concatenated message.
struct SubmitPart
{
    QByteArray hex;     ///< whole PDU (SCA + TPDU), upper-case hex: what follows AT+CMGS
    int tpduLength = 0; ///< octets after the SCA: the <length> of AT+CMGS (TS 27.005 3.5.1)
    int sequence = 1;   ///< 1-based part number
    int total = 1;      ///< number of parts
};

/// A text cut into SMS parts.
struct TextSplit
{
    Alphabet alphabet = Alphabet::Gsm7;
    QStringList parts; ///< one entry per SMS; a single entry when no concatenation is needed
};

/// GSM 7-bit code of `c` (TS 23.038 6.2.1): 0..127 in the default table, 0x1B00 | code for
/// the extension table (sent as ESC + code, 2 septets), or -1 when there is none.
int gsm7Code(QChar c);
/// The character of a default-table code, or of an extension code when `escaped`; a null
/// QChar when the code is unassigned (an unknown escaped code reads as its default-table
/// character, TS 23.038 6.2.1.1).
QChar gsm7Char(std::uint8_t code, bool escaped);

/// True when every character is in the GSM 7-bit default alphabet or its extension table.
bool isGsm7(const QString &text);
/// Septets `text` takes in the GSM 7-bit alphabet (extension characters count 2), or -1 when
/// a character has no GSM 7-bit encoding.
int gsm7Septets(const QString &text);

/// Picks the alphabet and cuts `text`: 7-bit 160 septets single, 153 per part; UCS-2 70 UTF-16
/// units single, 67 per part. An escape sequence or a surrogate pair is never cut in two.
TextSplit splitText(const QString &text);

/// Encodes `text` to `number` ("+8613800138000" international, "13800138000" national;
/// spaces and '-' are ignored). Errors name the field: "number", "smsc" or "text".
Result<QList<SubmitPart>> encodeSubmit(const QString &number, const QString &text,
                                       const SubmitOptions &options = {});

/// A decoded SMS-SUBMIT: for checking PDUs (tests, diagnostics), not for receiving SMS.
struct DecodedSubmit
{
    QString smsc; ///< empty when the SCA is "00"
    std::uint8_t firstOctet = 0;
    std::uint8_t messageReference = 0;
    QString number; ///< "+..." when TON is international
    std::uint8_t typeOfAddress = 0;
    std::uint8_t pid = 0;
    std::uint8_t dcs = 0;
    std::optional<std::uint8_t> validity; ///< relative TP-VP only
    int userDataLength = 0;               ///< TP-UDL as sent (septets for 7-bit, octets for UCS-2)
    QByteArray udh;                       ///< raw user data header without its length octet
    bool concatenated = false;
    int reference = 0; ///< from IEI 0x00 (8-bit) or 0x08 (16-bit)
    int total = 1;
    int sequence = 1;
    QString text;
    int tpduLength = 0;
};

/// Decodes a PDU as produced by encodeSubmit() (7-bit or UCS-2, any TP-VP format).
Result<DecodedSubmit> decodeSubmit(const QByteArray &hex);

} // namespace vocsync::alarms::sms
