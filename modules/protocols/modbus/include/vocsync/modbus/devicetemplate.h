#pragma once

#include "vocsync/core/quantity.h"
#include "vocsync/core/result.h"
#include "vocsync/modbus/frame.h"
#include "vocsync/modbus/valuecodec.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace vocsync::modbus {

/// Which transformer ratio turns a secondary-side reading into the primary value.
enum class RatioKind : std::uint8_t { None, Pt, Ct, PtCt };

/// One value of a meter's register map: engineering value = raw * scale + offset, then times
/// the PT and/or CT ratio when the meter reports secondary-side values.
struct ValueDef
{
    QString key;           ///< stable id within the template: "ua", "ia", "p", "pf", "ep_imp"
    QString name;          ///< shown to users, e.g. "A相电压"
    std::uint8_t function = ReadHoldingRegisters;
    std::uint16_t address = 0;  ///< 0-based register address as on the wire
    DataType type = DataType::UInt16;
    ByteOrder order = ByteOrder::ABCD;
    double scale = 1;
    double offset = 0;
    QString unit;          ///< "V", "A", "kW", "kvar", "kVA", "kWh", "Hz", "" (power factor)
    int decimals = 3;      ///< resolution shown and stored: 10^-decimals after scaling
    RatioKind ratio = RatioKind::None;
    std::optional<Quantity> quantity; ///< the stored quantity this value feeds, if any
};

/// A meter model's register map (resources/devices/<id>.json, docs/device-templates.md).
struct DeviceTemplate
{
    QString id;            ///< file name without .json, e.g. "acrel-adl400"
    QString manufacturer;
    QString model;
    QString description;
    QString manual;        ///< the manual the map was taken from: title, version, section
    std::vector<ValueDef> values;
    std::optional<ValueDef> ptRegister; ///< where the meter keeps its PT ratio, if it does
    std::optional<ValueDef> ctRegister; ///< where the meter keeps its CT ratio, if it does
    int maxRegisters = kMaxReadRegisters; ///< largest read the meter accepts (<= 125)
    int maxGap = 0;        ///< unused registers a merged read may read through (0: none)
    int defaultUnit = 1;
    int defaultBaud = 9600;
    char defaultParity = 'N';

    const ValueDef *value(const QString &key) const;
};

/// Parses a template (schema in docs/device-templates.md). Errors name `where` (the file) and
/// the JSON path, e.g. "acrel-adl400.json: values[3].type: unknown data type \"int24\"".
Result<DeviceTemplate> parseTemplate(const QByteArray &json, const QString &where);

/// One register span the planner must cover.
struct RegisterSpan
{
    std::uint8_t function = ReadHoldingRegisters;
    std::uint16_t address = 0;
    std::uint16_t count = 1;
};

struct PlanOptions
{
    int maxRegisters = kMaxReadRegisters; ///< 1..125
    int maxGap = 0;                       ///< largest run of unwanted registers read through
};

/// The fewest reads that cover every span: spans of one function are sorted and merged while
/// the merged read stays within maxRegisters and each hole is at most maxGap registers.
/// Reads come out sorted by function then address; unit is left at 1.
std::vector<ReadRequest> planReads(std::vector<RegisterSpan> spans, const PlanOptions &options);
/// The spans of every value of `t` (and its PT/CT registers when `withRatios`).
std::vector<RegisterSpan> templateSpans(const DeviceTemplate &t, bool withRatios);

/// Registers received so far in one poll, by function and address.
class RegisterImage
{
public:
    void put(std::uint8_t function, std::uint16_t address, const std::vector<std::uint16_t> &words);
    /// Copies `count` registers starting at `address` into `out`; false if any is missing.
    bool get(std::uint8_t function, std::uint16_t address, int count, std::uint16_t *out) const;
    void clear() { m_words.clear(); }

private:
    std::map<std::uint32_t, std::uint16_t> m_words; // (function << 16 | address) -> word
};

/// Transformer ratios to apply; 0 means "take the meter's register, or 1 without one".
struct Ratios
{
    double pt = 0;
    double ct = 0;
};

/// One decoded value.
struct DecodedValue
{
    QString key;
    double value = 0;  ///< engineering value, primary side, rounded to the def's decimals
    bool ok = false;   ///< false: registers missing or value not finite
    QString error;     ///< why not ok
};

/// The ratios in effect: each configured one if > 0, else the meter's register if the template
/// has one and the image holds it (and it is > 0), else 1.
Ratios effectiveRatios(const DeviceTemplate &t, const RegisterImage &image, const Ratios &configured);
/// Every value of `t`, in template order, from `image` with `ratios` (as effectiveRatios gives).
std::vector<DecodedValue> decodeValues(const DeviceTemplate &t, const RegisterImage &image,
                                       const Ratios &ratios);

} // namespace vocsync::modbus
