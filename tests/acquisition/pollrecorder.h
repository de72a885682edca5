#pragma once

// What a MeterPoller says during an integration test, each signal with the test's steady time,
// and the checks shared by the meter tests: decoded values against what a peer printed,
// samples against the template's quantities.

#include "peerprocess.h"

#include "vocsync/acquisition/meterpoller.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/quantity.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <algorithm>
#include <map>

namespace peertest {

using vocsync::Device;
using vocsync::MonitoringPoint;
using vocsync::Quantity;
using vocsync::SampleBatch;
using vocsync::acquisition::DeviceHealth;
using vocsync::acquisition::MeterPoller;
using vocsync::acquisition::Reading;

struct TimedReading
{
    qint64 atMs = 0; ///< test clock when it arrived
    Reading reading;
};

struct TimedHealth
{
    qint64 atMs = 0;
    DeviceHealth health;
};

/// Records the poller's readings, health changes and samples. Its connections end with it.
class PollRecorder
{
public:
    explicit PollRecorder(MeterPoller &poller)
    {
        m_clock.start();
        QObject::connect(&poller, &MeterPoller::readingReady, &m_context, [this](const Reading &r) {
            m_readings[r.deviceId].append({nowMs(), r});
        });
        QObject::connect(&poller, &MeterPoller::healthChanged, &m_context,
                         [this](const DeviceHealth &h) {
                             m_health[h.deviceId].append({nowMs(), h});
                         });
        QObject::connect(&poller, &MeterPoller::samplesReady, &m_context,
                         [this](const SampleBatch &b) {
                             for (const vocsync::Sample &s : b)
                                 m_samples[s.point].append(s);
                         });
    }

    qint64 nowMs() const { return m_clock.elapsed(); }
    /// The test clock of a CLOCK_MONOTONIC time in ns (a peer's request log): QElapsedTimer
    /// reads the same clock on Linux.
    qint64 toMs(qint64 monotonicNs) const
    {
        return monotonicNs / 1000000 - m_clock.msecsSinceReference();
    }

    QList<TimedReading> readings(const QString &device) const { return m_readings.value(device); }
    int readingCount(const QString &device) const
    {
        return static_cast<int>(m_readings.value(device).size());
    }
    QList<TimedHealth> healths(const QString &device) const { return m_health.value(device); }
    DeviceHealth lastHealth(const QString &device) const
    {
        const auto h = m_health.value(device);
        return h.isEmpty() ? DeviceHealth{} : h.last().health;
    }
    DeviceHealth::Status status(const QString &device) const { return lastHealth(device).status; }
    /// "ok 3/3 polls, 0 timeouts, 0 bad frames: <last error>", for failure messages.
    QString describe(const QString &device) const
    {
        const DeviceHealth h = lastHealth(device);
        return QStringLiteral("%1: %2, %3 readings, %4/%5 polls good, %6 timeouts, %7 bad frames, "
                              "%8 exceptions, last error \"%9\"")
            .arg(device, vocsync::acquisition::healthStatusKey(h.status))
            .arg(readingCount(device))
            .arg(h.good)
            .arg(h.polls)
            .arg(h.timeouts)
            .arg(h.badFrames)
            .arg(h.exceptions)
            .arg(h.lastError);
    }
    QList<vocsync::Sample> samples(std::uint32_t point) const { return m_samples.value(point); }
    /// Test time of the first health with `s` at or after `sinceMs`, or -1.
    qint64 firstStatusAt(const QString &device, DeviceHealth::Status s, qint64 sinceMs = 0) const
    {
        for (const TimedHealth &h : m_health.value(device)) {
            if (h.atMs >= sinceMs && h.health.status == s)
                return h.atMs;
        }
        return -1;
    }
    void clear()
    {
        m_readings.clear();
        m_health.clear();
        m_samples.clear();
    }

private:
    QElapsedTimer m_clock;
    QObject m_context;
    QMap<QString, QList<TimedReading>> m_readings;
    QMap<QString, QList<TimedHealth>> m_health;
    QMap<std::uint32_t, QList<vocsync::Sample>> m_samples;
};

/// Poll starts (Reading::tMs, UTC ms) of a device, in order.
inline QList<qint64> pollStarts(const PollRecorder &rec, const QString &device)
{
    QList<qint64> out;
    for (const TimedReading &r : rec.readings(device))
        out.append(r.reading.tMs);
    return out;
}

inline qint64 largestGap(const QList<qint64> &t)
{
    qint64 gap = 0;
    for (qsizetype i = 1; i < t.size(); ++i)
        gap = std::max(gap, t[i] - t[i - 1]);
    return gap;
}

/// A polled meter as the plant configuration would hold it.
inline Device meter(const QString &id, const QString &protocol, const QString &port,
                    const QString &address, const QString &templateId, int timeoutMs = 1000,
                    int intervalMs = 1000)
{
    Device d;
    d.id = id;
    d.protocol = protocol;
    d.port = port;
    d.address = address;
    d.templateId = templateId;
    d.pollIntervalMs = intervalMs;
    d.timeoutMs = timeoutMs;
    d.ptRatio = 0; // read from the meter where the template has ratio registers
    d.ctRatio = 0;
    return d;
}

/// A monitoring point fed by `deviceId`, measuring all five quantities.
inline MonitoringPoint pointOf(std::uint32_t key, const QString &deviceId)
{
    MonitoringPoint p;
    p.key = key;
    p.id = QStringLiteral("P-%1").arg(deviceId);
    p.deviceId = deviceId;
    p.intervalS = 1;
    for (Quantity q : vocsync::kAllQuantities)
        p.channels.append({q, vocsync::defaultDecimals(q)});
    return p;
}

/// Quantity -> value key, as the shipped template file declares them.
inline std::map<Quantity, QString> templateQuantities(const QString &templateId)
{
    std::map<Quantity, QString> out;
    QFile f(templatePath(templateId));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray values =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("values")).toArray();
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        const auto q = vocsync::quantityFromKey(o.value(QLatin1String("quantity")).toString());
        if (q)
            out[*q] = o.value(QLatin1String("key")).toString();
    }
    return out;
}

