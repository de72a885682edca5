#pragma once

#include "vocsync/core/result.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/storage/upstreamqueue.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <vector>

namespace vocsync::sync {

/// One encoded packet: its QN, CN, DataTime and the complete frame.
struct Frame
{
    QByteArray qn;
    int cn = 0;
    std::int64_t dataTimeMs = 0;
    QByteArray frame;
};

/// Gives `packet` a new QN from `qn`, splits it into sub-packets when its CP is too long
/// (each with its own QN, HJ 212-2017 C.47-C.50) and encodes the frames. A packet that
/// already has a QN (an answer echoing the request's) keeps it.
Result<QList<Frame>> encodePacket(hj212::Packet packet, hj212::QnGenerator &qn,
                                  std::int64_t nowMs, const hj212::EncodeOptions &options);

/// encodePacket() for each packet, as queue rows of `targetId` created at `nowMs`.
Result<QList<storage::QueuedPacket>> queueRows(std::vector<hj212::Packet> packets, int targetId,
                                               hj212::QnGenerator &qn, std::int64_t nowMs,
                                               const hj212::EncodeOptions &options);

} // namespace vocsync::sync
