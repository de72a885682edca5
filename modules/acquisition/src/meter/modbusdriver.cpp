#include "meter/devicedriver.h"
#include "meter/drivers.h"

#include "vocsync/modbus/devicetemplate.h"

#include <QCoreApplication>

namespace vocsync::acquisition {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("vocsync::acquisition::ModbusDriver", s);
}

/// A Modbus meter read by its template: the planner's reads in order, PT/CT ratio registers
/// on the first poll and then every ratioRefreshMs.
class ModbusDriver final : public DeviceDriver
{
public:
    ModbusDriver(const modbus::DeviceTemplate &t, std::uint8_t unit, bool tcp,
                 modbus::Ratios configured, int ratioRefreshMs)
        : m_template(t), m_unit(unit), m_tcp(tcp), m_configured(configured),
          m_ratioRefreshMs(ratioRefreshMs)
    {
        const modbus::PlanOptions options{t.maxRegisters, t.maxGap};
        m_plain = modbus::planReads(modbus::templateSpans(t, false), options);
        const bool meterRatios =
            (configured.pt <= 0 && t.ptRegister) || (configured.ct <= 0 && t.ctRegister);
        m_withRatios =
            meterRatios ? modbus::planReads(modbus::templateSpans(t, true), options) : m_plain;
        for (auto *plan : {&m_plain, &m_withRatios}) {
            for (modbus::ReadRequest &r : *plan)
                r.unit = unit;
        }
    }

    int beginPoll(std::int64_t steadyMs) override
    {
        m_image.clear();
        m_readRatios = !m_ratiosKnown || steadyMs - m_ratiosReadMs >= m_ratioRefreshMs;
        if (m_readRatios)
            m_ratiosReadMs = steadyMs;
        return static_cast<int>(plan().size());
    }

    QByteArray request(int i, std::uint16_t transactionId) override
    {
        m_tid = transactionId;
        const modbus::ReadRequest &r = plan()[static_cast<std::size_t>(i)];
        return m_tcp ? modbus::encodeTcpRead(r, transactionId) : modbus::encodeRtuRead(r);
    }

    int replyBytes(int i) const override
    {
        return modbus::rtuReplyLength(plan()[static_cast<std::size_t>(i)]);
    }

    ReplyScan scanReply(int i, QByteArrayView buffer) override
    {
        const modbus::ReadRequest &r = plan()[static_cast<std::size_t>(i)];
        if (m_tcp && buffer.size() >= 2) {
            const auto tid = static_cast<std::uint16_t>(
                (static_cast<std::uint8_t>(buffer[0]) << 8) | static_cast<std::uint8_t>(buffer[1]));
            if (tid != m_tid && buffer.size() >= 6) {
                const int len = (static_cast<std::uint8_t>(buffer[4]) << 8) |
                                static_cast<std::uint8_t>(buffer[5]);
                if (buffer.size() < 6 + len)
                    return {ReplyScan::Incomplete, 0, {}};
                return {ReplyScan::Skip, 6 + len,
                        tr("stale reply (transaction %1), skipped").arg(tid)};
            }
        }
        const modbus::FrameScan scan =
            m_tcp ? modbus::scanTcpReply(r, m_tid, buffer) : modbus::scanRtuReply(r, buffer);
        switch (scan.status) {
        case modbus::FrameScan::Incomplete:
            return {ReplyScan::Incomplete, 0, {}};
        case modbus::FrameScan::Invalid: {
            if (m_tcp)
                return {ReplyScan::Invalid, scan.length, scan.error};
            // A late reply of another unit or request (after a timeout) is whole and intact:
            // skip it and keep waiting for ours.
            const qsizetype stale = modbus::rtuReadReplyLength(buffer);
            if (stale == 0)
                return {ReplyScan::Incomplete, 0, {}};
            if (stale > 0)
                return {ReplyScan::Skip, stale, tr("%1; a late reply, skipped").arg(scan.error)};
            return {ReplyScan::Invalid, scan.length, scan.error};
        }
        case modbus::FrameScan::Complete:
            break;
        }
        if (scan.response.exception != 0) {
            const QString text =
                tr("exception %1").arg(modbus::exceptionText(scan.response.exception));
            // 0x0A and 0x0B come from a gateway: the device behind it did not answer, so the
            // poll failed (Modbus Application Protocol V1.1b3, 7). Other exceptions are the
            // device's own answer.
            if (scan.response.exception == 0x0A || scan.response.exception == 0x0B)
                return {ReplyScan::NoAnswer, scan.length, text};
            return {ReplyScan::Exception, scan.length, text};
        }
        m_image.put(r.function, r.address, scan.response.registers);
        return {ReplyScan::Complete, scan.length, {}};
    }

    QString describe(int i) const override
    {
        const modbus::ReadRequest &r = plan()[static_cast<std::size_t>(i)];
        return tr("unit %1, function %2, 0x%3 x %4")
            .arg(r.unit)
            .arg(r.function)
            .arg(r.address, 4, 16, QLatin1Char('0'))
            .arg(r.count);
    }

    Reading finishPoll() override
    {
        if (m_readRatios) {
            m_ratios = modbus::effectiveRatios(m_template, m_image, m_configured);
            m_ratiosKnown = true;
        }
        const auto decoded = modbus::decodeValues(m_template, m_image, m_ratios);
        Reading r;
        r.ptRatio = m_ratios.pt;
        r.ctRatio = m_ratios.ct;
        m_quantities.clear();
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            const modbus::ValueDef &def = m_template.values[i];
            const modbus::DecodedValue &v = decoded[i];
            r.values.push_back({def.key, def.name, def.unit, v.value, def.decimals, v.ok, v.error});
            if (v.ok && def.quantity)
                m_quantities.emplace_back(*def.quantity, v.value);
        }
        return r;
    }

    std::vector<std::pair<Quantity, double>> quantities() const override { return m_quantities; }

private:
    const std::vector<modbus::ReadRequest> &plan() const
    {
        return m_readRatios ? m_withRatios : m_plain;
    }

    modbus::DeviceTemplate m_template;
    std::uint8_t m_unit;
    bool m_tcp;
    modbus::Ratios m_configured;
    int m_ratioRefreshMs;
    std::vector<modbus::ReadRequest> m_plain;
    std::vector<modbus::ReadRequest> m_withRatios;
    modbus::RegisterImage m_image;
    modbus::Ratios m_ratios{1, 1};
    bool m_ratiosKnown = false;
    bool m_readRatios = true;
    std::int64_t m_ratiosReadMs = 0;
    std::uint16_t m_tid = 0;
    std::vector<std::pair<Quantity, double>> m_quantities;
};

} // namespace

std::unique_ptr<DeviceDriver> makeModbusDriver(const modbus::DeviceTemplate &t, std::uint8_t unit,
                                               bool tcp, double ptRatio, double ctRatio,
                                               int ratioRefreshMs)
{
    return std::make_unique<ModbusDriver>(t, unit, tcp, modbus::Ratios{ptRatio, ctRatio},
                                          ratioRefreshMs);
}

} // namespace vocsync::acquisition