/// What differs between a reading and the values a peer printed (empty: all equal, exactly).
/// `expected` may hold more keys than the template reads (a DL/T 645 peer prints every DI).
inline QString compareValues(const Reading &r, const QJsonObject &expected, bool allKeys = true)
{
    QStringList diffs;
    QStringList seen;
    for (const auto &v : r.values) {
        seen << v.key;
        if (!expected.contains(v.key)) {
            diffs << QStringLiteral("%1: not printed by the peer").arg(v.key);
            continue;
        }
        const double want = expected.value(v.key).toDouble();
        if (!v.ok)
            diffs << QStringLiteral("%1: not decoded (%2), expected %3")
                         .arg(v.key, v.error)
                         .arg(want);
        else if (v.value != want)
            diffs << QStringLiteral("%1: %2, expected %3")
                         .arg(v.key)
                         .arg(v.value, 0, 'g', 17)
                         .arg(want, 0, 'g', 17);
    }
    if (allKeys) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!seen.contains(it.key()))
                diffs << QStringLiteral("%1: missing from the reading").arg(it.key());
        }
    }
    return diffs.join(QStringLiteral("; "));
}

/// The first difference between any reading of `device` and the peer's values, or empty.
inline QString checkAllReadings(const PollRecorder &rec, const QString &device,
                                const QJsonObject &expected)
{
    for (const TimedReading &r : rec.readings(device)) {
        const QString diff = compareValues(r.reading, expected);
        if (!diff.isEmpty())
            return diff;
    }
    return {};
}

/// What differs between a sample and the peer's values of the template's quantities.
inline QString compareSample(const vocsync::Sample &s, const QString &templateId,
                             const QJsonObject &expected)
{
    QStringList diffs;
    std::uint8_t mask = 0;
    for (const auto &[q, key] : templateQuantities(templateId)) {
        mask |= vocsync::bit(q);
        const double want = expected.value(key).toDouble();
        if (!s.has(q))
            diffs << QStringLiteral("%1 missing").arg(vocsync::quantityKey(q));
        else if (s.value(q) != want)
            diffs << QStringLiteral("%1 = %2, expected %3 (%4)")
                         .arg(vocsync::quantityKey(q))
                         .arg(s.value(q), 0, 'g', 17)
                         .arg(want, 0, 'g', 17)
                         .arg(key);
    }
    if (s.mask != mask)
        diffs << QStringLiteral("mask %1, expected %2").arg(s.mask).arg(mask);
    return diffs.join(QStringLiteral("; "));
}

} // namespace peertest
