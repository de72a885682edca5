#pragma once

#include "vocsync/hj212/codec.h"

namespace vocsync::hj212 {

/// Writes one CP item: a factor's values as "code-Part=v,code-Flag=N,..." in the order the
/// standard's examples use (SampleTime, Cou, Rtd, Min, Avg, Max, ..., Flag, EFlag, SN, Info).
void appendFactor(QByteArray &out, const Factor &f, int utcOffsetS);
/// Writes "key=value".
void appendField(QByteArray &out, const Field &f);
/// The segment as encodeSegment() writes it; `cpAt` receives the offset of "CP=".
QByteArray encodeSegmentAt(const Packet &p, const EncodeOptions &options, qsizetype &cpAt);

} // namespace vocsync::hj212
