#include "framing.h"

#include <QCoreApplication>

namespace vocsync::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::sync", text);
}

} // namespace

Result<QList<Frame>> encodePacket(hj212::Packet packet, hj212::QnGenerator &qn,
                                  std::int64_t nowMs, const hj212::EncodeOptions &options)
{
    if (packet.qn.isEmpty())
        packet.qn.assign(qn.next(nowMs));
    const QList<hj212::Packet> parts =
        hj212::split(packet, [&qn, nowMs]() { return qn.next(nowMs); }, options);
    QList<Frame> out;
    for (const hj212::Packet &part : parts) {
        Result<QByteArray> frame = hj212::encodeFrame(part, options);
        if (!frame)
            return Error{tr("cannot encode CN %1 packet %2: %3")
                             .arg(part.cn)
                             .arg(part.qn.toString(), frame.error().message),
                         frame.error().where};
        out.append(
            Frame{part.qn.toByteArray(), part.cn, part.dataTimeMs, std::move(frame).value()});
    }
    return out;
}

Result<QList<storage::QueuedPacket>> queueRows(std::vector<hj212::Packet> packets, int targetId,
                                               hj212::QnGenerator &qn, std::int64_t nowMs,
                                               const hj212::EncodeOptions &options)
{
    QList<storage::QueuedPacket> rows;
    for (hj212::Packet &p : packets) {
        Result<QList<Frame>> frames = encodePacket(std::move(p), qn, nowMs, options);
        if (!frames)
            return frames.error();
        for (Frame &f : frames.value()) {
            storage::QueuedPacket row;
            row.targetId = targetId;
            row.qn = f.qn;
            row.cn = f.cn;
            row.dataTimeMs = f.dataTimeMs;
            row.frame = std::move(f.frame);
            row.createdMs = nowMs;
            rows.append(std::move(row));
        }
    }
    return rows;
}

} // namespace vocsync::sync
