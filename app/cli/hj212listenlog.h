#pragma once

// What `vocsync-cli hj212 listen` prints: one line per packet in or out (text, or JSON Lines
// with --json), the outcome of each command (the server's automatic backfill), and the summary.

#include "vocsync/acquisition/hj212server.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <cstdint>

namespace vocsync::cli::hj212cli {

/// Counts and prints the server's packet log. A packet's line waits until the event loop is
/// idle again, so that it can say how many samples the packet gave (the server logs a packet
/// before it converts it).
class ListenLog : public QObject
{
    Q_OBJECT
public:
    explicit ListenLog(bool json, QObject *parent = nullptr);

    void packet(const vocsync::acquisition::PacketRecord &record);
    /// Values the packet being handled gave (point samples and factor values).
    void values(std::size_t count);
    void command(const vocsync::acquisition::CommandResult &result);
    /// Prints what waits (end of the run).
    void flush();

    std::uint64_t packetsIn() const { return m_in; }
    std::uint64_t packetsOut() const { return m_out; }
    std::uint64_t errors() const { return m_errors; }
    std::uint64_t valuesTotal() const { return m_values; }

    /// The summary object (also printed as the last JSON line with --json).
    static QJsonObject transmitterJson(const vocsync::acquisition::TransmitterStatus &s);

private:
    struct Pending
    {
        vocsync::acquisition::PacketRecord record;
        std::size_t values = 0;
    };
    void print(const Pending &p);

    bool m_json;
    QList<Pending> m_pending;
    bool m_flushQueued = false;
    std::uint64_t m_in = 0;
    std::uint64_t m_out = 0;
    std::uint64_t m_errors = 0;
    std::uint64_t m_values = 0;
};

/// A header field ("CN", "QN") of a raw frame, empty when absent (the CP is not searched).
QByteArray headerField(const QByteArray &raw, QByteArrayView key);

} // namespace vocsync::cli::hj212cli
