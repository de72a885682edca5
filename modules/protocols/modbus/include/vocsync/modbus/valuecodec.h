#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace vocsync::modbus {

/// Register data types of meter maps.
enum class DataType : std::uint8_t { Int16, UInt16, Int32, UInt32, Float32, Float64 };
/// Byte order of a multi-register value, named after the bytes of a 32-bit value as they
/// travel: ABCD big-endian (Modbus default), CDAB word-swapped, BADC byte-swapped in each
/// word, DCBA little-endian. For 16-bit types only the byte swap matters (BADC, DCBA swap);
/// for 64-bit types the same rule extends to four words (CDAB reverses the word order).
enum class ByteOrder : std::uint8_t { ABCD, CDAB, BADC, DCBA };

QString dataTypeKey(DataType t);                       ///< "int16", ..., "float64"
std::optional<DataType> dataTypeFromKey(const QString &key);
QString byteOrderKey(ByteOrder o);                     ///< "ABCD", "CDAB", "BADC", "DCBA"
std::optional<ByteOrder> byteOrderFromKey(const QString &key);
int registerCount(DataType t);                         ///< 1, 1, 2, 2, 2, 4

/// The raw number in `words` (registerCount(t) registers as received, first register first).
/// Floats that are NaN or infinite come back as they are; the caller decides.
double decodeRaw(DataType t, ByteOrder o, const std::uint16_t *words);
/// The inverse, for peers and tests: writes registerCount(t) registers. Integers are rounded
/// and clamped to the type's range.
void encodeRaw(DataType t, ByteOrder o, double value, std::uint16_t *words);

} // namespace vocsync::modbus
