#include "vocsync/modbus/valuecodec.h"

#include <array>
#include <bit>
#include <cmath>
#include <limits>

namespace vocsync::modbus {

namespace {

constexpr std::array<DataType, 6> kAllTypes = {DataType::Int16,   DataType::UInt16,
                                               DataType::Int32,   DataType::UInt32,
                                               DataType::Float32, DataType::Float64};
constexpr std::array<ByteOrder, 4> kAllOrders = {ByteOrder::ABCD, ByteOrder::CDAB, ByteOrder::BADC,
                                                 ByteOrder::DCBA};

// The order names describe a 32-bit value; the same two independent swaps generalise to any
// width: CDAB and DCBA put the low word first, BADC and DCBA swap the bytes inside each word.
bool wordsReversed(ByteOrder o)
{
    return o == ByteOrder::CDAB || o == ByteOrder::DCBA;
}

bool bytesSwapped(ByteOrder o)
{
    return o == ByteOrder::BADC || o == ByteOrder::DCBA;
}

std::uint16_t swapBytes(std::uint16_t w)
{
    return static_cast<std::uint16_t>((w >> 8) | (w << 8));
}

/// The value's bits, most significant word first, from the registers as received.
std::uint64_t assemble(ByteOrder o, const std::uint16_t *words, int count)
{
    std::uint64_t bits = 0;
    for (int i = 0; i < count; ++i) {
        std::uint16_t w = words[wordsReversed(o) ? count - 1 - i : i];
        if (bytesSwapped(o))
            w = swapBytes(w);
        bits = (bits << 16) | w;
    }
    return bits;
}

/// The inverse of assemble().
void scatter(ByteOrder o, std::uint64_t bits, std::uint16_t *words, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        auto w = static_cast<std::uint16_t>(bits & 0xFFFFu);
        bits >>= 16;
        if (bytesSwapped(o))
            w = swapBytes(w);
        words[wordsReversed(o) ? count - 1 - i : i] = w;
    }
}

/// Rounds and clamps `value` into the range of T (NaN becomes 0).
template <typename T> T toInteger(double value)
{
    if (std::isnan(value))
        return 0;
    const double r = std::round(value);
    if (r <= static_cast<double>(std::numeric_limits<T>::min()))
        return std::numeric_limits<T>::min();
    if (r >= static_cast<double>(std::numeric_limits<T>::max()))
        return std::numeric_limits<T>::max();
    return static_cast<T>(r);
}

} // namespace

QString dataTypeKey(DataType t)
{
    switch (t) {
    case DataType::Int16:
        return QStringLiteral("int16");
    case DataType::UInt16:
        return QStringLiteral("uint16");
    case DataType::Int32:
        return QStringLiteral("int32");
    case DataType::UInt32:
        return QStringLiteral("uint32");
    case DataType::Float32:
        return QStringLiteral("float32");
    case DataType::Float64:
        return QStringLiteral("float64");
    }
    return {};
}

std::optional<DataType> dataTypeFromKey(const QString &key)
{
    for (DataType t : kAllTypes) {
        if (dataTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString byteOrderKey(ByteOrder o)
{
    switch (o) {
    case ByteOrder::ABCD:
        return QStringLiteral("ABCD");
    case ByteOrder::CDAB:
        return QStringLiteral("CDAB");
    case ByteOrder::BADC:
        return QStringLiteral("BADC");
    case ByteOrder::DCBA:
        return QStringLiteral("DCBA");
    }
    return {};
}

std::optional<ByteOrder> byteOrderFromKey(const QString &key)
{
    for (ByteOrder o : kAllOrders) {
        if (byteOrderKey(o) == key)
            return o;
    }
    return std::nullopt;
}

int registerCount(DataType t)
{
    switch (t) {
    case DataType::Int16:
    case DataType::UInt16:
        return 1;
    case DataType::Int32:
    case DataType::UInt32:
    case DataType::Float32:
        return 2;
    case DataType::Float64:
        return 4;
    }
    return 1;
}

double decodeRaw(DataType t, ByteOrder o, const std::uint16_t *words)
{
    const std::uint64_t bits = assemble(o, words, registerCount(t));
    switch (t) {
    case DataType::Int16:
        return static_cast<std::int16_t>(static_cast<std::uint16_t>(bits));
    case DataType::UInt16:
        return static_cast<std::uint16_t>(bits);
    case DataType::Int32:
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(bits));
    case DataType::UInt32:
        return static_cast<std::uint32_t>(bits);
    case DataType::Float32:
        return std::bit_cast<float>(static_cast<std::uint32_t>(bits));
    case DataType::Float64:
        return std::bit_cast<double>(bits);
    }
    return 0;
}

void encodeRaw(DataType t, ByteOrder o, double value, std::uint16_t *words)
{
    std::uint64_t bits = 0;
    switch (t) {
    case DataType::Int16:
        bits = static_cast<std::uint16_t>(toInteger<std::int16_t>(value));
        break;
    case DataType::UInt16:
        bits = toInteger<std::uint16_t>(value);
        break;
    case DataType::Int32:
        bits = static_cast<std::uint32_t>(toInteger<std::int32_t>(value));
        break;
    case DataType::UInt32:
        bits = toInteger<std::uint32_t>(value);
        break;
    case DataType::Float32:
        bits = std::bit_cast<std::uint32_t>(static_cast<float>(value));
        break;
    case DataType::Float64:
        bits = std::bit_cast<std::uint64_t>(value);
        break;
    }
    scatter(o, bits, words, registerCount(t));
}

} // namespace vocsync::modbus
