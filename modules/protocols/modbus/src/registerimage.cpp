#include "vocsync/modbus/devicetemplate.h"

namespace vocsync::modbus {

namespace {

std::uint32_t slot(std::uint8_t function, int address)
{
    return (static_cast<std::uint32_t>(function) << 16) | static_cast<std::uint32_t>(address);
}

} // namespace

void RegisterImage::put(std::uint8_t function, std::uint16_t address,
                        const std::vector<std::uint16_t> &words)
{
    // Words past register 0xFFFF do not exist; a reply cannot legitimately carry them.
    const std::size_t room = 0x10000 - static_cast<std::size_t>(address);
    const std::size_t n = std::min(words.size(), room);
    for (std::size_t i = 0; i < n; ++i)
        m_words[slot(function, address + static_cast<int>(i))] = words[i];
}

bool RegisterImage::get(std::uint8_t function, std::uint16_t address, int count,
                        std::uint16_t *out) const
{
    if (count < 0 || address + count > 0x10000)
        return false;
    for (int i = 0; i < count; ++i) {
        const auto it = m_words.find(slot(function, address + i));
        if (it == m_words.end())
            return false;
        out[i] = it->second;
    }
    return true;
}

} // namespace vocsync::modbus
