#pragma once

#include "meter/devicedriver.h"

#include <cstdint>
#include <memory>

namespace vocsync::modbus {
struct DeviceTemplate;
}
namespace vocsync::dlt645 {
struct DeviceTemplate;
struct Address;
} // namespace vocsync::dlt645

namespace vocsync::acquisition {

/// `tcp`: MBAP framing (Modbus TCP); otherwise RTU frames (serial, or RTU over TCP).
std::unique_ptr<DeviceDriver> makeModbusDriver(const modbus::DeviceTemplate &t, std::uint8_t unit,
                                               bool tcp, double ptRatio, double ctRatio,
                                               int ratioRefreshMs);
std::unique_ptr<DeviceDriver> makeDlt645Driver(const dlt645::DeviceTemplate &t,
                                               const dlt645::Address &address);

} // namespace vocsync::acquisition
