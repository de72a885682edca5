#include "meter/devicedriver.h"
#include "meter/drivers.h"

#include "vocsync/dlt645/devicetemplate.h"
#include "vocsync/dlt645/frame.h"

#include <QCoreApplication>

#include <cmath>

namespace vocsync::acquisition {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("vocsync::acquisition::Dlt645Driver", s);
}

/// A DL/T 645-2007 meter: one "read data" (control 0x11) request per data identifier of its
/// template (DL/T 645-2007 4.1.4, 5.2).
class Dlt645Driver final : public DeviceDriver
{
public:
    Dlt645Driver(const dlt645::DeviceTemplate &t, const dlt645::Address &address)
        : m_template(t), m_address(address), m_values(t.values.size())
    {
    }

    int beginPoll(std::int64_t) override
    {
        for (ReadingValue &v : m_values)
            v = {};
        return static_cast<int>(m_template.values.size());
    }

    QByteArray request(int i, std::uint16_t) override
    {
        return dlt645::encodeReadData(m_address, def(i).di);
    }

    int replyBytes(int i) const override
    {
        // wake-up + 68 A0..A5 68 C L + DI (4) + data + CS 16
        return dlt645::kWakeUpBytes + 12 + 4 + def(i).bytes;
    }

    ReplyScan scanReply(int i, QByteArrayView buffer) override
    {
        const dlt645::FrameScan scan = dlt645::scanFrame(buffer);
        if (scan.status == dlt645::FrameScan::Incomplete)
            return {ReplyScan::Incomplete, 0, {}};
        // DL/T 645 frames are delimited (0x68 ... 0x16), so noise on the line and replies meant
        // for another request or meter are stepped over; only our own reply can fail ours.
        if (scan.status == dlt645::FrameScan::Invalid)
            return {ReplyScan::Skip, scan.length, scan.error};
        const dlt645::ValueDef &d = def(i);
        if (scan.frame.address.wire != m_address.wire)
            return {ReplyScan::Skip, scan.length,
                    tr("a frame of meter %1, skipped").arg(scan.frame.address.toString())};
        if (scan.frame.data.size() >= 4 && (scan.frame.control & dlt645::kAbnormalBit) == 0) {
            std::uint32_t di = 0;
            for (int k = 3; k >= 0; --k)
                di = (di << 8) | static_cast<std::uint8_t>(scan.frame.data[k]);
            if (di != d.di)
                return {ReplyScan::Skip, scan.length,
                        tr("a reply for DI %1, skipped").arg(di, 8, 16, QLatin1Char('0'))};
        }
        const auto reply = dlt645::parseReadReply(scan.frame, m_address, d.di);
        if (!reply)
            return {ReplyScan::Invalid, scan.length, reply.error().message};
        ReadingValue &v = m_values[static_cast<std::size_t>(i)];
        fill(v, d);
        if (reply->errorCode != 0) {
            v.error = dlt645::errorText(reply->errorCode);
            return {ReplyScan::Exception, scan.length, v.error};
        }
        const auto value = dlt645::decodeBcd(reply->payload, d.decimals, d.signedMsb);
        if (!value) {
            v.error = value.error().message;
            return {ReplyScan::Invalid, scan.length, v.error};
        }
        const double scaled = *value * d.scale;
        const int decimals = decimalsOf(d);
        const double p = std::pow(10.0, decimals);
        v.value = std::round(scaled * p) / p;
        v.ok = true;
        return {ReplyScan::Complete, scan.length, {}};
    }

    QString describe(int i) const override
    {
        return tr("meter %1, DI %2")
            .arg(m_address.toString())
            .arg(def(i).di, 8, 16, QLatin1Char('0'));
    }

    Reading finishPoll() override
    {
        Reading r;
        m_quantities.clear();
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            ReadingValue v = m_values[i];
            const dlt645::ValueDef &d = m_template.values[i];
            if (v.key.isEmpty()) {
                fill(v, d);
                v.error = tr("not read");
            }
            if (v.ok && d.quantity)
                m_quantities.emplace_back(*d.quantity, v.value);
            r.values.push_back(v);
        }
        return r;
    }

    std::vector<std::pair<Quantity, double>> quantities() const override { return m_quantities; }

private:
    const dlt645::ValueDef &def(int i) const
    {
        return m_template.values[static_cast<std::size_t>(i)];
    }
    static int decimalsOf(const dlt645::ValueDef &d)
    {
        // A scale of 0.001 (W -> kW) moves the point three places.
        const int shift = d.scale > 0 ? static_cast<int>(std::lround(-std::log10(d.scale))) : 0;
        return std::max(0, d.decimals + shift);
    }
    static void fill(ReadingValue &v, const dlt645::ValueDef &d)
    {
        v.key = d.key;
        v.name = d.name;
        v.unit = d.unit;
        v.decimals = decimalsOf(d);
    }

    dlt645::DeviceTemplate m_template;
    dlt645::Address m_address;
    std::vector<ReadingValue> m_values;
    std::vector<std::pair<Quantity, double>> m_quantities;
};

} // namespace

std::unique_ptr<DeviceDriver> makeDlt645Driver(const dlt645::DeviceTemplate &t,
                                               const dlt645::Address &address)
{
    return std::make_unique<Dlt645Driver>(t, address);
}

} // namespace vocsync::acquisition
